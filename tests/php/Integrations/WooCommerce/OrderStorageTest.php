<?php
/**
 * The order storage each PHP suite runs on.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Automattic\WooCommerce\Internal\DataStores\Orders\DataSynchronizer;
use Automattic\WooCommerce\Internal\DataStores\Orders\OrdersTableDataStore;
use Automattic\WooCommerce\Utilities\OrderUtil;
use Storedesk\Tests\TestCase;

/**
 * `npm test` runs the WooCommerce tests on both order storages: the MariaDB
 * suite on HPOS, the SQLite suite on posts (legacy), compatibility mode off
 * on both (tools/php/order-storage.php), and names the one it chose in
 * STOREDESK_ORDER_STORAGE. These tests prove the site really is on it, so a
 * green suite means what its heading says.
 */
class OrderStorageTest extends TestCase {

	/**
	 * The storage `npm test` chose, or the test is skipped with the reason.
	 *
	 * @return string 'hpos' or 'posts'.
	 */
	private function expected_storage(): string {
		if ( ! class_exists( 'WooCommerce' ) ) {
			$this->markTestSkipped( 'WooCommerce is not active on the test site.' );
		}
		$storage = (string) getenv( 'STOREDESK_ORDER_STORAGE' );
		if ( ! in_array( $storage, array( 'hpos', 'posts' ), true ) ) {
			$this->markTestSkipped( 'STOREDESK_ORDER_STORAGE is not hpos or posts: npm test sets it for each PHP suite.' );
		}
		return $storage;
	}

	/** WooCommerce reads and writes orders where the suite says, with sync off. */
	public function test_the_site_uses_the_suites_order_storage_without_sync(): void {
		$hpos = 'hpos' === $this->expected_storage();
		$this->assertSame( $hpos, OrderUtil::custom_orders_table_usage_is_enabled(), 'HPOS in use' );
		$this->assertFalse( wc_get_container()->get( DataSynchronizer::class )->data_sync_is_enabled(), 'compatibility mode (sync) is off' );
		$this->assertSame( $hpos ? OrdersTableDataStore::get_orders_table_name() : $GLOBALS['wpdb']->posts, OrderUtil::get_table_for_orders() );
	}

	/** A new order is stored in that storage only, and reads back through the CRUD. */
	public function test_a_new_order_lands_in_that_storage_only(): void {
		global $wpdb;
		$hpos  = 'hpos' === $this->expected_storage();
		$email = 'hpos' . wp_rand() . '@example.test';
		$order = wc_create_order( array( 'status' => 'processing' ) );
		$this->assertInstanceOf( \WC_Order::class, $order );
		$order->set_billing_email( $email );
		$order->save();
		$id = $order->get_id();
		$this->assertGreaterThan( 0, $id );

		$orders_table = OrdersTableDataStore::get_orders_table_name();
		$has_table    = $orders_table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $orders_table ) );
		$hpos_row     = $has_table ? (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$orders_table} WHERE id = %d", $id ) ) : 0; // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- WooCommerce's own table name.
		if ( $hpos ) {
			$this->assertSame( 1, $hpos_row, 'a row in ' . $orders_table );
			// With sync off, wp_posts keeps only WooCommerce's placeholder for the id.
			$this->assertSame( DataSynchronizer::PLACEHOLDER_ORDER_POST_TYPE, get_post_type( $id ) );
		} else {
			$this->assertSame( 'shop_order', get_post_type( $id ), 'a shop_order post' );
			$this->assertSame( 0, $hpos_row, 'nothing copied to ' . $orders_table );
		}

		wp_cache_flush();
		$read = wc_get_order( $id );
		$this->assertInstanceOf( \WC_Order::class, $read );
		$this->assertSame( $email, $read->get_billing_email() );
		$this->assertSame( 'processing', $read->get_status() );
		$this->assertSame( array( $id ), wc_get_orders( array( 'billing_email' => $email, 'return' => 'ids' ) ) );
	}
}
