<?php
/**
 * The linked order's status, kept beside each ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Install\Schema;
use Storedesk\Jobs\Queue;
use Storedesk\Tickets\TicketIndex;
use Storedesk\Tickets\TicketMeta;

defined( 'ABSPATH' ) || exit;

/**
 * "Open tickets about orders on hold" is an inbox filter: the index keeps
 * each linked order's status, so the list is one indexed query and never
 * asks WooCommerce per row. Linking sets it (TicketChanges); a status
 * change in WooCommerce updates the order's tickets; tickets linked before
 * the column existed are filled in the background.
 */
class OrderStatusSync {

	public const JOB    = 'storedesk_order_status_backfill';
	private const BATCH = 200;

	/**
	 * Builds the sync.
	 *
	 * @param TicketIndex $index Tickets by order.
	 * @param Queue       $queue Background jobs.
	 */
	public function __construct( private TicketIndex $index, private Queue $queue ) {}

	/** Hooks WooCommerce's status changes while it is active. */
	public function register(): void {
		if ( Store::active() ) {
			add_action( 'woocommerce_order_status_changed', array( $this, 'changed' ), 10, 3 );
		}
	}

	/** Migration: fills the column for tickets linked before it existed. */
	public static function schedule(): void {
		\Storedesk\Plugin::container()->get( Queue::class )->push( self::JOB );
	}

	/**
	 * Copies an order's new status onto its tickets.
	 *
	 * @param int|string $order_id Order.
	 * @param string     $from     Old status.
	 * @param string     $to       New status.
	 */
	public function changed( $order_id, $from, $to ): void {
		foreach ( $this->index->ids_of( 'order_id', (int) $order_id ) as $ticket_id ) {
			$this->write( $ticket_id, (string) $to );
		}
	}

	/**
	 * One batch of the backfill; queues the next while some remain.
	 * Orders that are gone get "deleted", so no ticket is read twice.
	 */
	public function backfill(): void {
		global $wpdb;
		if ( ! Store::active() ) {
			return;
		}
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT ticket_id, order_id FROM ' . Schema::table( 'ticket_index' ) . " WHERE order_id > 0 AND order_status = '' LIMIT %d", self::BATCH ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		foreach ( $rows as $row ) {
			$order = Store::order( (int) $row->order_id );
			$this->write( (int) $row->ticket_id, $order ? $order->get_status() : 'deleted' );
		}
		if ( count( $rows ) === self::BATCH ) {
			$this->queue->push( self::JOB );
		}
	}

	/**
	 * Writes a ticket's order status to the index and to its meta (the source of truth).
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $status    Order status without "wc-".
	 */
	private function write( int $ticket_id, string $status ): void {
		$row = array( 'order_status' => substr( preg_replace( '/^wc-/', '', $status ), 0, 20 ) );
		$this->index->update( $ticket_id, $row );
		TicketMeta::write( $ticket_id, $row );
	}
}
