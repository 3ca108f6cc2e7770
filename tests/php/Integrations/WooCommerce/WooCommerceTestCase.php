<?php
/**
 * Base of the tests that need a real WooCommerce.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Storedesk\Tests\TestCase;

/**
 * Skips, with the reason, where WooCommerce is not active, and makes
 * products and orders through WooCommerce's CRUD, so each test runs on
 * whichever order storage the suite's site uses (HPOS or posts).
 */
abstract class WooCommerceTestCase extends TestCase {

	/** Skips without WooCommerce. */
	protected function setUp(): void {
		parent::setUp();
		if ( ! class_exists( 'WooCommerce' ) ) {
			$this->markTestSkipped( 'WooCommerce is not active on the test site.' );
		}
	}

	/**
	 * A published simple product.
	 *
	 * @param string   $name  Name.
	 * @param string   $price Regular price.
	 * @param int|null $stock Units in stock, when the product keeps stock.
	 */
	protected function product( string $name = 'Blue mug', string $price = '12.50', ?int $stock = null ): \WC_Product_Simple {
		$product = new \WC_Product_Simple();
		$product->set_name( $name );
		$product->set_regular_price( $price );
		if ( null !== $stock ) {
			$product->set_manage_stock( true );
			$product->set_stock_quantity( $stock );
		}
		$product->set_sku( sanitize_title( $name ) . '-' . wp_rand() );
		$product->set_status( 'publish' );
		$product->save();
		return $product;
	}

	/**
	 * An order, saved, with lines and a flat-rate shipping line.
	 *
	 * @param array $args customer_id, email, phone, status, lines (array of [product, qty]), days_ago, payment (a
	 *                    gateway id), payment_title.
	 */
	protected function order( array $args = array() ): \WC_Order {
		$args += array(
			'customer_id' => 0,
			'email'       => 'guest' . wp_rand() . '@example.test',
			'phone'       => '',
			'status'      => 'processing',
			'lines'       => array( array( $this->product(), 2 ) ),
			'days_ago'    => 0,
			'payment'     => 'bacs',
		);
		$order = wc_create_order( array( 'customer_id' => $args['customer_id'] ) );
		foreach ( $args['lines'] as list( $product, $qty ) ) {
			$order->add_product( $product, $qty );
		}
		$order->set_billing_first_name( 'Dana' );
		$order->set_billing_last_name( 'Shopper' );
		$order->set_billing_email( $args['email'] );
		$order->set_billing_phone( $args['phone'] );
		$order->set_shipping_first_name( 'Dana' );
		$order->set_shipping_last_name( 'Shopper' );
		$order->set_shipping_address_1( '1 Harbour Street' );
		$order->set_shipping_city( 'Dublin' );
		$order->set_shipping_postcode( 'D01 F5P2' );
		$order->set_shipping_country( 'IE' );
		$shipping = new \WC_Order_Item_Shipping();
		$shipping->set_method_title( 'Flat rate' );
		$shipping->set_method_id( 'flat_rate' );
		$shipping->set_total( '5.00' );
		$order->add_item( $shipping );
		$order->set_payment_method( $args['payment'] );
		$order->set_payment_method_title( $args['payment_title'] ?? ( 'bacs' === $args['payment'] ? 'Direct bank transfer' : $args['payment'] ) );
		$order->calculate_totals( false );
		$order->set_date_created( time() - DAY_IN_SECONDS * $args['days_ago'] );
		$order->set_status( $args['status'] );
		$order->save();
		return $order;
	}

	/**
	 * A customer account whose address the customer proved.
	 *
	 * @param string $email Address.
	 */
	protected function customer( string $email ): int {
		$id = wp_insert_user(
			array(
				'user_login' => 'c' . wp_rand(),
				'user_email' => $email,
				'user_pass'  => wp_generate_password(),
				'role'       => 'customer',
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}
}
