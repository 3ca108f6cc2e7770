<?php
/**
 * What a refund request comes to, line by line.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Turns "1 of the 2 mugs, €5 off the lamp, and the shipping" into what
 * wc_create_refund() takes, checked against what remains refundable of
 * each line and of the order, in the store's smallest unit (cents) so
 * rounding never lets a refund creep over. The preview and the refund use
 * the same plan, so the confirm dialog shows exactly what is sent.
 *
 * An amount is what the customer gets back, tax included; it is split
 * between the line's net and its taxes in the proportion that remains.
 */
final class RefundPlan {

	/**
	 * A checked plan.
	 *
	 * @param array[] $lines Planned lines: id, item, name, type, quantity, amount, total, taxes.
	 * @param float   $extra Amount not tied to a line.
	 * @param float   $total What the refund comes to.
	 * @param bool    $full  Whether it refunds everything that remains.
	 */
	private function __construct( public readonly array $lines, public readonly float $extra, public readonly float $total, public readonly bool $full ) {}

	/**
	 * The plan of a request, or why it cannot be done.
	 *
	 * @param \WC_Order $order Order.
	 * @param array     $ask   full (bool), lines ({id, quantity?, amount?}[]), shipping (bool), amount (float).
	 * @return self|WP_Error
	 */
	public static function of( \WC_Order $order, array $ask ) {
		$left = self::cents( (float) $order->get_remaining_refund_amount() );
		if ( $left <= 0 ) {
			return self::error( 'storedesk_refund_nothing_left', __( 'Everything on this order has already been refunded.', 'storedesk' ) );
		}
		$full = ! empty( $ask['full'] );
		if ( $full && ( ! empty( $ask['lines'] ) || ! empty( $ask['shipping'] ) || ! empty( $ask['amount'] ) ) ) {
			return self::error( 'storedesk_refund_conflict', __( 'A full refund takes no lines, shipping or amount: it refunds everything that remains.', 'storedesk' ) );
		}
		$items = $order->get_items( array( 'line_item', 'fee', 'shipping' ) );
		$asked = array();
		foreach ( $full ? array() : (array) ( $ask['lines'] ?? array() ) as $line ) {
			$id = (int) ( $line['id'] ?? 0 );
			if ( ! isset( $items[ $id ] ) || $items[ $id ]->is_type( 'shipping' ) || isset( $asked[ $id ] ) ) {
				/* translators: %d: order line id */
				return self::error( 'storedesk_refund_line_invalid', sprintf( __( 'Line %d is not a product or fee of this order, or is listed twice.', 'storedesk' ), $id ) );
			}
			$asked[ $id ] = $line;
		}
		$lines = array();
		foreach ( $items as $id => $item ) {
			$take = $full || ( ! empty( $ask['shipping'] ) && $item->is_type( 'shipping' ) );
			if ( ( ! $take && ! isset( $asked[ $id ] ) ) || ! ( $item instanceof \WC_Order_Item_Product || $item instanceof \WC_Order_Item_Fee || $item instanceof \WC_Order_Item_Shipping ) ) {
				continue;
			}
			$line = self::line( $order, $item, $take ? null : $asked[ $id ] );
			if ( is_wp_error( $line ) ) {
				return $line;
			}
			if ( $line['amount'] > 0 || $line['quantity'] > 0 ) {
				$lines[] = $line;
			}
		}
		$extra = $full ? 0 : self::cents( (float) ( $ask['amount'] ?? 0 ) );
		$total = $full ? $left : array_sum( array_column( $lines, 'amount' ) ) + $extra;
		if ( $total <= 0 ) {
			return self::error( 'storedesk_refund_empty', __( 'Choose what to refund: lines, shipping or an amount.', 'storedesk' ) );
		}
		if ( $total > $left ) {
			/* translators: 1: amount asked, 2: amount left */
			return self::error( 'storedesk_refund_too_much', sprintf( __( 'That is %1$s, but only %2$s of this order is left to refund.', 'storedesk' ), self::price( $total, $order ), self::price( $left, $order ) ) );
		}
		return new self( $lines, self::amount( $extra ), self::amount( $total ), $full || $total === $left );
	}

	/**
	 * Lines as wc_create_refund() takes them.
	 *
	 * @return array<int, array{qty: int, refund_total: string, refund_tax: array}>
	 */
	public function line_items(): array {
		$out = array();
		foreach ( $this->lines as $line ) {
			$out[ $line['id'] ] = array(
				'qty'          => $line['quantity'],
				'refund_total' => wc_format_decimal( self::amount( $line['total'] ) ),
				'refund_tax'   => array_map( static fn( $c ) => wc_format_decimal( self::amount( $c ) ), $line['taxes'] ),
			);
		}
		return $out;
	}

