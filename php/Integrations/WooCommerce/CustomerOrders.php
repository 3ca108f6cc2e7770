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
 * queries: the account's order ids, guest orders by address, guest orders
 * by phone; the account's totals are WooCommerce's own (cached per user).
 */
class CustomerOrders {

	/** Guest orders read to add up; a guest with more is a wholesale buyer, not a shopper. */
	private const GUEST_LIMIT = 100;

	/**
	 * Guest orders are read for their totals: WooCommerce primes their lines,
	 * the lines' products and refunds unless the query names the fields it
	 * needs, and the few shown in the list read their lines when shown.
	 */
	private const TOTALS_ONLY = array( 'fields' => array( 'id', 'total', 'status', 'date_created' ) );

	/**
	 * What a customer has ordered: the account's order ids and the guest orders.
	 *
	 * @param CustomerMatch $who Customer.
	 */
	public function find( CustomerMatch $who ): FoundOrders {
		return $who->is_empty() ? new FoundOrders() : new FoundOrders( $this->account_ids( $who ), $this->guest_orders( $who ) );
	}

	/**
	 * The most recent orders of a customer, newest first.
	 *
	 * @param FoundOrders $found  Their orders (find()).
	 * @param \WC_Order[] $loaded Orders read in full by id (Store::orders_in_full() of newest_ids()).
	 * @param int         $limit  How many.
	 * @return \WC_Order[]
	 */
	public function recent( FoundOrders $found, array $loaded, int $limit = 5 ): array {
		$orders = array();
		foreach ( array_slice( $found->account_ids, 0, $limit ) as $id ) {
			if ( isset( $loaded[ $id ] ) ) {
				$orders[] = $loaded[ $id ];
			}
		}
		foreach ( array_slice( $found->guests, 0, $limit ) as $guest ) {
			$orders[] = $loaded[ $guest->get_id() ] ?? $guest;
		}
		usort( $orders, static fn( $a, $b ) => array( $b->get_date_created()?->getTimestamp() ?? 0, $b->get_id() ) <=> array( $a->get_date_created()?->getTimestamp() ?? 0, $a->get_id() ) );
		return array_slice( $orders, 0, $limit );
	}

	/**
	 * Lifetime spend, order count, average order and first order.
	 *
	 * @param CustomerMatch $who    Customer.
	 * @param FoundOrders   $found  Their orders (find()).
	 * @param \WC_Order[]   $loaded Orders already read, by id: the account's first is read unless there.
	 * @return array{spent: float, orders: int, average: float, first: ?\WC_DateTime}
	 */
	public function stats( CustomerMatch $who, FoundOrders $found, array $loaded = array() ): array {
		$spent = 0.0;
		$count = 0;
		$first = null;
		if ( $who->user_id ) {
			$customer = new \WC_Customer( $who->user_id );
			$spent    = (float) $customer->get_total_spent();
			$count    = (int) $customer->get_order_count();
			$id       = $found->first_account_id();
			$oldest   = $loaded[ $id ] ?? Store::order( $id );
			$first    = $oldest ? $oldest->get_date_created() : null;
		}
		$paid = wc_get_is_paid_statuses();
		foreach ( $found->guests as $order ) {
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
	 * The proven account's order ids, newest first. By id, which the
	 * customer_id index keeps in order: any ORDER BY date … LIMIT had MariaDB
	 * walk the store's orders until it met theirs; the lowest id is the first.
	 *
	 * @param CustomerMatch $who Customer.
	 * @return int[]
	 */
	private function account_ids( CustomerMatch $who ): array {
		if ( ! $who->user_id ) {
			return array();
		}
		$ids = wc_get_orders(
			$this->base_args() + array(
				'customer_id' => $who->user_id,
				'return'      => 'ids',
				'limit'       => -1,
				'orderby'     => 'ID',
				'order'       => 'DESC',
			)
		);
		return array_map( 'intval', (array) $ids );
	}

	/**
	 * Orders placed without an account from the customer's addresses or
	 * numbers, newest first.
	 *
	 * @param CustomerMatch $who Customer.
	 * @return \WC_Order[]
	 */
	private function guest_orders( CustomerMatch $who ): array {
		$found = array();
		if ( $who->emails ) {
			$found = $this->query(
				array(
					'customer_id'   => 0,
					'billing_email' => $who->emails,
				) + self::TOTALS_ONLY,
				self::GUEST_LIMIT
			);
		}
		if ( $who->phones ) {
			$by_phone = array( 'customer_id' => 0 ) + OrderPhones::query( $who->phones ) + self::TOTALS_ONLY;
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
