<?php
/**
 * WooCommerce's "no limit" on SQLite.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Storedesk\Integrations\WooCommerce\SqliteLimits;

/**
 * MySQL's largest LIMIT becomes SQLite's, and nothing else changes.
 */
class SqliteLimitsTest extends WooCommerceTestCase {

	/** Only the limit idiom is touched. */
	public function test_only_the_no_limit_idiom_changes(): void {
		$fit = new SqliteLimits();
		$this->assertSame( 'SELECT id FROM t LIMIT 0, 9223372036854775807', $fit->fit( 'SELECT id FROM t LIMIT 0, 18446744073709551615' ) );
		$this->assertSame( 'SELECT id FROM t LIMIT 0, 10', $fit->fit( 'SELECT id FROM t LIMIT 0, 10' ) );
		$this->assertSame( "SELECT '18446744073709551615'", $fit->fit( "SELECT '18446744073709551615'" ), 'a value, not a limit' );
	}

	/** On SQLite, an order's refunds are read (the query used to fail and roll back the open transaction). */
	public function test_refunds_are_read_on_sqlite(): void {
		$order  = $this->order();
		$refund = wc_create_refund(
			array(
				'order_id' => $order->get_id(),
				'amount'   => 2,
			)
		);
		$this->assertInstanceOf( \WC_Order_Refund::class, $refund );
		$fresh = wc_get_order( $order->get_id() );
		$this->assertSame( array( $refund->get_id() ), array_map( static fn( $r ) => $r->get_id(), $fresh->get_refunds() ) );
	}
}
