<?php
/**
 * Order facts as ticket attributes.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Container;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Adds to a ticket's attributes (see TicketAttributes) what a rule about
 * orders needs: has_order, order_total, order_status, order_categories
 * (product category slugs of the linked order), and the customer's
 * lifetime_spend and order_count, read as the customer panel reads them.
 */
class OrderAttributes {

	/**
	 * Builds the provider; what it reads with is built only when a ticket's
	 * attributes are asked for, not on every request that loads the plugin.
	 *
	 * @param Container $container Builds the customer panel and orders.
	 */
	public function __construct( private Container $container ) {}

	/** Hooks the attributes filter while WooCommerce is active. */
	public function register(): void {
		if ( Store::active() ) {
			add_filter( 'storedesk_ticket_attributes', array( $this, 'add' ), 10, 2 );
		}
	}

	/**
	 * Adds the order facts.
	 *
	 * @param array $attributes Name => value.
	 * @param mixed $ticket     The ticket (another plugin may apply the filter with anything).
	 */
	public function add( $attributes, $ticket ): array {
		$attributes = (array) $attributes;
		if ( ! $ticket instanceof Ticket ) {
			return $attributes;
		}
		$order  = Store::order( (int) $ticket->get( 'order_id' ) );
		$orders = $this->container->get( CustomerOrders::class );
		$who    = $this->container->get( CustomerPanel::class )->customer_of( $ticket );
		$stats  = $orders->stats( $who, $orders->find( $who ) );
		return array(
			'has_order'        => (bool) $order,
			'order_total'      => $order ? (float) $order->get_total() : 0.0,
			'order_status'     => $order ? $order->get_status() : '',
			'order_categories' => $order ? $this->categories( $order ) : array(),
			'lifetime_spend'   => (float) $stats['spent'],
			'order_count'      => (int) $stats['orders'],
		) + $attributes;
	}

	/**
	 * Slugs of the product categories in an order (a variation's are its parent's).
	 *
	 * @param \WC_Order $order Order.
	 * @return string[]
	 */
	private function categories( \WC_Order $order ): array {
		$slugs = array();
		foreach ( $order->get_items() as $item ) {
			$product_id = $item instanceof \WC_Order_Item_Product ? (int) $item->get_product_id() : 0;
			$terms      = $product_id ? get_the_terms( $product_id, 'product_cat' ) : false;
			foreach ( is_array( $terms ) ? $terms : array() as $term ) {
				$slugs[] = $term->slug;
			}
		}
		return array_values( array_unique( $slugs ) );
	}
}
