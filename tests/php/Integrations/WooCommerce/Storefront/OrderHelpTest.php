<?php
/**
 * "Get help with this order".
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Storefront;

use Storedesk\Integrations\WooCommerce\Storefront\OrderHelp;
use Storedesk\Tests\Integrations\WooCommerce\WooCommerceTestCase;

/**
 * The button under an order in My Account and on the order-received page,
 * for the order's customer, or a guest with the order's key; nobody else.
 */
class OrderHelpTest extends WooCommerceTestCase {

	/** Leaves no query string behind. */
	protected function tearDown(): void {
		$_GET = array();
		parent::tearDown();
	}

	/**
	 * What a WooCommerce hook prints, through a fresh button service (one per request).
	 *
	 * @param string $hook     woocommerce_view_order or woocommerce_thankyou.
	 * @param int    $order_id Order.
	 */
	private function printed( string $hook, int $order_id ): string {
		$help = new OrderHelp( $this->service( \Storedesk\Storefront\Assets::class ), $this->service( \Storedesk\Integrations\WooCommerce\Storefront\ShopperOrders::class ) );
		ob_start();
		'woocommerce_view_order' === $hook ? $help->view_order( $order_id ) : $help->thankyou( $order_id );
		return (string) ob_get_clean();
	}

	/** The hooks are in place. */
	public function test_the_button_hooks_under_both_pages(): void {
		$this->assertSame( 20, has_action( 'woocommerce_view_order', array( $this->service( OrderHelp::class ), 'view_order' ) ) );
		$this->assertSame( 20, has_action( 'woocommerce_thankyou', array( $this->service( OrderHelp::class ), 'thankyou' ) ) );
	}

	/** My Account → View order: the customer's button names the order; no one else gets one. */
	public function test_view_order_shows_the_button_to_the_orders_customer(): void {
		$cora  = $this->customer( 'cora' . wp_rand() . '@example.test' );
		$order = $this->order( array( 'customer_id' => $cora ) );
		wp_set_current_user( $cora );
		$html = $this->printed( 'woocommerce_view_order', $order->get_id() );
		$this->assertSame(
			'<p class="storedesk-order-help" data-storedesk-reveal hidden><button type="button" class="button wp-element-button" aria-haspopup="dialog" data-storedesk-contact data-storedesk-order="' . $order->get_id() . '" data-storedesk-order-number="' . $order->get_order_number() . '">Get help with this order</button></p>',
			$html
		);
		$this->assertTrue( $this->service( \Storedesk\Storefront\Assets::class )->enqueued(), 'the loader opens it' );

		wp_set_current_user( $this->customer( 'dev' . wp_rand() . '@example.test' ) );
		$this->assertSame( '', $this->printed( 'woocommerce_view_order', $order->get_id() ) );
		wp_set_current_user( 0 );
		$this->assertSame( '', $this->printed( 'woocommerce_view_order', $order->get_id() ), 'a guest has no My Account' );
	}

	/**
	 * The order-received page: a guest with the order's key gets the number
	 * and billing email filled in; a wrong or missing key gets nothing; the
	 * logged-in customer gets their own order chosen; once per page.
	 */
	public function test_thankyou_shows_the_button_to_who_placed_the_order(): void {
		$email = 'gwen' . wp_rand() . '@example.test';
		$order = $this->order( array( 'email' => $email ) );
		$_GET  = array( 'key' => $order->get_order_key() );
		$html  = $this->printed( 'woocommerce_thankyou', $order->get_id() );
		$this->assertStringContainsString( ' data-storedesk-email="' . $email . '" data-storedesk-order-number="' . $order->get_order_number() . '">Get help with this order</button>', $html );
		$this->assertStringNotContainsString( 'data-storedesk-order=', $html, 'a guest has no list to choose from' );

		$help = new OrderHelp( $this->service( \Storedesk\Storefront\Assets::class ), $this->service( \Storedesk\Integrations\WooCommerce\Storefront\ShopperOrders::class ) );
		$this->assertNotSame( '', $help->button( $order->get_id(), $order->get_order_key() ) );
		$this->assertSame( '', $help->button( $order->get_id(), $order->get_order_key() ), 'one button per order and page' );

		foreach ( array( array( 'key' => 'wc_order_wrong' ), array( 'key' => '' ), array() ) as $query ) {
			$_GET = $query;
			$this->assertSame( '', $this->printed( 'woocommerce_thankyou', $order->get_id() ) );
		}

		$cora    = $this->customer( 'cora' . wp_rand() . '@example.test' );
		$account = $this->order( array( 'customer_id' => $cora ) );
		$_GET    = array( 'key' => $account->get_order_key() );
		wp_set_current_user( $cora );
		$this->assertStringContainsString( ' data-storedesk-order="' . $account->get_id() . '"', $this->printed( 'woocommerce_thankyou', $account->get_id() ) );
		wp_set_current_user( $this->customer( 'dev' . wp_rand() . '@example.test' ) );
		$this->assertSame( '', $this->printed( 'woocommerce_thankyou', $account->get_id() ), 'another account, even with the key' );
	}
}
