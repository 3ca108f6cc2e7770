<?php
/**
 * A contact's orders and what they add up to.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Reads a customer's orders through WooCommerce's CRUD only, so it works
 * the same on custom order tables and on posts. At most three indexed
 * queries: the account's orders, guest orders by address, guest orders by
 * phone; the account's totals are WooCommerce's own (cached per user).
 */
class CustomerOrders {

	/** Guest orders read to add up; a guest with more is a wholesale buyer, not a shopper. */
	private const GUEST_LIMIT = 100;

	/**
	 * The most recent orders of a customer, newest first.
	 *
	 * @param CustomerMatch $who    Customer.
	 * @param \WC_Order[]   $guests Their guest orders (guest_orders()).
	 * @param int           $limit  How many.
	 * @return \WC_Order[]
	 */
	public function recent( CustomerMatch $who, array $guests, int $limit = 5 ): array {
		// Newest by id, which the customer_id index keeps in order (no sort of all their orders).
		$mine   = $who->user_id ? $this->query(
			array(
				'customer_id' => $who->user_id,
				'orderby'     => 'ID',
			),
			$limit
		) : array();
		$orders = array_merge( $mine, $guests );
		usort( $orders, static fn( $a, $b ) => array( $b->get_date_created()?->getTimestamp() ?? 0, $b->get_id() ) <=> array( $a->get_date_created()?->getTimestamp() ?? 0, $a->get_id() ) );
		return array_slice( $orders, 0, $limit );
	}

	/**
	 * Lifetime spend, order count, average order and first order.
	 *
	 * @param CustomerMatch $who    Customer.
	 * @param \WC_Order[]   $guests Their guest orders (guest_orders()).
	 * @return array{spent: float, orders: int, average: float, first: ?\WC_DateTime}
	 */
	public function stats( CustomerMatch $who, array $guests ): array {
		$spent = 0.0;
		$count = 0;
		$first = null;
		if ( $who->user_id ) {
			$customer = new \WC_Customer( $who->user_id );
			$spent    = (float) $customer->get_total_spent();
			$count    = (int) $customer->get_order_count();
			// The first order is the one with the lowest id among the account's: its ids come
			// from the customer_id index (rows bounded by this customer's orders), where any
			// ORDER BY … LIMIT 1 had MariaDB walk the store's orders until it met theirs.
			$ids    = wc_get_orders( $this->base_args() + array( 'customer_id' => $who->user_id, 'return' => 'ids', 'limit' => -1 ) );
			$oldest = $ids ? Store::order( (int) min( array_map( 'intval', (array) $ids ) ) ) : null;
			$first  = $oldest ? $oldest->get_date_created() : null;
		}
		$paid = wc_get_is_paid_statuses();
		foreach ( $guests as $order ) {
			++$count;
			if ( in_array( $order->get_status(), $paid, true ) ) {
				$spent += (float) $order->get_total() - (float) $order->get_total_refunded();
			}
			$date  = $order->get_date_created();
			$first = ! $first || ( $date && $date < $first ) ? $date : $first;
		}
		return array(
			'spent'   => $spent,
			'orders'  => $count,
			'average' => $count ? $spent / $count : 0.0,
			'first'   => $first,
		);
	}

	/**
	 * Orders placed without an account from the customer's addresses or
	 * numbers, newest first.
	 *
	 * @param CustomerMatch $who Customer.
	 * @return \WC_Order[]
	 */
	public function guest_orders( CustomerMatch $who ): array {
		$found = array();
		if ( $who->emails ) {
			$found = $this->query(
				array(
					'customer_id'   => 0,
					'billing_email' => $who->emails,
				),
				self::GUEST_LIMIT
			);
		}
		if ( $who->phones ) {
			$by_phone = array( 'customer_id' => 0 ) + OrderPhones::query( $who->phones );
			$found    = array_merge( $found, $this->query( $by_phone, self::GUEST_LIMIT ) );
		}
		$by_id = array();
		foreach ( $found as $order ) {
			$by_id[ $order->get_id() ] = $order;
		}
		return array_values( $by_id );
	}

	/**
	 * Orders (never refunds, which are no WC_Order) matching WooCommerce query arguments, newest first.
	 *
	 * @param array $args  wc_get_orders() arguments.
	 * @param int   $limit How many.
	 * @return \WC_Order[]
	 */
	private function query( array $args, int $limit ): array {
		$orders = wc_get_orders(
			$args + array(
				'limit'   => $limit,
				'orderby' => 'date',
				'order'   => 'DESC',
			) + $this->base_args()
		);
		return array_values( array_filter( (array) $orders, static fn( $o ) => $o instanceof \WC_Order ) );
	}

	/** Orders, not refunds, in every status but checkout drafts, which are carts, not orders. */
	private function base_args(): array {
		return array(
			'type'   => 'shop_order',
			'status' => array_values( array_diff( array_keys( wc_get_order_statuses() ), array( 'wc-checkout-draft' ) ) ),
		);
	}
}
