<?php
/**
 * Order details as placeholders.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * {order_number}, {order_status}, {order_total}, {order_items} and
 * {tracking_link} from the order the ticket is linked to, in replies and
 * in the emails a manager words; {customer_first_name} as the order was
 * billed. Empty without a linked order, which stops a reply that uses them.
 */
class OrderPlaceholders {

	public const NAMES = array( 'order_number', 'order_status', 'order_total', 'order_items', 'tracking_link' );

	/**
	 * Builds the provider.
	 *
	 * @param Tracking $tracking Shipments.
	 */
	public function __construct( private Tracking $tracking ) {}

	/** Hooks the placeholder filters while WooCommerce is active. */
	public function register(): void {
		if ( ! Store::active() ) {
			return;
		}
		add_filter( 'storedesk_placeholders', static fn( $names ) => array_merge( (array) $names, self::NAMES ) );
		add_filter( 'storedesk_placeholder_values', array( $this, 'values' ), 10, 2 );
	}

	/**
	 * Adds the linked order's values.
	 *
	 * @param array       $values Placeholder => value.
	 * @param Ticket|null $ticket Ticket.
	 */
	public function values( $values, $ticket ): array {
		$values = (array) $values + array_fill_keys( self::NAMES, '' );
		$order  = $ticket instanceof Ticket ? Store::order( (int) $ticket->get( 'order_id' ) ) : null;
		if ( ! $order ) {
			return $values;
		}
		$items = array();
		foreach ( $order->get_items() as $item ) {
			/* translators: 1: quantity, 2: product name */
			$items[] = sprintf( __( '%1$s × %2$s', 'storedesk' ), number_format_i18n( (int) $item->get_quantity() ), $item->get_name() );
		}
		$first = trim( (string) $order->get_billing_first_name() );
		return array(
			'order_number'  => (string) $order->get_order_number(),
			'order_status'  => wc_get_order_status_name( $order->get_status() ),
			'order_total'   => Store::price( (float) $order->get_total(), $order->get_currency() ),
			'order_items'   => implode( "\n", $items ),
			'tracking_link' => $this->tracking->link( $order ),
		) + ( '' !== $first ? array( 'customer_first_name' => $first ) : array() ) + $values;
	}
}
