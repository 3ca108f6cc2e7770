<?php
/**
 * Mailgun's inbound routes.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

use Storedesk\Settings\Secrets;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * A Mailgun route that forwards to …/inbound/mailgun/mime posts the whole
 * message as body-mime, signed: timestamp, token and the HMAC-SHA256 of
 * the two with the account's webhook signing key. A signature older than
 * five minutes, or a token already used, is refused, so a captured post
 * cannot be replayed.
 */
class Mailgun implements InboundProvider {

	/** The webhook signing key. */
	public const SECRET = 'mailgun_signing_key';

	/** Seconds a signature stays good. */
	private const WINDOW = 300;

	/**
	 * Builds the provider.
	 *
	 * @param Secrets $secrets The signing key.
	 */
	public function __construct( private Secrets $secrets ) {}

	/** Slug. */
	public function slug(): string {
		return 'mailgun';
	}

	/**
	 * Checks the signature, its age and that its token is new.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error
	 */
	public function verify( WP_REST_Request $request ) {
		$key = (string) $this->secrets->get( self::SECRET );
		if ( '' === $key ) {
			return new WP_Error( 'storedesk_inbound_off', __( 'Mailgun is not set up: set its webhook signing key in Settings first.', 'storedesk' ), array( 'status' => 404 ) );
		}
		$timestamp = (string) $request->get_param( 'timestamp' );
		$token     = (string) $request->get_param( 'token' );
		$signature = (string) $request->get_param( 'signature' );
		if ( ! ctype_digit( $timestamp ) || '' === $token || ! hash_equals( hash_hmac( 'sha256', $timestamp . $token, $key ), strtolower( $signature ) ) ) {
			return new WP_Error( 'storedesk_bad_signature', __( 'The Mailgun signature does not match.', 'storedesk' ), array( 'status' => 401 ) );
		}
		if ( abs( time() - (int) $timestamp ) > self::WINDOW ) {
			return new WP_Error( 'storedesk_bad_signature', __( 'The Mailgun signature is too old.', 'storedesk' ), array( 'status' => 401 ) );
		}
		// A token is used once, remembered as long as its signature is good (WordPress deletes expired transients).
		$seen = 'storedesk_mg_' . md5( $token );
		if ( get_transient( $seen ) ) {
			return new WP_Error( 'storedesk_bad_signature', __( 'This Mailgun signature was used already.', 'storedesk' ), array( 'status' => 401 ) );
		}
		set_transient( $seen, 1, 2 * self::WINDOW );
		return true;
	}

	/**
	 * The message in body-mime.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return string[]|WP_Error
	 */
	public function messages( WP_REST_Request $request ) {
		$raw = (string) $request->get_param( 'body-mime' );
		return '' !== trim( $raw ) ? array( $raw ) : new WP_Error( 'storedesk_bad_payload', __( 'No body-mime: point the Mailgun route at the address ending in /mime, which posts the whole message.', 'storedesk' ), array( 'status' => 400 ) );
	}
}
