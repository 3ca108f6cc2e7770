<?php
/**
 * The contact form without JavaScript.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * When the loader never runs (scripts blocked, broken by an optimiser or
 * another plugin's error), the form posts to its own page. The post goes
 * through the same use case as the fetch (ContactForm), with its spam
 * checks and rate limits, and then redirects (303) to the page with a one-time token
 * under which the outcome waits: the ticket number, or the errors with
 * everything the shopper typed, so a reload never posts twice and no text
 * is lost. It posts to the page, not to admin-post.php, because security
 * plugins often close wp-admin to visitors.
 */
class NoScriptForm {

	/** Query argument of the post (its value: the form's id). */
	public const SEND = 'storedesk_send';

	/** Query argument of the outcome's token. */
	public const RESULT = 'storedesk_form';

	/** Field with a logged-in customer's REST nonce. */
	public const NONCE = '_storedesk_nonce';

	/** A quarter of an hour, in seconds: long enough to fix a field, short for what it holds. */
	private const TTL = 900;

	/**
	 * Builds the handler.
	 *
	 * @param FormConfig           $config  The form's fields.
	 * @param ContactForm          $form    The form's use case.
	 * @param ShopperUploads       $uploads Files sent with it.
	 * @param Rest\StoreRateLimits $limits  The shopper route's limits.
	 */
	public function __construct( private FormConfig $config, private ContactForm $form, private ShopperUploads $uploads, private Rest\StoreRateLimits $limits ) {}

	/** Hooks in once WordPress and the plugins are loaded. */
	public function register(): void {
		add_action( 'wp_loaded', array( $this, 'maybe_handle' ) );
	}

	/** Handles a post of the form, then redirects back to the page. */
	public function maybe_handle(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- guests have no nonce; the stamp, honeypot and rate limits guard the route.
		$form = isset( $_GET[ self::SEND ] ) ? sanitize_key( wp_unslash( $_GET[ self::SEND ] ) ) : '';
		if ( '' === $form || 'POST' !== ( $_SERVER['REQUEST_METHOD'] ?? '' ) ) {
			return;
		}
		$token = $this->keep( $this->submit() + array( 'form' => $form ) );
		// A request line such as "POST //elsewhere.example/" must not send the shopper away.
		$back = wp_validate_redirect( remove_query_arg( array( self::SEND, self::RESULT ), wp_unslash( $_SERVER['REQUEST_URI'] ?? '/' ) ), home_url( '/' ) ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated as a same-site URL.
		wp_safe_redirect( add_query_arg( self::RESULT, $token, $back ) . '#' . $form, 303 );
		exit;
	}

	/**
	 * Sends the posted form through the same use case, checks and limits as
	 * the shopper route.
	 *
	 * @return array{ok: bool, id?: int, email?: string, message?: string, fields?: array, values?: array, files?: bool}
	 */
	public function submit(): array {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked here for customers; guests are guarded as on the REST route.
		// As on the REST API, a cookie without its nonce counts for nothing.
		if ( is_user_logged_in() && ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST[ self::NONCE ] ?? '' ) ), 'wp_rest' ) ) {
			wp_set_current_user( 0 );
		}
		$post = wp_unslash( $_POST );
		// A request object only to read the files the way the route does; it is never dispatched.
		$request = new WP_REST_Request( 'POST' );
		$request->set_headers( rest_get_server()->get_headers( wp_unslash( $_SERVER ) ) );
		$request->set_file_params( $_FILES ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- checked by ShopperUploads.
		$with_files = ! empty( $_FILES[ ShopperUploads::FIELD ]['name'][0] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- only tested for presence.
		// phpcs:enable
		$result = $this->limits->take( 'tickets', $with_files );
		$result = $result ?? $this->form->submit(
			$post,
			$this->uploads->from_request( $request ),
			fn( string $email ) => $this->limits->count_address( 'tickets', $email ),
			'noscript'
		);
		if ( ! is_wp_error( $result ) ) {
			return array(
				'ok'    => true,
				'id'    => (int) $result['id'],
				'email' => (string) $result['email'],
			);
		}
		$detail = (array) $result->get_error_data();
		return array(
			'ok'      => false,
			'message' => $result->get_error_message(),
			'fields'  => array_map( 'strval', (array) ( $detail['fields'] ?? $detail['params'] ?? array() ) ),
			'values'  => $this->values( $post ),
			'files'   => $with_files,
		);
	}

	/**
	 * The outcome waiting under a token from the query string, for that form.
	 *
	 * @param string $form Form id.
	 */
	public function result( string $form ): ?array {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a random token, not an action.
		$token = isset( $_GET[ self::RESULT ] ) ? sanitize_key( wp_unslash( $_GET[ self::RESULT ] ) ) : '';
		if ( ! preg_match( '/^[0-9a-f]{32}$/', $token ) ) {
			return null;
		}
		$result = get_transient( 'storedesk_form_' . $token );
		return is_array( $result ) && ( $result['form'] ?? '' ) === $form ? $result : null;
	}

	/**
	 * Keeps an outcome for a quarter of an hour under a fresh random token.
	 *
	 * @param array $result Outcome.
	 */
	public function keep( array $result ): string {
		$token = bin2hex( random_bytes( 16 ) );
		set_transient( 'storedesk_form_' . $token, $result, self::TTL );
		return $token;
	}

	/**
	 * What the shopper typed into the form's own fields, and nothing else.
	 *
	 * @param array $post Posted fields, unslashed.
	 * @return array<string, string|bool> Field name => value.
	 */
	private function values( array $post ): array {
		$values = array();
		foreach ( $this->config->fields( get_current_user_id(), 0, true ) as $field ) {
			$custom = FormConfig::custom_key( $field['name'] );
			$raw    = null === $custom ? ( $post[ $field['name'] ] ?? '' ) : ( $post['fields'][ $custom ] ?? '' );
			if ( 'file' === $field['type'] || $field['hidden'] || ! is_scalar( $raw ) ) {
				continue;
			}
			// Kept as typed ("<3" and code included): it is escaped when printed back.
			$values[ $field['name'] ] = 'checkbox' === $field['type'] ? '' !== (string) $raw : mb_substr( wp_check_invalid_utf8( (string) $raw, true ), 0, FormConfig::MAX_MESSAGE );
		}
		return $values;
	}
}
