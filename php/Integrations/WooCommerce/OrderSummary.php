<?php
/**
 * An order in a line, for lists.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Number, date, status, total and what was bought, formatted by
 * WooCommerce itself (the store's currency format and date format).
 */
class OrderSummary {

	/**
	 * The order's line.
	 *
	 * @param \WC_Order $order Order.
	 */
	public function present( \WC_Order $order ): array {
		$created = $order->get_date_created();
		$items   = array();
		foreach ( $order->get_items() as $item ) {
			$items[] = array(
				'name'     => $item->get_name(),
				'quantity' => (int) $item->get_quantity(),
			);
		}
		return array(
			'id'           => $order->get_id(),
			'number'       => (string) $order->get_order_number(),
			'date'         => $created ? $created->date( DATE_RFC3339 ) : null,
			'date_label'   => Store::date( $created ),
			'status'       => $order->get_status(),
			'status_label' => wc_get_order_status_name( $order->get_status() ),
			'total'        => (float) $order->get_total(),
			'total_label'  => Store::price( (float) $order->get_total(), $order->get_currency() ),
			'currency'     => $order->get_currency(),
			'items'        => $items,
			'customer_id'  => (int) $order->get_customer_id(),
			'billing_name' => $order->get_formatted_billing_full_name(),
			'billing'      => (string) $order->get_billing_email(),
			'edit_url'     => current_user_can( 'edit_shop_orders' ) ? $order->get_edit_order_url() : null,
		);
	}
}
