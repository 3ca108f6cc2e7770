<?php
/**
 * Whether the store's WooCommerce is there.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Storedesk runs on plain WordPress; every order feature asks this first.
 */
final class Store {

	/** WooCommerce is loaded with the order CRUD we use. */
	public static function active(): bool {
		return function_exists( 'wc_get_orders' ) && class_exists( \WC_Order::class );
	}

	/**
	 * An order (never a refund: WC_Order_Refund is a sibling class, which wc_get_order() also returns), or null.
	 *
	 * @param int $id Order id.
	 */
	public static function order( int $id ): ?\WC_Order {
		if ( $id <= 0 || ! self::active() ) {
			return null;
		}
		$order = wc_get_order( $id );
		return $order instanceof \WC_Order ? $order : null;
	}

	/**
	 * Orders about to be shown in full, by id (refunds and unknown ids left
	 * out): wc_get_orders() reads their lines, the lines' products and the
	 * refunds in a few batched queries, where wc_get_order() reads each line,
	 * and each refund's lines, on its own.
	 *
	 * @param int[] $ids Order ids.
	 * @return array<int, \WC_Order>
	 */
	public static function orders_in_full( array $ids ): array {
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $ids ), static fn( $id ) => $id > 0 ) ) );
		if ( ! $ids || ! self::active() ) {
			return array();
		}
		$out = array();
		foreach ( (array) wc_get_orders(
			array(
				'post__in' => $ids,
				'type'     => 'shop_order',
				'limit'    => count( $ids ),
			)
		) as $order ) {
			if ( $order instanceof \WC_Order ) {
				$out[ $order->get_id() ] = $order;
			}
		}
		return $out;
	}

	/**
	 * A price as the store writes it (currency, separators, decimals), as text.
	 *
	 * @param float  $amount   Amount.
	 * @param string $currency Currency code, the store's when ''.
	 */
	public static function price( float $amount, string $currency = '' ): string {
		return html_entity_decode( wp_strip_all_tags( wc_price( $amount, array( 'currency' => $currency ) ) ), ENT_QUOTES, 'UTF-8' );
	}

	/**
	 * A date as the store writes it, or null.
	 *
	 * @param \WC_DateTime|null $date Date.
	 */
	public static function date( $date ): ?string {
		return $date ? wc_format_datetime( $date ) : null;
	}
}
