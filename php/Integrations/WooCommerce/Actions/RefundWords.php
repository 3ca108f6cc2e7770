<?php
/**
 * How a refund is put into words.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

defined( 'ABSPATH' ) || exit;

/**
 * One wording for the confirm dialog, the order note and the thread event,
 * so what the agent confirmed reads the same as what was recorded.
 */
final class RefundWords {

	/**
	 * "€12.00 (1 × Blue mug, shipping)": the amount and what it is for.
	 *
	 * @param \WC_Order  $order Order.
	 * @param RefundPlan $plan  Plan.
	 */
	public static function what( \WC_Order $order, RefundPlan $plan ): string {
		return OrderTrail::money( $plan->total, $order )['label'] . self::lines( $plan );
	}

	/**
	 * "€12.00 of order #123 (1 × Blue mug) — manual refund, no money sent".
	 *
	 * @param \WC_Order  $order  Order.
	 * @param RefundPlan $plan   Plan.
	 * @param string     $method gateway or manual.
	 */
	public static function sentence( \WC_Order $order, RefundPlan $plan, string $method ): string {
		return sprintf(
			/* translators: 1: amount, 2: order number, 3: lines in brackets or nothing, 4: how the money goes back */
			__( '%1$s of order #%2$s%3$s — %4$s', 'storedesk' ),
			OrderTrail::money( $plan->total, $order )['label'],
			$order->get_order_number(),
			self::lines( $plan ),
			'gateway' === $method
				/* translators: %s: payment gateway */
				? sprintf( __( 'through %s', 'storedesk' ), self::gateway_title( $order ) )
				: __( 'manual refund, no money sent', 'storedesk' )
		);
	}

	/**
	 * " (1 × Blue mug, shipping)", or '' for an amount tied to no line.
	 *
	 * @param RefundPlan $plan Plan.
	 */
	private static function lines( RefundPlan $plan ): string {
		$parts = array();
		foreach ( $plan->lines as $line ) {
			/* translators: 1: quantity, 2: product */
			$parts[] = $line['quantity'] > 0 ? sprintf( __( '%1$d × %2$s', 'storedesk' ), $line['quantity'], $line['name'] ) : ( 'shipping' === $line['type'] ? __( 'shipping', 'storedesk' ) : $line['name'] );
		}
		return $parts ? ' (' . implode( ', ', $parts ) . ')' : '';
	}

	/**
	 * The payment method's name as the customer saw it.
	 *
	 * @param \WC_Order $order Order.
	 */
	public static function gateway_title( \WC_Order $order ): string {
		$gateway = wc_get_payment_gateway_by_order( $order );
		$title   = $gateway ? (string) $gateway->get_title() : (string) $order->get_payment_method_title();
		return '' !== $title ? $title : __( 'The payment method', 'storedesk' );
	}

	/**
	 * A gateway's message as a sentence (they often lack the full stop).
	 *
	 * @param string $message Message.
	 */
	public static function sentence_end( string $message ): string {
		$message = trim( wp_strip_all_tags( $message ) );
		return '' === $message || preg_match( '/[.!?]$/u', $message ) ? $message : $message . '.';
	}
}
