<?php
/**
 * The inbound key, for providers that cannot sign.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

use Storedesk\Channels\Email\EmailChannel;
use Storedesk\Settings\Secrets;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Postmark and SendGrid's inbound parse do not sign their posts; the
 * address they post to carries the inbound key instead (?key=), over
 * HTTPS. Not as a basic-auth password: WordPress would take that for an
 * application password and refuse the call before it reached us.
 */
trait KeyInUrl {

	/**
	 * Builds the provider.
	 *
	 * @param Secrets $secrets The inbound key.
	 */
	public function __construct( private Secrets $secrets ) {}

	/**
	 * The key given in the address.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error
	 */
	public function verify( WP_REST_Request $request ) {
		$key = (string) $this->secrets->get( EmailChannel::INBOUND_KEY );
		if ( '' === $key ) {
			return new WP_Error( 'storedesk_inbound_off', __( 'Inbound email is not set up: set its key in Settings first.', 'storedesk' ), array( 'status' => 404 ) );
		}
		$given = (string) ( $request->get_query_params()['key'] ?? '' );
		return '' !== $given && hash_equals( $key, $given ) ? true : new WP_Error( 'storedesk_bad_signature', __( 'That is not the inbound email key.', 'storedesk' ), array( 'status' => 401 ) );
	}
}
