<?php
/**
 * Orders findable by the customer's phone number.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Contacts\Identity;

defined( 'ABSPATH' ) || exit;

/**
 * Shoppers type their billing phone any way they like ("0151 2345 6789",
 * "+49 (151) 23456789"); WhatsApp and SMS give us E.164. Each order keeps
 * its billing phone in E.164 as order meta, written through the CRUD so it
 * lands in whichever order storage the store uses, and a guest order is
 * found by it with an equality query.
 */
class OrderPhones {

	public const META = '_storedesk_billing_phone';

	/** The query variable for order posts, which wc_get_orders() takes no meta_query for. */
	private const POSTS_VAR = 'storedesk_billing_phones';

	/** Hooks the order save, and the phone query on order posts. */
	public function register(): void {
		add_action( 'woocommerce_before_order_object_save', array( $this, 'stamp' ) );
		add_filter( 'woocommerce_order_data_store_cpt_get_orders_query', array( $this, 'posts_query' ), 10, 2 );
	}

	/**
	 * The wc_get_orders() arguments for orders billed to any of some numbers,
	 * in whichever order storage the store uses.
	 *
	 * @param string[] $phones Numbers in E.164.
	 */
	public static function query( array $phones ): array {
		$clause = array(
			'key'     => self::META,
			'value'   => array_values( $phones ),
			'compare' => 'IN',
		);
		return \Automattic\WooCommerce\Utilities\OrderUtil::custom_orders_table_usage_is_enabled()
			? array( 'meta_query' => array( $clause ) ) // phpcs:ignore WordPress.DB.SlowDBQuery -- one indexed key and value.
			: array( self::POSTS_VAR => $clause );
	}

	/**
	 * Turns the phone variable into WP_Query's meta query on order posts.
	 *
	 * @param array $query      WP_Query arguments.
	 * @param array $query_vars wc_get_orders() arguments.
	 */
	public function posts_query( $query, $query_vars ): array {
		$query = (array) $query;
		if ( ! empty( $query_vars[ self::POSTS_VAR ] ) ) {
			$query['meta_query'][] = $query_vars[ self::POSTS_VAR ]; // phpcs:ignore WordPress.DB.SlowDBQuery -- one key, as above.
		}
		return $query;
	}

	/**
	 * Keeps the meta in step with the billing phone.
	 *
	 * @param mixed $order Order about to be saved.
	 */
	public function stamp( $order ): void {
		if ( ! $order instanceof \WC_Order ) {
			return;
		}
		$phone = Identity::phone( (string) $order->get_billing_phone() ) ?? '';
		if ( (string) $order->get_meta( self::META ) !== $phone ) {
			'' === $phone ? $order->delete_meta_data( self::META ) : $order->update_meta_data( self::META, $phone );
		}
	}

	/**
	 * An order's billing phone in E.164, or null.
	 *
	 * @param \WC_Order $order Order.
	 */
	public static function of( \WC_Order $order ): ?string {
		$stored = (string) $order->get_meta( self::META );
		return '' !== $stored ? $stored : Identity::phone( (string) $order->get_billing_phone() );
	}
}
