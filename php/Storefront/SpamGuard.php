<?php
/**
 * Bot and abuse checks of the contact form.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Settings\Settings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Refuses a submission before anything is stored when a bot filled the
 * hidden field, the form came back too fast or with a forged time, the
 * address is on the blocklist or Akismet calls it spam. Each refusal has its
 * own stable code and a sentence a person can act on.
 */
class SpamGuard {

	/**
	 * Builds the checks.
	 *
	 * @param FormStamp    $stamp     Signed render time.
	 * @param Blocklist    $blocklist Refused addresses.
	 * @param AkismetCheck $akismet   Akismet.
	 */
	public function __construct( private FormStamp $stamp, private Blocklist $blocklist, private AkismetCheck $akismet ) {}

	/**
	 * The checks that need only the raw request: honeypot and fill time.
	 *
	 * @param array $in Request parameters.
	 * @return true|WP_Error
	 */
	public function check_request( array $in ) {
		$trap = $in[ FormConfig::HONEYPOT ] ?? '';
		if ( ! is_string( $trap ) || '' !== trim( $trap ) ) {
			return $this->refuse( 'storedesk_spam_honeypot', __( 'Your message looks automated and was not sent. If you are a person, leave the hidden "website" field empty and send again.', 'storedesk' ) );
		}
		$age = $this->stamp->age( is_string( $in['stamp'] ?? null ) ? $in['stamp'] : '' );
		if ( null === $age ) {
			return $this->refuse( 'storedesk_form_expired', __( 'This form has expired. Send it again: your text is still here.', 'storedesk' ) );
		}
		if ( $age < (int) Settings::get( 'form_min_seconds' ) ) {
			return $this->refuse( 'storedesk_too_fast', __( 'That was faster than a person types. Please check your message and send it again.', 'storedesk' ) );
		}
		return true;
	}

	/**
	 * The checks on the validated submission: blocklist and Akismet.
	 *
	 * @param array{name: string, email: string, subject: string, message: string} $data Clean submission.
	 * @return true|WP_Error
	 */
	public function check_content( array $data ) {
		if ( $this->blocklist->blocks( $data['email'] ) ) {
			return $this->refuse( 'storedesk_blocked_sender', __( 'We cannot accept messages from this email address.', 'storedesk' ), 403 );
		}
		if ( $this->akismet->is_spam( $data ) ) {
			return $this->refuse( 'storedesk_spam', __( 'Our spam filter stopped this message. If it is a real question, please rephrase it or write to us by email.', 'storedesk' ) );
		}
		return true;
	}

	/**
	 * Uses up the submission's stamp, the last check before a ticket is
	 * stored: a stamp already used (a replay, or a flood fed by one form)
	 * is refused.
	 *
	 * @param array $in Request parameters (their stamp passed check_request()).
	 * @return true|WP_Error
	 */
	public function claim_stamp( array $in ) {
		if ( $this->stamp->claim( (string) ( $in['stamp'] ?? '' ) ) ) {
			return true;
		}
		return $this->refuse( 'storedesk_form_used', __( 'This form was already sent. Send it again: your text is still here.', 'storedesk' ) );
	}

	/**
	 * A refusal.
	 *
	 * @param string $code    Stable code.
	 * @param string $message What the shopper reads.
	 * @param int    $status  HTTP status.
	 */
	private function refuse( string $code, string $message, int $status = 400 ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
