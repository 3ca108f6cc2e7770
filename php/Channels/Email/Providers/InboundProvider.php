<?php
/**
 * A mail provider that posts inbound mail.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Postmark, Mailgun, SendGrid, Amazon SES: each checks its own proof that
 * a call came from it and gives the raw messages it carries, which then go
 * the way of every email (RawEmail, the intake).
 */
interface InboundProvider {

	/** Slug in the address: /channels/email/inbound/{slug}. */
	public function slug(): string;

	/**
	 * Whether the call comes from the provider.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error 401 when it does not; 404 when the provider is not set up.
	 */
	public function verify( WP_REST_Request $request );

	/**
	 * The raw messages (RFC 5322) the call carries; none for a provider's
	 * own notice (a subscription to confirm).
	 *
	 * @param WP_REST_Request $request The call.
	 * @return string[]|WP_Error
	 */
	public function messages( WP_REST_Request $request );
}
