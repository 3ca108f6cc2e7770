<?php
/**
 * REST: who may act on an order from a ticket.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Rest;

use Storedesk\Settings\Settings;
use Storedesk\Tests\Integrations\WooCommerce\Actions\OrderActionTestCase;

/**
 * Each action needs the ticket and its own capability: an agent without
 * the refund capability cannot refund, nor preview a refund; a ticket
 * reaches only its own customer's orders; and a refusal writes nothing.
 */
class OrderActionsControllerTest extends OrderActionTestCase {

	/** A body per route that only authorization can refuse. */
	private function calls(): array {
		return array(
			array( 'POST', $this->path( 'notes' ), array( 'note' => 'Checked the parcel.' ) ),
			array( 'POST', $this->path( 'status' ), array( 'status' => 'completed' ) ),
			array(
				'POST',
				$this->path( 'status' ),
				array(
					'status'  => 'completed',
					'preview' => true,
				),
			),
			array( 'POST', $this->path( 'refunds' ), array( 'amount' => 5 ) ),
			array(
				'POST',
				$this->path( 'refunds' ),
				array(
					'amount'  => 5,
					'preview' => true,
				),
			),
			array( 'GET', $this->path( 'emails' ), array() ),
			array( 'POST', $this->path( 'emails' ), array( 'email' => 'customer_invoice' ) ),
		);
	}

	/** Visitors 401, subscribers and customers 403, on every route; nothing written. */
	public function test_visitors_and_subscribers_are_refused(): void {
		foreach ( array( 0 => 401, $this->user( 'subscriber' ) => 403, $this->user( 'customer' ) => 403 ) as $user => $status ) {
			wp_set_current_user( $user );
			foreach ( $this->calls() as list( $method, $path, $body ) ) {
				$this->assertStatus( $status, $this->rest( $method, $path, $body ) );
			}
		}
		$this->assertNothingWritten();
	}

	/** A support agent adds notes and resends emails, but neither changes statuses nor refunds, even in preview. */
	public function test_agent_without_refund_capability_cannot_refund(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$expected = array( 403, 403, 403, 403, 200, 200 );
		foreach ( array_slice( $this->calls(), 1 ) as $i => list( $method, $path, $body ) ) {
			$response = $this->rest( $method, $path, $body );
			$this->assertStatus( $expected[ $i ], $response );
			if ( 403 === $response->get_status() ) {
				$this->assertSame( 'storedesk_forbidden', $response->get_data()['code'] );
			}
		}
		$order = $this->fresh();
		$this->assertSame( array(), $order->get_refunds() );
		$this->assertSame( 'processing', $order->get_status() );
		$this->assertStatus( 201, $this->rest( 'POST', $this->path( 'notes' ), array( 'note' => 'Checked the parcel.' ) ) );

		// Given the capability, the same agent may.
		get_role( 'storedesk_agent' )->add_cap( \Storedesk\Install\Roles::REFUND_ORDERS );
		try {
			wp_set_current_user( $this->user( 'storedesk_agent' ) );
			$this->assertStatus( 201, $this->rest( 'POST', $this->path( 'refunds' ), array( 'amount' => 5 ) ) );
		} finally {
			get_role( 'storedesk_agent' )->remove_cap( \Storedesk\Install\Roles::REFUND_ORDERS );
		}
	}

	/** An agent who may not see the ticket gets 403; a ticket that does not exist, 404. */
	public function test_agent_of_a_ticket_they_cannot_see(): void {
		Settings::update( array( 'agent_scope' => 'own' ) );
		$this->ticket = $this->ticket(
			array(
				'contact'  => array( 'email' => $this->order->get_billing_email() ),
				'order_id' => $this->order->get_id(),
				'assignee' => $this->user( 'storedesk_agent' ),
			)
		);
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		foreach ( $this->calls() as list( $method, $path, $body ) ) {
			$this->assertStatus( 403, $this->rest( $method, $path, $body ) );
		}
		$this->assertNothingWritten();
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 404, $this->rest( 'POST', '/storedesk/v1/tickets/999999/orders/' . $this->order->get_id() . '/notes', array( 'note' => 'x' ) ) );
	}

	/** Another customer's order, or none, is not found from this ticket; the customer's other orders are. */
	public function test_orders_of_other_customers_are_not_found(): void {
		$stranger    = $this->paid_order( 'someone' . wp_rand() . '@example.test', 'bacs' );
		$this->order = $stranger;
		foreach ( $this->calls() as list( $method, $path, $body ) ) {
			$response = $this->rest( $method, $path, $body );
			$this->assertStatus( 404, $response );
			$this->assertSame( 'storedesk_order_not_found', $response->get_data()['code'] );
		}
		$this->assertSame( array(), wc_get_order( $stranger->get_id() )->get_refunds() );
		$this->assertStatus( 404, $this->rest( 'POST', $this->path( 'notes', 999999 ), array( 'note' => 'x' ) ) );

		// The same customer's second order, not linked to the ticket, is theirs.
		$this->order = $this->paid_order( (string) wc_get_order( $this->ticket->get( 'order_id' ) )->get_billing_email(), 'bacs' );
		$this->assertStatus( 201, $this->rest( 'POST', $this->path( 'notes' ), array( 'note' => 'Same customer, other order.' ) ) );
	}

	/** Nothing on the order, in the thread, or in the mail. */
	private function assertNothingWritten(): void {
		$order = $this->fresh();
		$this->assertSame( array(), $order->get_refunds() );
		$this->assertSame( 'processing', $order->get_status() );
		$this->assertSame( array(), array_filter( $this->notes(), static fn( $n ) => str_contains( $n->content, 'Storedesk' ) || str_contains( $n->content, 'Checked' ) ) );
		$this->assertSame( array(), $this->events() );
		$this->assertSame( array(), $GLOBALS['storedesk_test_mails'] );
	}
}
