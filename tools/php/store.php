<?php
/**
 * What install-site.php and seed-store.php share about the demo store: its
 * first settings, and the summary line that tools/lib/site.mjs and
 * tools/start.mjs read.
 *
 * @package Storedesk
 */

/**
 * A new store's settings: a shop in Leipzig selling in euros, as the demo's
 * conversations have it.
 */
function storedesk_store_settings(): void {
	$settings = array(
		'woocommerce_store_address'                 => 'Karl-Liebknecht-Straße 12',
		'woocommerce_store_city'                    => 'Leipzig',
		'woocommerce_store_postcode'                => '04107',
		'woocommerce_default_country'               => 'DE:DE-SN',
		'woocommerce_currency'                      => 'EUR',
		'woocommerce_currency_pos'                  => 'left',
		'woocommerce_price_thousand_sep'            => ',',
		'woocommerce_price_decimal_sep'             => '.',
		'woocommerce_price_num_decimals'            => '2',
		'woocommerce_weight_unit'                   => 'kg',
		'woocommerce_dimension_unit'                => 'cm',
		'woocommerce_allowed_countries'             => 'all',
		'woocommerce_specific_ship_to_countries'    => array(),
		'woocommerce_enable_guest_checkout'         => 'yes',
		'woocommerce_enable_myaccount_registration' => 'yes',
	);
	foreach ( $settings as $name => $value ) {
		update_option( $name, $value );
	}
}

/**
 * Products, orders, when the demo store was seeded ('' if not), the shop's
 * address, the WooCommerce version and the first customers' logins.
 * Orders are counted from the table WooCommerce uses, by status, so the
 * count is the same on either order storage and in a run that has just
 * activated WooCommerce (its order statuses are not registered there yet).
 */
function storedesk_store_summary(): array {
	$counts = \Automattic\WooCommerce\Utilities\OrderUtil::get_count_for_type( 'shop_order' );
	return array(
		'products'  => (int) ( wp_count_posts( 'product' )->publish ?? 0 ),
		'orders'    => array_sum( array_intersect_key( $counts, wc_get_order_statuses() ) ),
		'seeded'    => (string) get_option( 'storedesk_demo_store_seeded', '' ),
		'shop'      => (string) get_permalink( wc_get_page_id( 'shop' ) ),
		'version'   => (string) WC()->version,
		'customers' => get_users(
			array(
				'role'    => 'customer',
				'number'  => 5,
				'orderby' => 'ID',
				'fields'  => 'user_login',
			)
		),
	);
}

/** Prints the summary line: `Store: {json}`. */
function storedesk_print_store_summary(): void {
	echo 'Store: ' . wp_json_encode( storedesk_store_summary(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI, JSON.
}
