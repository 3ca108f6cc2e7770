<?php
/**
 * The orders a shopper may name in the contact form.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Storefront;

use Storedesk\Contacts\Identity;
use Storedesk\Integrations\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Who may tie a support request to which order, in one place:
 * - a logged-in customer, the orders of their account (customer_id), and
 *   no other: an account's email address proves nothing (see AccountProof);
 * - a guest, the order whose number they type together with the order's
 *   billing email address, as WooCommerce's own order-tracking form asks.
 *   That is the proof, whether or not the order was placed from an account.
 * Orders are read through WooCommerce's CRUD only (HPOS or posts); drafts
 * of the block checkout, trashed orders and refunds never count.
 */
class ShopperOrders {

	/** Orders a customer chooses from: the newest, as in My Account → Orders. */
	public const LIMIT = 20;

	/**
	 * A customer's newest orders, newest first, with one more order of
	 * theirs added at the end when it is older than those (the order a
	 * "Get help with this order" link chose).
	 *
	 * @param int $user_id Customer.
	 * @param int $also    An order id to include when it is theirs, or 0.
	 * @return \WC_Order[]
	 */
	public function recent( int $user_id, int $also = 0 ): array {
		if ( $user_id <= 0 || ! Store::active() ) {
			return array();
		}
		$orders = wc_get_orders(
			array(
				'customer_id' => $user_id,
				'type'        => 'shop_order',
				'status'      => self::statuses(),
				'limit'       => self::LIMIT,
				'orderby'     => 'date',
				'order'       => 'DESC',
			)
		);
		$orders = array_values( array_filter( (array) $orders, fn( $o ) => $o instanceof \WC_Order && $this->counts( $o ) ) );
		$extra  = $also ? $this->of_customer( $also, $user_id ) : null;
		if ( $extra && ! in_array( $extra->get_id(), array_map( static fn( $o ) => $o->get_id(), $orders ), true ) ) {
			$orders[] = $extra;
		}
		return $orders;
	}

	/**
	 * The order, when it is the customer's own.
	 *
	 * @param int $order_id Order id.
	 * @param int $user_id  Customer, 0 for a guest (who owns none this way).
	 */
	public function of_customer( int $order_id, int $user_id ): ?\WC_Order {
		$order = $user_id > 0 ? Store::order( $order_id ) : null;
		return $order && $this->counts( $order ) && (int) $order->get_customer_id() === $user_id ? $order : null;
	}

	/**
	 * The order a guest names by its number and billing email address, or
	 * null, whether no order has that number or its address differs.
	 *
	 * @param string $number Order number as the shopper typed it ("#" allowed).
	 * @param string $email  Normalised (lower-case) address from the form.
	 */
	public function by_number( string $number, string $email ): ?\WC_Order {
		$number = self::clean( $number );
		if ( '' === $number || '' === $email ) {
			return null;
		}
		$id = ctype_digit( $number ) && strlen( $number ) < 19 ? (int) $number : 0;
		/**
		 * Filters the order id an order number stands for. WooCommerce's
		 * numbers are the ids; plugins that give orders numbers of their
		 * own (sequential numbers, prefixes) answer here. The order found
		 * must still show that number (get_order_number()) and the billing
		 * email the shopper gave, or it is not taken.
		 *
		 * @since 0.5.0
		 * @param int    $order_id The id the number stands for, 0 when unknown.
		 * @param string $number   The number as the shopper typed it, trimmed, without "#".
		 */
		$order = Store::order( (int) apply_filters( 'storedesk_order_id_from_number', $id, $number ) );
		if ( ! $order || ! $this->counts( $order ) || self::clean( (string) $order->get_order_number() ) !== $number ) {
			return null;
		}
		return hash_equals( (string) Identity::normalize( 'email', (string) $order->get_billing_email() ), $email ) ? $order : null;
	}

	/**
	 * The order in a line the customer recognises: number, date, total.
	 *
	 * @param \WC_Order $order Order.
	 */
	public function label( \WC_Order $order ): string {
		/* translators: 1: order number, 2: date the order was placed, 3: order total */
		return sprintf( __( 'Order #%1$s, %2$s, %3$s', 'storedesk' ), $order->get_order_number(), (string) Store::date( $order->get_date_created() ), Store::price( (float) $order->get_total(), $order->get_currency() ) );
	}

	/**
	 * An order number as shoppers write it: trimmed, without a leading "#".
	 *
	 * @param string $number Number.
	 */
	public static function clean( string $number ): string {
		return ltrim( trim( $number ), '#' );
	}

	/**
	 * Whether an order is one a shopper placed: a real status (no checkout
	 * draft, no trash).
	 *
	 * @param \WC_Order $order Order.
	 */
	private function counts( \WC_Order $order ): bool {
		return in_array( 'wc-' . $order->get_status(), self::statuses(), true );
	}

	/**
	 * The statuses of placed orders, as My Account lists them: the block
	 * checkout's drafts are in wc_get_order_statuses(), but not orders yet.
	 *
	 * @return string[]
	 */
	private static function statuses(): array {
		return array_values( array_diff( array_keys( wc_get_order_statuses() ), array( 'wc-checkout-draft' ) ) );
	}
}
