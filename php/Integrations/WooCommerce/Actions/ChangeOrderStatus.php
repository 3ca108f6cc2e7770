<?php
/**
 * An order's status, changed from a ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use Storedesk\Install\Roles;
use Storedesk\Tickets\Ticket;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Goes through WooCommerce's own status transition (WC_Order::update_status),
 * so everything a status change means in the store still happens: the
 * customer's and the shop's emails, stock reduced or restored, the note.
 * "Refunded" is not a status an agent sets here: WooCommerce answers it by
 * recording a refund of everything that remains, which is the refund
 * action's job and needs the refund capability.
 */
class ChangeOrderStatus {

	/**
	 * Builds the action.
	 *
	 * @param OrderTrail  $trail  Note and event.
	 * @param OrderEmails $emails What WooCommerce will send.
	 */
	public function __construct( private OrderTrail $trail, private OrderEmails $emails ) {}

	/** Statuses an agent may choose, without WooCommerce's "wc-" prefix, to their labels. */
	public static function choices(): array {
		$out = array();
		foreach ( wc_get_order_statuses() as $key => $label ) {
			$status = str_starts_with( $key, 'wc-' ) ? substr( $key, 3 ) : $key;
			if ( ! in_array( $status, array( 'refunded', 'checkout-draft' ), true ) ) {
				$out[ $status ] = $label;
			}
		}
		return $out;
	}

	/**
	 * What the change will do, changing nothing.
	 *
	 * @param \WC_Order $order  Order.
	 * @param string    $status New status, with or without "wc-".
	 * @return array|WP_Error
	 */
	public function preview( \WC_Order $order, string $status ) {
		$to = $this->check( $order, $status );
		if ( is_wp_error( $to ) ) {
			return $to;
		}
		$from = $order->get_status();
		return array(
			'order_id'   => $order->get_id(),
			'from'       => $from,
			'from_label' => wc_get_order_status_name( $from ),
			'to'         => $to,
			'to_label'   => wc_get_order_status_name( $to ),
			'emails'     => array_map( fn( $e ) => $this->emails->describe( $e, $order ), $this->emails->sent_on( array( "woocommerce_order_status_{$from}_to_{$to}", "woocommerce_order_status_{$to}" ), $order ) ),
			'stock'      => $this->stock( $order, $to ),
		);
	}

	/**
	 * Changes the status, notes it on the order and in the thread.
	 *
	 * @param Ticket    $ticket Ticket acted from.
	 * @param \WC_Order $order  The ticket's order (TicketOrder).
	 * @param string    $status New status.
	 * @return array{from: string, to: string, event: ?\Storedesk\Messages\Message}|WP_Error
	 */
	public function change( Ticket $ticket, \WC_Order $order, string $status ) {
		$to = $this->check( $order, $status );
		if ( is_wp_error( $to ) ) {
			return $to;
		}
		$from  = $order->get_status();
		$agent = $this->trail->agent();
		/* translators: 1: agent, 2: "Storedesk ticket #12"; WooCommerce adds "Order status changed from … to …" */
		$note = sprintf( __( 'Status changed by %1$s from %2$s.', 'storedesk' ), $agent, $this->trail->ticket_ref( $ticket ) );
		if ( ! $order->update_status( $to, $note, true ) ) {
			return new WP_Error( 'storedesk_order_status_failed', __( 'WooCommerce refused the status change; the order notes say why.', 'storedesk' ), array( 'status' => 409 ) );
		}
		$event = $this->trail->event(
			$ticket,
			$order,
			'status',
			/* translators: 1: agent, 2: order number, 3: old status, 4: new status */
			sprintf( __( '%1$s changed order #%2$s from %3$s to %4$s.', 'storedesk' ), $agent, $order->get_order_number(), wc_get_order_status_name( $from ), wc_get_order_status_name( $to ) ),
			array(
				'from' => $from,
				'to'   => $to,
			)
		);
		return array(
			'from'  => $from,
			'to'    => $to,
			'event' => $event,
		);
	}

	/**
	 * The new status, or why it cannot be set.
	 *
	 * @param \WC_Order $order  Order.
	 * @param string    $status Requested status.
	 * @return string|WP_Error
	 */
	private function check( \WC_Order $order, string $status ) {
		if ( ! current_user_can( Roles::ORDER_STATUS ) ) {
			return new WP_Error( 'storedesk_forbidden', __( 'You are not allowed to change order statuses.', 'storedesk' ), array( 'status' => 403 ) );
		}
		$status = str_starts_with( $status, 'wc-' ) ? substr( $status, 3 ) : $status;
		if ( 'refunded' === $status ) {
			return new WP_Error( 'storedesk_order_status_refunded', __( 'Setting an order to Refunded makes WooCommerce record a refund of everything that remains. Use Refund instead, which says how much and how.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( ! isset( self::choices()[ $status ] ) ) {
			/* translators: %s: status */
			return new WP_Error( 'storedesk_order_status_invalid', sprintf( __( '“%s” is not an order status of this store.', 'storedesk' ), $status ), array( 'status' => 400 ) );
		}
		if ( $order->get_status() === $status ) {
			/* translators: %s: status */
			return new WP_Error( 'storedesk_order_status_unchanged', sprintf( __( 'The order is already %s.', 'storedesk' ), wc_get_order_status_name( $status ) ), array( 'status' => 400 ) );
		}
		return $status;
	}

	/**
	 * What WooCommerce will do to stock: "reduce", "restore" or null, by the
	 * same hooks and flag it uses (wc_maybe_reduce/increase_stock_levels).
	 *
	 * @param \WC_Order $order Order.
	 * @param string    $to    New status.
	 */
	private function stock( \WC_Order $order, string $to ): ?string {
		$reduced = (bool) $order->get_data_store()->get_stock_reduced( $order->get_id() );
		$managed = false;
		foreach ( $order->get_items() as $item ) {
			$product = $item instanceof \WC_Order_Item_Product ? $item->get_product() : null;
			$managed = $managed || ( $product && $product->managing_stock() );
		}
		if ( $managed && ! $reduced && has_action( "woocommerce_order_status_{$to}", 'wc_maybe_reduce_stock_levels' ) ) {
			return 'reduce';
		}
		return $managed && $reduced && has_action( "woocommerce_order_status_{$to}", 'wc_maybe_increase_stock_levels' ) ? 'restore' : null;
	}
}
