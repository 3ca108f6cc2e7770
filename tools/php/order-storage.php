<?php
/**
 * Switches a test site's WooCommerce order storage, as `wp wc hpos enable`
 * and `wp wc hpos disable` do, with compatibility mode (sync) off.
 *
 * Usage: STOREDESK_SITE=DIR STOREDESK_URL=URL php order-storage.php hpos|posts
 *
 * - hpos:  orders live in WooCommerce's own tables (wc_orders …), made first
 *          when they are missing.
 * - posts: orders live in wp_posts as shop_order posts (legacy storage).
 *
 * Either way nothing is copied to the other store. Prints the storage now in
 * use, as WooCommerce reports it (OrderUtil); exits 1 when that is not the one
 * asked for, and 0 without doing anything when WooCommerce is not active.
 *
 * @package Storedesk
 */

use Automattic\WooCommerce\Internal\DataStores\Orders\DataSynchronizer;
use Automattic\WooCommerce\Internal\Features\FeaturesController;
use Automattic\WooCommerce\Utilities\OrderUtil;

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a CLI script writing to a terminal, not a page.

$storedesk_want = $argv[1] ?? '';
if ( ! in_array( $storedesk_want, array( 'hpos', 'posts' ), true ) ) {
	fwrite( STDERR, "Usage: STOREDESK_SITE=DIR STOREDESK_URL=URL php order-storage.php hpos|posts\n" );
	exit( 2 );
}
require __DIR__ . '/load-wp.php';

if ( ! function_exists( 'wc_get_container' ) || ! class_exists( OrderUtil::class ) ) {
	echo "Order storage: WooCommerce is not active here; nothing to switch.\n";
	exit( 0 );
}

$storedesk_sync     = wc_get_container()->get( DataSynchronizer::class );
$storedesk_features = wc_get_container()->get( FeaturesController::class );
$storedesk_hpos     = 'hpos' === $storedesk_want;

// Compatibility mode off: each order is written to one store only.
update_option( DataSynchronizer::ORDERS_DATA_SYNC_ENABLED_OPTION, 'no' );

if ( $storedesk_hpos && ! $storedesk_sync->check_orders_table_exists() && ! $storedesk_sync->create_database_tables() ) {
	fwrite( STDERR, "Order storage: WooCommerce could not create its order tables.\n" );
	exit( 1 );
}

if ( OrderUtil::custom_orders_table_usage_is_enabled() !== $storedesk_hpos ) {
	// WooCommerce refuses the switch while orders are out of sync; on a test
	// site that means orders were made before the switch, which is a mistake.
	$storedesk_pending = $storedesk_sync->get_total_pending_count();
	if ( $storedesk_pending > 0 ) {
		fwrite( STDERR, "Order storage: {$storedesk_pending} orders exist in only one store; switch before making orders.\n" );
		exit( 1 );
	}
	try {
		$storedesk_features->change_feature_enable( 'custom_order_tables', $storedesk_hpos );
	} catch ( \Exception $storedesk_error ) {
		fwrite( STDERR, 'Order storage: ' . $storedesk_error->getMessage() . "\n" );
		exit( 1 );
	}
}

// Read back what WooCommerce itself now uses.
wp_cache_delete( 'alloptions', 'options' );
$storedesk_uses_hpos = OrderUtil::custom_orders_table_usage_is_enabled();
$storedesk_syncing   = $storedesk_sync->data_sync_is_enabled();
printf(
	"Order storage: %s, orders in %s, sync %s.\n",
	$storedesk_uses_hpos ? 'HPOS' : 'posts (legacy)',
	OrderUtil::get_table_for_orders(),
	$storedesk_syncing ? 'on' : 'off'
);
if ( $storedesk_uses_hpos !== $storedesk_hpos || $storedesk_syncing ) {
	fwrite( STDERR, "Order storage: asked for {$storedesk_want} with sync off, and WooCommerce did not switch.\n" );
	exit( 1 );
}
