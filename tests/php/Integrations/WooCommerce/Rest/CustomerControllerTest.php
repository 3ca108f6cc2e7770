<?php
/**
 * REST: a ticket's customer panel, the order search, linking an order.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Rest;

use Storedesk\Install\Roles;
use Storedesk\Settings\Settings;
use Storedesk\Tests\Integrations\WooCommerce\WooCommerceTestCase;

/**
 * Who may see a customer's orders, how an agent finds an order, and what
 * linking one leaves in the thread.
 */
class CustomerControllerTest extends WooCommerceTestCase {

	/** The panel needs the ticket and the right to see orders. */
	public function test_panel_is_for_agents_who_may_see_the_ticket_and_orders(): void {
		$email  = 'sofia' . wp_rand() . '@example.test';
		$order  = $this->order( array( 'email' => $email ) );
		$ticket = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		$path   = '/storedesk/v1/tickets/' . $ticket->id() . '/customer';

		$this->assertStatus( 401, $this->rest( 'GET', $path ) );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStatus( 403, $this->rest( 'GET', $path ) );
		wp_set_current_user( $this->user( 'customer' ) );
		$this->assertStatus( 403, $this->rest( 'GET', $path ), 'the order\'s own customer does not reach the agents\' API' );

		$agent = $this->user( 'storedesk_agent' );
		wp_set_current_user( $agent );
		$response = $this->rest( 'GET', $path );
		$this->assertStatus( 200, $response );
		$this->assertSame( array( $order->get_id() ), array_column( $response->get_data()['orders'], 'id' ) );
		$this->assertSame(
			array(
				'note'   => true,
				'email'  => true,
				'status' => false,
				'refund' => false,
			),
			$response->get_data()['can']
		);

		// Someone else's ticket, for an agent who sees only their own and unassigned ones.
		Settings::update( array( 'agent_scope' => 'own' ) );
		$assigned = $this->ticket(
			array(
				'contact'  => array( 'email' => $email ),
				'assignee' => $this->user( 'storedesk_agent' ),
			)
		);
		$this->assertStatus( 403, $this->rest( 'GET', '/storedesk/v1/tickets/' . $assigned->id() . '/customer' ) );
		$this->assertStatus( 404, $this->rest( 'GET', '/storedesk/v1/tickets/999999/customer' ) );

		add_filter( 'user_has_cap', $deny = static fn( $caps ) => array( Roles::VIEW_ORDERS => false ) + $caps );
		$this->assertStatus( 403, $this->rest( 'GET', $path ), 'an agent the store does not let see orders' );
		$this->assertStatus( 403, $this->rest( 'GET', '/storedesk/v1/orders', array( 'search' => $email ) ) );
		remove_filter( 'user_has_cap', $deny );
	}

	/** By number (with or without #), by address, never a refund. */
	public function test_order_search(): void {
		$email  = 'mateo' . wp_rand() . '@example.test';
		$older  = $this->order( array( 'email' => $email, 'days_ago' => 5 ) );
		$newer  = $this->order( array( 'email' => $email ) );
		$refund = wc_create_refund(
			array(
				'order_id' => $newer->get_id(),
				'amount'   => 1,
			)
		);
		$this->assertInstanceOf( \WC_Order_Refund::class, $refund );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );

		$by_number = $this->rest( 'GET', '/storedesk/v1/orders', array( 'search' => '#' . $older->get_id() ) );
		$this->assertStatus( 200, $by_number );
		$this->assertSame( $older->get_id(), $by_number->get_data()[0]['id'] );
		$by_email = $this->rest( 'GET', '/storedesk/v1/orders', array( 'search' => $email ) );
		$this->assertSame( array( $newer->get_id(), $older->get_id() ), array_column( $by_email->get_data(), 'id' ) );
		$this->assertSame( $email, $by_email->get_data()[0]['billing'] );
		// The digits may match an address; the refund itself is never an order.
		$this->assertNotContains( $refund->get_id(), array_column( $this->rest( 'GET', '/storedesk/v1/orders', array( 'search' => (string) $refund->get_id() ) )->get_data(), 'id' ) );
		$this->assertStatus( 400, $this->rest( 'GET', '/storedesk/v1/orders', array( 'search' => '' ) ) );
	}

	/** Linking and unlinking say so in the thread; a refund's id is no order. */
	public function test_linking_an_order_is_an_event(): void {
		$order  = $this->order();
		$ticket = $this->ticket();
		$agent  = $this->user( 'storedesk_agent' );
		wp_set_current_user( $agent );
		$path = '/storedesk/v1/tickets/' . $ticket->id();

		$linked = $this->rest( 'PATCH', $path, array( 'order_id' => $order->get_id() ) );
		$this->assertStatus( 200, $linked );
		$this->assertSame( $order->get_id(), $linked->get_data()['order_id'] );
		$this->assertStatus( 200, $this->rest( 'PATCH', $path, array( 'order_id' => 0 ) ) );
		$refund  = wc_create_refund(
			array(
				'order_id' => $order->get_id(),
				'amount'   => 1,
			)
		);
		$refused = $this->rest( 'PATCH', $path, array( 'order_id' => $refund->get_id() ) );
		$this->assertStatus( 400, $refused );
		$this->assertSame( 'storedesk_invalid_order', $refused->get_data()['code'] );

		$events = array_values( array_filter( $this->rest( 'GET', $path . '/messages' )->get_data(), static fn( $m ) => 'event' === $m['kind'] && 'order' === ( $m['meta']['field'] ?? '' ) ) );
		$name   = get_userdata( $agent )->display_name;
		$number = $order->get_order_number();
		$this->assertSame( array( "{$name} linked order #{$number}.", "{$name} unlinked order #{$number}." ), array_column( $events, 'body' ) );
	}
}
