<?php
/**
 * Base of the shopper API tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\FormStamp;
use Storedesk\Storefront\GuestTokens;
use Storedesk\Tests\TestCase;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Requests to storedesk/store/v1 as a guest (optionally with a token) or a
 * customer, from an address of the test's own so rate limits never carry
 * over between tests.
 */
abstract class StoreTestCase extends TestCase {

	public const API = '/storedesk/store/v1';

	/**
	 * Gives the test its own client address, and a rate-limit window that
	 * does not end while it counts: windows are fixed and aligned to the
	 * clock, so a test running across a window's end would start counting
	 * again halfway (seen once, at 02:20:00 UTC with 10-minute windows).
	 */
	protected function setUp(): void {
		parent::setUp();
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
		$request = new WP_REST_Request( $method, self::API . $path );
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

	/**
	 * A fresh token for a ticket.
	 *
	 * @param int $ticket_id Ticket.
	 */
	protected function token( int $ticket_id ): string {
		return $this->service( GuestTokens::class )->issue( $ticket_id );
	}

	/**
	 * A customer (WordPress user) who has proven their mailbox (as a used
	 * password-reset link does) and a ticket written from their address.
	 *
	 * @param string $channel Channel of the ticket.
	 * @return array{0: int, 1: \Storedesk\Tickets\Ticket}
	 */
	protected function customer_with_ticket( string $channel = 'email' ): array {
		$user   = $this->user( get_role( 'customer' ) ? 'customer' : 'subscriber' );
		$email  = get_userdata( $user )->user_email;
		$this->service( \Storedesk\Contacts\AccountProof::class )->remember( $user );
		$ticket = $this->ticket(
			array(
				'channel' => $channel,
				'contact' => array(
					'name'  => 'Carla Customer',
					'email' => $email,
				),
			)
		);
		return array( $user, $ticket );
	}
}
