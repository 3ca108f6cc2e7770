<?php
/**
 * What the widget's help tab is about on the current page.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Products;

use Storedesk\Integrations\WooCommerce\Storefront\ShopperOrders;
use Storedesk\Integrations\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * On a single product page the widget opens on the articles about that
 * product; in My Account → View order, and on the order-received page of
 * whoever placed the order, on the articles about the order's products.
 * The ids go in the loader's configuration. A product page may be cached
 * and shared, and its id is public; an order's id goes only into pages
 * WooCommerce keeps out of caches, and only for who may see the order
 * (the route checks again: the page is no proof).
 */
class PageContext {

	/**
	 * Builds the context.
	 *
	 * @param ShopperOrders $orders Whose orders are whose.
	 */
	public function __construct( private ShopperOrders $orders ) {}

	/**
	 * The product or order of the current page, or null.
	 *
	 * @return array{product: int}|array{order: int, key?: string}|null
	 */
	public function current(): ?array {
		if ( ! Store::active() ) {
			return null;
		}
		if ( function_exists( 'is_product' ) && is_product() ) {
			return array( 'product' => (int) get_queried_object_id() );
		}
		if ( ! function_exists( 'is_wc_endpoint_url' ) ) {
			return null;
		}
		if ( is_wc_endpoint_url( 'view-order' ) ) {
			$order = $this->orders->of_customer( absint( get_query_var( 'view-order' ) ), get_current_user_id() );
			return $order ? array( 'order' => $order->get_id() ) : null;
		}
		if ( is_wc_endpoint_url( 'order-received' ) ) {
			return $this->received( absint( get_query_var( 'order-received' ) ) );
		}
		return null;
	}

	/**
	 * The order-received page: the customer's own order, or a guest's with
	 * the key from the URL, which the route asks for again.
	 *
	 * @param int $order_id Order.
	 */
	private function received( int $order_id ): ?array {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the order key is the proof, compared here and by the route.
		$key   = isset( $_GET['key'] ) ? sanitize_text_field( wp_unslash( $_GET['key'] ) ) : '';
		$order = Store::order( $order_id );
		if ( ! $order ) {
			return null;
		}
		if ( get_current_user_id() ) {
			return $this->orders->of_customer( $order_id, get_current_user_id() ) ? array( 'order' => $order_id ) : null;
		}
		return '' !== $key && hash_equals( (string) $order->get_order_key(), $key ) ? array(
			'order' => $order_id,
			'key'   => $key,
		) : null;
	}
}
