<?php
/**
 * Whether a new email is spam.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Conversations\InboundMessage;
use Storedesk\Settings\Settings;
use Storedesk\Storefront\AkismetCheck;
use Storedesk\Storefront\Blocklist;

defined( 'ABSPATH' ) || exit;

/**
 * An email from an allowed address or domain is never spam; one from a
 * blocked address or domain (the store's blocklist, which "mark as spam"
 * adds senders to) is, and so is one Akismet calls spam when it is active.
 * Spam is kept, in the Spam view, and nobody is told of it: an email
 * cannot be refused back to a sender who may be real.
 */
class EmailSpam {

	/**
	 * Builds the check.
	 *
	 * @param Blocklist    $blocklist Blocked addresses and domains.
	 * @param AkismetCheck $akismet   Akismet.
	 */
	public function __construct( private Blocklist $blocklist, private AkismetCheck $akismet ) {}

	/**
	 * The verdict on a message about to open a conversation: never for an
	 * allowed sender; for a blocked one, or one Akismet judged on the way in.
	 *
	 * @param InboundMessage $message The message.
	 */
	public function is_spam( InboundMessage $message ): bool {
		if ( $this->allowed( $message ) ) {
			return false;
		}
		return $this->blocklist->blocks( $message->address ) || ! empty( $message->meta['akismet_spam'] );
	}

	/**
	 * Akismet's verdict, asked before the message is stored (never inside
	 * the intake's transaction): only for a new conversation's first
	 * message from a sender not allowed, and only when Akismet is active.
	 *
	 * @param InboundMessage $message The message.
	 */
	public function akismet( InboundMessage $message ): bool {
		if ( $this->allowed( $message ) || array_intersect_key( $message->meta, array_flip( array( 'tokens', 'references', 'markers' ) ) ) ) {
			return false;
		}
		return $this->akismet->is_spam(
			array(
				'name'    => $message->name,
				'email'   => $message->address,
				'subject' => $message->subject,
				'message' => wp_strip_all_tags( $message->body ),
				'user_ip' => (string) ( $message->meta['sender_ip'] ?? '' ),
				'type'    => 'message',
			)
		);
	}

	/**
	 * Whether the sender is on the allowlist.
	 *
	 * @param InboundMessage $message The message.
	 */
	private function allowed( InboundMessage $message ): bool {
		return Blocklist::matches( $message->address, (array) ( Settings::get( 'channel_email' )['allowlist'] ?? array() ) );
	}

	/**
	 * The address of the server that handed the mail to ours: the first
	 * bracketed address of the topmost Received header.
	 *
	 * @param string $raw Raw email.
	 */
	public static function sender_ip( string $raw ): string {
		$head = (string) preg_replace( "/\r?\n[ \t]+/", ' ', (string) strstr( str_replace( "\r\n", "\n", $raw ) . "\n\n", "\n\n", true ) );
		if ( preg_match( '/^Received:[^\n]*?\[(?:IPv6:)?([0-9a-f.:]+)\]/mi', $head, $m ) && filter_var( $m[1], FILTER_VALIDATE_IP ) ) {
			return $m[1];
		}
		return '';
	}
}
