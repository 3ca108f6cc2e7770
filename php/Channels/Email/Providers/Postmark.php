<?php
/**
 * Postmark's inbound webhook.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Postmark posts each email as JSON. With "Include raw email content" on,
 * RawEmail is the message itself; otherwise the message is put back
 * together from the JSON (PostmarkMime), so both go through the same MIME
 * reading, threading and loop rules as any other email.
 */
class Postmark implements InboundProvider {

	use KeyInUrl;

	/** Slug. */
	public function slug(): string {
		return 'postmark';
	}

	/**
	 * The message of the JSON.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return string[]|WP_Error
	 */
	public function messages( WP_REST_Request $request ) {
		$json = (array) $request->get_json_params();
		if ( ! isset( $json['From'] ) ) {
			return new WP_Error( 'storedesk_bad_payload', __( 'This is not a Postmark inbound message (JSON with From, Subject, TextBody or HtmlBody).', 'storedesk' ), array( 'status' => 400 ) );
		}
		$raw = (string) ( $json['RawEmail'] ?? '' );
		return array( '' !== trim( $raw ) ? $raw : PostmarkMime::build( $json ) );
	}
}
