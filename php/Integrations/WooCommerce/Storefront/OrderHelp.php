<?php
/**
 * "Get help with this order" in My Account and on the order-received page.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Storefront;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Storefront\Assets;

defined( 'ABSPATH' ) || exit;

/**
 * Adds a button under an order in My Account → Orders → View, and on the
 * order-received (thank-you) page, that opens the contact form with that
 * order chosen: the widget's panel, or the page's own form when there is
 * one. The loader does the opening (data-storedesk-contact, see
 * src/storefront/index.ts) and shows the button, which stays hidden where
 * scripts do not run, since it could do nothing there.
 *
 * Only someone who may ask about the order gets it: the order's customer,
 * logged in (the form then offers their orders and this one is chosen); or,
 * on the order-received page, a guest whose link carries the order's key,
 * which WooCommerce gives only to whoever placed the order (the form then
 * has the order number and the billing email filled in, which the form's
 * check asks for). Both pages are private to that person: WooCommerce keeps
 * My Account and checkout out of page caches.
 */
class OrderHelp {

	/**
	 * Orders whose button this request printed, so a page that runs both
	 * hooks shows one.
	 *
	 * @var array<int, true>
	 */
	private array $printed = array();

	/**
	 * Builds the buttons.
	 *
	 * @param Assets        $assets The storefront loader.
	 * @param ShopperOrders $orders Whose orders are whose.
	 */
	public function __construct( private Assets $assets, private ShopperOrders $orders ) {}

	/** Hooks under the order details of both pages. */
	public function register(): void {
		add_action( 'woocommerce_view_order', array( $this, 'view_order' ), 20 );
		add_action( 'woocommerce_thankyou', array( $this, 'thankyou' ), 20 );
	}

	/**
	 * My Account → View order.
	 *
	 * @param int $order_id Order.
	 */
	public function view_order( $order_id ): void {
		echo $this->button( (int) $order_id ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in button().
	}

	/**
	 * The order-received page; its key comes from the URL.
	 *
	 * @param int $order_id Order.
	 */
	public function thankyou( $order_id ): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the order key is the proof, compared in button().
		$key = isset( $_GET['key'] ) ? sanitize_text_field( wp_unslash( $_GET['key'] ) ) : '';
		echo $this->button( (int) $order_id, $key ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in button().
	}

	/**
	 * The button for the current visitor, or '' when they may not ask about
	 * the order here.
	 *
	 * @param int    $order_id Order.
	 * @param string $key      Order key from the order-received URL, which lets a guest in; '' elsewhere.
	 */
	public function button( int $order_id, string $key = '' ): string {
		$order = Store::order( $order_id );
		$user  = get_current_user_id();
		if ( ! $order || isset( $this->printed[ $order_id ] ) ) {
			return '';
		}
		if ( $user ) {
			if ( ! $this->orders->of_customer( $order_id, $user ) ) {
				return '';
			}
			$data = array( 'order' => (string) $order->get_id() );
		} elseif ( '' !== $key && hash_equals( (string) $order->get_order_key(), $key ) ) {
			$data = array( 'email' => (string) $order->get_billing_email() );
		} else {
			return '';
		}
		$this->printed[ $order_id ] = true;
		$this->assets->enqueue();
		$attrs = '';
		foreach ( $data + array( 'order-number' => (string) $order->get_order_number() ) as $name => $value ) {
			$attrs .= ' data-storedesk-' . $name . '="' . esc_attr( $value ) . '"';
		}
		$label = __( 'Get help with this order', 'storedesk' );
		return '<p class="storedesk-order-help" data-storedesk-reveal hidden><button type="button" class="button wp-element-button" aria-haspopup="dialog" data-storedesk-contact' . $attrs . '>' . esc_html( $label ) . '</button></p>';
	}
}
