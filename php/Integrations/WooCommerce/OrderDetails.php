<?php
/**
 * An order in full, for the ticket it is about.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * What an agent needs to answer about an order without opening it: the
 * lines with what was refunded of each, where and how it ships, how it was
 * paid, its refunds and the notes the customer has seen.
 */
class OrderDetails {

	/**
	 * Builds the presenter.
	 *
	 * @param OrderSummary $summary  The order's line.
	 * @param Tracking     $tracking Its shipments.
	 */
	public function __construct( private OrderSummary $summary, private Tracking $tracking ) {}

	/**
	 * The order in full.
	 *
	 * @param \WC_Order $order Order.
	 */
	public function present( \WC_Order $order ): array {
		$currency = $order->get_currency();
		$money    = static fn( $amount ) => array(
			'amount' => (float) $amount,
			'label'  => Store::price( (float) $amount, $currency ),
		);
		$gateway  = wc_get_payment_gateway_by_order( $order );
		// WC_Order::get_refunds() queries again on every call.
		$refunds = $order->get_refunds();
		return array_merge(
			$this->summary->present( $order ),
			array(
				'lines'            => $this->lines( $order, $refunds, $money ),
				'totals'           => array(
					'subtotal' => $money( $order->get_subtotal() ),
					'discount' => $money( $order->get_total_discount() ),
					'shipping' => $money( $order->get_shipping_total() ),
					'tax'      => $money( $order->get_total_tax() ),
					'total'    => $money( $order->get_total() ),
					'refunded' => $money( $order->get_total_refunded() ),
					'net'      => $money( (float) $order->get_total() - (float) $order->get_total_refunded() ),
				),
				'shipping_address' => $this->address( (string) $order->get_formatted_shipping_address() ),
				'billing_address'  => $this->address( (string) $order->get_formatted_billing_address() ),
				'billing_email'    => (string) $order->get_billing_email(),
				'billing_phone'    => (string) $order->get_billing_phone(),
				'shipping_method'  => (string) $order->get_shipping_method(),
				'payment_method'   => (string) $order->get_payment_method_title(),
				'gateway_refunds'  => $gateway && $gateway->supports( 'refunds' ),
				'tracking'         => $this->tracking->of( $order ),
				'refunds'          => $this->refunds( $refunds, $money ),
				'customer_note'    => (string) $order->get_customer_note(),
				'notes'            => $this->customer_notes( $order ),
			)
		);
	}

	/**
	 * Order lines with their thumbnails and what was refunded of each.
	 *
	 * @param \WC_Order          $order   Order.
	 * @param \WC_Order_Refund[] $refunds Its refunds.
	 * @param callable           $money   Amount => amount and label.
	 */
	private function lines( \WC_Order $order, array $refunds, callable $money ): array {
		$lines    = array();
		$refunded = $this->refunded_by_line( $refunds );
		foreach ( $order->get_items() as $item_id => $item ) {
			$product  = $item instanceof \WC_Order_Item_Product ? $item->get_product() : null;
			$image    = $product ? wp_get_attachment_image_url( (int) $product->get_image_id(), 'woocommerce_gallery_thumbnail' ) : false;
			$quantity = (int) $item->get_quantity();
			$lines[]  = array(
				'id'                => (int) $item_id,
				'name'              => $item->get_name(),
				'sku'               => $product ? (string) $product->get_sku() : '',
				'product_id'        => $product ? $product->get_id() : 0,
				'quantity'          => $quantity,
				'price'             => $money( $quantity ? (float) $order->get_item_subtotal( $item, false, false ) : 0 ),
				'total'             => $money( $order->get_line_total( $item, false, false ) ),
				'tax'               => (float) $order->get_line_tax( $item ),
				'refunded_quantity' => abs( (int) ( $refunded[ $item_id ]['quantity'] ?? 0 ) ),
				'refunded'          => $money( round( -1 * ( $refunded[ $item_id ]['total'] ?? 0.0 ), wc_get_price_decimals() ) ),
				'thumbnail'         => $image ? $image : null,
			);
		}
		return $lines;
	}

	/**
	 * What the refunds took back of each line, in one pass over them:
	 * WC_Order::get_qty_refunded_for_item() and get_total_refunded_for_item()
	 * add up the same refund lines, but query the refunds again on each call.
	 *
	 * @param \WC_Order_Refund[] $refunds The order's refunds.
	 * @return array<int, array{quantity: float, total: float}> By the order's line id; negative, as WooCommerce keeps them.
	 */
	private function refunded_by_line( array $refunds ): array {
		$out = array();
		foreach ( $refunds as $refund ) {
			foreach ( $refund->get_items( 'line_item' ) as $refunded ) {
				if ( ! $refunded instanceof \WC_Order_Item_Product ) {
					continue;
				}
				$line                     = absint( $refunded->get_meta( '_refunded_item_id' ) );
				$out[ $line ]['quantity'] = ( $out[ $line ]['quantity'] ?? 0 ) + (float) $refunded->get_quantity();
				$out[ $line ]['total']    = ( $out[ $line ]['total'] ?? 0 ) + (float) $refunded->get_total();
			}
		}
		return $out;
	}

	/**
	 * The order's refunds, oldest first.
	 *
	 * @param \WC_Order_Refund[] $refunds The order's refunds, newest first.
	 * @param callable           $money   Amount => amount and label.
	 */
	private function refunds( array $refunds, callable $money ): array {
		$out = array();
		foreach ( array_reverse( $refunds ) as $refund ) {
			$by    = (int) $refund->get_refunded_by();
			$out[] = array(
				'id'     => $refund->get_id(),
				'amount' => $money( $refund->get_amount() ),
				'reason' => (string) $refund->get_reason(),
				'date'   => Store::date( $refund->get_date_created() ),
				'by'     => $by ? (string) get_the_author_meta( 'display_name', $by ) : '',
				'manual' => ! $refund->get_refunded_payment(),
			);
		}
		return $out;
	}

	/**
	 * Notes the customer was sent, newest first: what they already know.
	 *
	 * @param \WC_Order $order Order.
	 */
	private function customer_notes( \WC_Order $order ): array {
		$out = array();
		foreach ( wc_get_order_notes(
			array(
				'order_id' => $order->get_id(),
				'type'     => 'customer',
			)
		) as $note ) {
			$out[] = array(
				'id'      => (int) $note->id,
				'content' => wp_strip_all_tags( (string) $note->content ),
				'date'    => Store::date( $note->date_created ),
			);
		}
		return $out;
	}

	/**
	 * An address WooCommerce formatted with <br/>, as lines.
	 *
	 * @param string $formatted Formatted address.
	 * @return string[]
	 */
	private function address( string $formatted ): array {
		return array_values( array_filter( array_map( static fn( $l ) => trim( wp_strip_all_tags( $l ) ), preg_split( '/<br\s*\/?>/i', $formatted ) ) ) );
	}
}