	/**
	 * One line of the plan, in cents.
	 *
	 * @param \WC_Order                                                         $order Order.
	 * @param \WC_Order_Item_Product|\WC_Order_Item_Fee|\WC_Order_Item_Shipping $item  Line.
	 * @param array|null                                                        $ask   quantity and amount asked, null for all that remains.
	 * @return array|WP_Error
	 */
	private static function line( \WC_Order $order, \WC_Order_Item_Product|\WC_Order_Item_Fee|\WC_Order_Item_Shipping $item, ?array $ask ) {
		$id      = $item->get_id();
		$type    = $item->get_type();
		$product = $item instanceof \WC_Order_Item_Product;
		$bought  = $product ? (int) $item->get_quantity() : 0;
		$qty_on  = $bought - abs( (int) $order->get_qty_refunded_for_item( $id, $type ) );
		$net     = self::cents( (float) $item->get_total() ) - self::cents( (float) $order->get_total_refunded_for_item( $id, $type ) );
		$taxes   = array();
		foreach ( (array) ( $item->get_taxes()['total'] ?? array() ) as $rate => $tax ) {
			$taxes[ $rate ] = self::cents( (float) $tax ) - self::cents( (float) $order->get_tax_refunded_for_item( $id, $rate, $type ) );
		}
		$left     = max( 0, $net + array_sum( $taxes ) );
		$quantity = null === $ask ? max( 0, $qty_on ) : ( $product ? (int) ( $ask['quantity'] ?? 0 ) : 0 );
		if ( $quantity < 0 || $quantity > max( 0, $qty_on ) ) {
			/* translators: 1: quantity, 2: product, 3: quantity left */
			return self::error( 'storedesk_refund_quantity', sprintf( __( 'Cannot refund %1$d × %2$s: %3$d left to refund.', 'storedesk' ), $quantity, $item->get_name(), max( 0, $qty_on ) ) );
		}
		if ( null === $ask ) {
			$amount = $left;
		} elseif ( isset( $ask['amount'] ) ) {
			$amount = self::cents( (float) $ask['amount'] );
		} elseif ( $quantity > 0 ) {
			// The unit price with its tax, as WooCommerce's refund form counts it.
			$unit   = ( (float) $item->get_total() + (float) $item->get_total_tax() ) / max( 1, $bought );
			$amount = min( $left, self::cents( $unit * $quantity ) );
		} else {
			/* translators: %s: line name */
			return self::error( 'storedesk_refund_line_empty', sprintf( __( 'Say how many of %s to refund, or how much.', 'storedesk' ), $item->get_name() ) );
		}
		if ( $amount < 0 || $amount > $left ) {
			/* translators: 1: amount asked, 2: line name, 3: amount left */
			return self::error( 'storedesk_refund_too_much', sprintf( __( 'That is %1$s for %2$s, but only %3$s of it is left to refund.', 'storedesk' ), self::price( $amount, $order ), $item->get_name(), self::price( $left, $order ) ) );
		}
		// Split what is refunded over the taxes in the proportion that remains; the net takes the rounding.
		$split = array();
		foreach ( $taxes as $rate => $tax ) {
			$split[ $rate ] = $left > 0 ? (int) round( $tax * $amount / $left ) : 0;
		}
		return array(
			'id'       => $id,
			'item'     => $item,
			'name'     => $item->get_name(),
			'type'     => $type,
			'quantity' => $quantity,
			'amount'   => $amount,
			'total'    => $amount - array_sum( $split ),
			'taxes'    => $split,
		);
	}

	/**
	 * An amount in the store's smallest unit.
	 *
	 * @param float $amount Amount.
	 */
	public static function cents( float $amount ): int {
		return (int) round( $amount * 10 ** wc_get_price_decimals() );
	}

	/**
	 * Back from the smallest unit.
	 *
	 * @param int $cents Amount in the smallest unit.
	 */
	public static function amount( int $cents ): float {
		return round( $cents / 10 ** wc_get_price_decimals(), wc_get_price_decimals() );
	}

	/**
	 * Cents as the store writes them.
	 *
	 * @param int       $cents Amount in the smallest unit.
	 * @param \WC_Order $order Order (currency).
	 */
	private static function price( int $cents, \WC_Order $order ): string {
		return OrderTrail::money( self::amount( $cents ), $order )['label'];
	}

	/**
	 * A refused request.
	 *
	 * @param string $code    Stable code.
	 * @param string $message Words for the agent.
	 */
	private static function error( string $code, string $message ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => 400 ) );
	}
}
