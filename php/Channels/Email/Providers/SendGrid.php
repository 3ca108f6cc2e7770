<?php
/**
 * SendGrid's Inbound Parse.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * SendGrid's Inbound Parse with "POST the raw, full MIME message" on posts
 * the message as the email field. It does not sign; the key is in the
 * address.
 */
class SendGrid implements InboundProvider {

	use KeyInUrl;

	/** Slug. */
	public function slug(): string {
		return 'sendgrid';
	}

	/**
	 * The message in the email field.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return string[]|WP_Error
	 */
	public function messages( WP_REST_Request $request ) {
		$raw = (string) $request->get_param( 'email' );
		return '' !== trim( $raw ) ? array( $raw ) : new WP_Error( 'storedesk_bad_payload', __( 'No raw message: turn on "POST the raw, full MIME message" in SendGrid\'s Inbound Parse settings.', 'storedesk' ), array( 'status' => 400 ) );
	}
}
