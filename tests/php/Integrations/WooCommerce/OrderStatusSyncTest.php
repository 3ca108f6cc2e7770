<?php
/**
 * The inbox's order filters and the order status kept beside each ticket.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Storedesk\Integrations\WooCommerce\OrderStatusSync;
use Storedesk\Tickets\TicketIndex;
use Storedesk\Tickets\TicketIndexRebuilder;

/**
 * "Has an order" and "order status" filter the inbox from the index; the
 * status follows WooCommerce, and older links are filled in the background.
 */
class OrderStatusSyncTest extends WooCommerceTestCase {

	/**
	 * Ids of the tickets a list request returns.
	 *
	 * @param array $query Query parameters.
	 * @return int[]
	 */
	private function listed( array $query ): array {
		$response = $this->rest( 'GET', '/storedesk/v1/tickets', $query + array( 'per_page' => 100 ) );
		$this->assertStatus( 200, $response );
		return array_column( $response->get_data(), 'id' );
	}

	/** Linking records the status, WooCommerce's changes follow, and both filters use it. */
	public function test_filters_follow_the_orders_status(): void {
		$on_hold    = $this->order( array( 'status' => 'on-hold' ) );
		$processing = $this->order( array( 'status' => 'processing' ) );
		$a          = $this->ticket( array( 'order_id' => $on_hold->get_id() ) );
		$b          = $this->ticket();
		$none       = $this->ticket();
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 200, $this->rest( 'PATCH', '/storedesk/v1/tickets/' . $b->id(), array( 'order_id' => $processing->get_id() ) ) );

		$mine = array( $a->id(), $b->id(), $none->id() );
		$this->assertEqualsCanonicalizing( array( $a->id(), $b->id() ), array_values( array_intersect( $mine, $this->listed( array( 'has_order' => 'true' ) ) ) ) );
		$this->assertSame( array( $none->id() ), array_values( array_intersect( $mine, $this->listed( array( 'has_order' => 'false' ) ) ) ) );
		$this->assertSame( array( $a->id() ), array_values( array_intersect( $mine, $this->listed( array( 'order_status' => array( 'on-hold' ) ) ) ) ) );

		$on_hold->update_status( 'completed' );
		$this->assertSame( array(), array_values( array_intersect( $mine, $this->listed( array( 'order_status' => array( 'on-hold' ) ) ) ) ) );
		$this->assertEqualsCanonicalizing( array( $a->id(), $b->id() ), array_values( array_intersect( $mine, $this->listed( array( 'order_status' => array( 'completed', 'wc-processing' ) ) ) ) ) );

		// The post meta is the source of truth: a rebuilt index keeps the status.
		$this->service( TicketIndexRebuilder::class )->rebuild( $a->id() );
		$this->assertSame( 'completed', $this->service( TicketIndex::class )->get( $a->id() )->get( 'order_status' ) );
		$this->assertStatus( 400, $this->rest( 'GET', '/storedesk/v1/tickets', array( 'order_status' => array( 'DROP TABLE' ) ) ) );
	}

	/** Tickets linked before the column existed are filled by the background job. */
	public function test_backfill(): void {
		$order  = $this->order( array( 'status' => 'refunded' ) );
		$ticket = $this->ticket( array( 'order_id' => $order->get_id() ) );
		$gone   = $this->ticket( array( 'order_id' => $this->order()->get_id() ) );
		$index  = $this->service( TicketIndex::class );
		$index->update( $ticket->id(), array( 'order_status' => '' ) );
		$index->update( $gone->id(), array( 'order_status' => '' ) );
		wc_get_order( (int) $gone->get( 'order_id' ) )->delete( true );

		OrderStatusSync::schedule();
		$this->run_jobs();

		$this->assertSame( 'refunded', $index->get( $ticket->id() )->get( 'order_status' ) );
		$this->assertSame( 'deleted', $index->get( $gone->id() )->get( 'order_status' ) );
	}
}
