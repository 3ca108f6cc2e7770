<?php
/**
 * Requests to the shopper API, for any test base.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\FormStamp;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Requests to storedesk/store/v1 as a guest (optionally with a token) or a
 * customer, from an address of the test's own so rate limits never carry
 * over between tests. StoreTestCase uses it; so do the WooCommerce tests of
 * the storefront, which need WooCommerceTestCase's orders too.
 */
trait StoreRequests {

	/**
	 * Gives the test its own client address, and a rate-limit window that
	 * does not end while it counts: windows are fixed and aligned to the
	 * clock, so a test running across a window's end would start counting
	 * again halfway (seen once, at 02:20:00 UTC with 10-minute windows).
	 */
	protected function own_client(): void {
		$_SERVER['REMOTE_ADDR'] = '198.51.100.' . wp_rand( 1, 254 );
		unset( $_SERVER['HTTP_X_FORWARDED_FOR'] );
		Settings::update( array( 'rate_limit_window' => DAY_IN_SECONDS ) );
		$left = DAY_IN_SECONDS - time() % DAY_IN_SECONDS;
		if ( $left < 60 ) {
			sleep( $left + 1 );
		}
	}

	/**
	 * A request to the shopper API.
	 *
	 * @param string $method  HTTP method.
	 * @param string $path    Route after the namespace.
	 * @param array  $params  JSON body, or query for GET.
	 * @param string $token   Guest token for X-Storedesk-Token.
	 */
	protected function store( string $method, string $path, array $params = array(), string $token = '' ): WP_REST_Response {
		$request = new WP_REST_Request( $method, StoreTestCase::API . $path );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} elseif ( $params ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $params ) );
		}
		if ( '' !== $token ) {
			$request->set_header( 'X-Storedesk-Token', $token );
		}
		$response = rest_do_request( $request );
		$response->set_data( json_decode( (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ), true ) );
		return $response;
	}

	/**
	 * A valid form submission from a new guest.
	 *
	 * @param array $extra Fields to add or replace.
	 */
	protected function submission( array $extra = array() ): array {
		return $extra + array(
			'name'    => 'Gina Guest',
			'email'   => 'gina' . wp_rand() . '@example.test',
			'subject' => 'The lamp flickers',
			'message' => "It flickers when I dim it.\nSince Tuesday.",
			'stamp'   => $this->service( FormStamp::class )->issue( time() - 30 ),
			'website' => '',
		);
	}
}
