<?php
/**
 * What a refund will do, before it is done.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The confirm dialog's content: the same plan and checks the refund runs,
 * and what WooCommerce will do besides (restock, status, the customer's
 * email), read from WooCommerce itself. Nothing is written, and the
 * gateway is not asked.
 */
class RefundPreview {

	/**
	 * Builds the preview.
	 *
	 * @param RefundOrder $refunds The refund it previews.
	 * @param OrderEmails $emails  What WooCommerce will send.
	 */
	public function __construct( private RefundOrder $refunds, private OrderEmails $emails ) {}

	/**
	 * Exactly what the refund will do, changing nothing.
	 *
	 * @param \WC_Order $order Order.
	 * @param array     $ask   full, lines, shipping, amount (RefundPlan) and method, restock, reason.
	 * @return array|WP_Error
	 */
	public function of( \WC_Order $order, array $ask ) {
		$ask  = RefundOrder::defaults( $ask );
		$plan = $this->refunds->check( $order, $ask );
		if ( is_wp_error( $plan ) ) {
			return $plan;
		}
		$gateway = wc_get_payment_gateway_by_order( $order );
		$restock = $ask['restock'];
		$after   = $plan->full ? (string) apply_filters( 'woocommerce_order_fully_refunded_status', 'refunded', $order->get_id(), 0 ) : ''; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's hook, asked as wc_create_refund() will.
		$actions = array( $plan->full ? 'woocommerce_order_fully_refunded' : 'woocommerce_order_partially_refunded' );
		if ( $after && $after !== $order->get_status() ) {
			array_push( $actions, "woocommerce_order_status_{$order->get_status()}_to_{$after}", "woocommerce_order_status_{$after}" );
		}
		return array(
			'order_id'        => $order->get_id(),
			'lines'           => array_map(
				fn( $line ) => array(
					'id'       => $line['id'],
					'name'     => $line['name'],
					'type'     => $line['type'],
					'quantity' => $line['quantity'],
					'amount'   => OrderTrail::money( RefundPlan::amount( $line['amount'] ), $order ),
					'restock'  => $restock ? $this->restocks( $line ) : 0,
				),
				$plan->lines
			),
			'extra'           => $plan->extra > 0 ? OrderTrail::money( $plan->extra, $order ) : null,
			'total'           => OrderTrail::money( $plan->total, $order ),
			'remaining_after' => OrderTrail::money( RefundPlan::amount( RefundPlan::cents( (float) $order->get_remaining_refund_amount() ) - RefundPlan::cents( $plan->total ) ), $order ),
			'full'            => $plan->full,
			'status_after'    => $after && $after !== $order->get_status() ? $after : null,
			'method'          => $ask['method'],
			'gateway'         => array(
				'id'      => (string) $order->get_payment_method(),
				'title'   => RefundWords::gateway_title( $order ),
				'refunds' => $gateway && $gateway->can_refund_order( $order ),
			),
			'restock'         => $restock,
			'reason'          => $ask['reason'],
			'emails'          => array_map( fn( $e ) => $this->emails->describe( $e, $order ), $this->emails->sent_on( $actions, $order ) ),
			/* translators: %s: "€12.00 of order #123 (1 × Blue mug) — manual refund, no money sent" */
			'summary'         => sprintf( __( 'Refund %s.', 'storedesk' ), RefundWords::sentence( $order, $plan, $ask['method'] ) ),
		);
	}

	/**
	 * How many of a line WooCommerce will put back in stock (wc_restock_refunded_items()).
	 *
	 * @param array $line Planned line.
	 */
	private function restocks( array $line ): int {
		$item    = $line['item'];
		$product = $item instanceof \WC_Order_Item_Product ? $item->get_product() : null;
		return $product && $product->managing_stock() && $item->get_meta( '_reduced_stock', true ) ? $line['quantity'] : 0;
	}
}
