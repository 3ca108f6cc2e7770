<?php
/**
 * Base of the shopper API tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Storefront\GuestTokens;
use Storedesk\Tests\TestCase;

/**
 * Requests to storedesk/store/v1 as a guest (optionally with a token) or a
 * customer, from an address of the test's own so rate limits never carry
 * over between tests.
 */
abstract class StoreTestCase extends TestCase {

	use StoreRequests;

	public const API = '/storedesk/store/v1';

	/** Gives the test its own client address and a day-long rate-limit window (StoreRequests::own_client()). */
	protected function setUp(): void {
		parent::setUp();
		$this->own_client();
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
		$user  = $this->user( get_role( 'customer' ) ? 'customer' : 'subscriber' );
		$email = get_userdata( $user )->user_email;
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
