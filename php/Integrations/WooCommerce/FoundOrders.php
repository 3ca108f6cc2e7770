<?php
/**
 * A customer's orders as found, before any is read in full.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * The account's order ids, newest first, and the guest orders read for
 * their totals: enough to know which few orders to read in full, so that
 * they, and the ticket's own order, are read together in one batch.
 */
final class FoundOrders {

	/**
	 * What was found.
	 *
	 * @param int[]       $account_ids The proven account's order ids, newest first.
	 * @param \WC_Order[] $guests      Orders placed without an account, newest first.
	 */
	public function __construct(
		public readonly array $account_ids = array(),
		public readonly array $guests = array(),
	) {}

	/**
	 * The ids among which the newest orders are, whichever way they were placed.
	 *
	 * @param int $limit How many newest orders will be shown.
	 * @return int[]
	 */
	public function newest_ids( int $limit ): array {
		return array_merge(
			array_slice( $this->account_ids, 0, $limit ),
			array_map( static fn( \WC_Order $o ) => $o->get_id(), array_slice( $this->guests, 0, $limit ) )
		);
	}

	/** The account's first order (the lowest id, see CustomerOrders::account_ids()), 0 for none. */
	public function first_account_id(): int {
		return $this->account_ids ? (int) min( $this->account_ids ) : 0;
	}
}
