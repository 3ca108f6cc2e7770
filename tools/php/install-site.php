<?php
/**
 * Installs WordPress into a site directory, or activates its plugins.
 *
 * Usage: STOREDESK_SITE=DIR STOREDESK_URL=URL php install-site.php install|activate [woocommerce]
 * (two steps: plugins must activate in a normal load, not during install).
 *
 * `activate` runs on every start of a reused site too, so it only changes
 * what differs: WooCommerce ends up active (and installed, with its pages)
 * exactly when asked for, and it prints what is true afterwards:
 *   Active: <active_plugins, comma separated>
 *   Store: {"products":N,"orders":N,"seeded":"<date or ''>","shop":"<URL>","version":"…"}
 * (the Store line only with WooCommerce; see store.php).
 *
 * @package Storedesk
 */

$storedesk_step = $argv[1] ?? '';
if ( 'install' === $storedesk_step ) {
	putenv( 'STOREDESK_INSTALLING=1' );
}
require __DIR__ . '/load-wp.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once __DIR__ . '/store.php';

const STOREDESK_WOOCOMMERCE = 'woocommerce/woocommerce.php';

if ( 'install' === $storedesk_step ) {
	$storedesk_url = (string) getenv( 'STOREDESK_URL' );
	wp_install( 'Storedesk Demo Store', 'admin', 'admin@example.test', false, '', 'password' );
	update_option( 'siteurl', $storedesk_url );
	update_option( 'home', $storedesk_url );
	update_option( 'permalink_structure', '/%postname%/' );
	update_option( 'timezone_string', 'UTC' );
	// These sites have no internet: avatars from gravatar.com could only fail.
	update_option( 'show_avatars', 0 );
	exit( 0 );
}

/**
 * WooCommerce's install (tables, options, roles) and its pages. The
 * activation hook installs, but a site can hold WooCommerce as active with
 * its install never finished, and WC_Install only makes the pages while
 * woocommerce_db_version is empty: a page deleted later never comes back.
 */
function storedesk_install_store(): void {
	if ( ! get_option( 'woocommerce_db_version' ) ) {
		WC_Install::install();
	}
	foreach ( array( 'shop', 'cart', 'checkout', 'myaccount' ) as $page ) {
		if ( 'publish' !== get_post_status( wc_get_page_id( $page ) ) ) {
			WC_Install::create_pages();
			return;
		}
	}
}

/**
 * Activates a plugin or stops the run with WordPress's reason.
 *
 * @param string $plugin Plugin file, relative to the plugins folder.
 */
function storedesk_activate( string $plugin ): void {
	$result = activate_plugin( $plugin );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $plugin . ': ' . $result->get_error_message() . "\n" );
		exit( 1 );
	}
}

$storedesk_wants_store = in_array( 'woocommerce', $argv, true );
$storedesk_had_store   = is_plugin_active( STOREDESK_WOOCOMMERCE );
$storedesk_first_store = ! get_option( 'woocommerce_version' );
$storedesk_changed     = $storedesk_wants_store !== $storedesk_had_store;
if ( $storedesk_wants_store && ! $storedesk_had_store ) {
	// A demo store needs no onboarding wizard and no "coming soon" page.
	update_option( 'woocommerce_onboarding_profile', array( 'skipped' => true ) );
	update_option( 'woocommerce_coming_soon', 'no' );
	update_option( 'woocommerce_store_pages_only', 'no' );
	storedesk_activate( STOREDESK_WOOCOMMERCE );
} elseif ( ! $storedesk_wants_store && $storedesk_had_store ) {
	// Its folder is gone (site.mjs unlinks it): WordPress would only drop it
	// from active_plugins on a visit to the Plugins screen, and until then
	// is_plugin_active() says yes. Silent, since its code is not loaded.
	deactivate_plugins( STOREDESK_WOOCOMMERCE, true );
}
if ( ! is_plugin_active( 'storedesk/plugin.php' ) ) {
	storedesk_activate( 'storedesk/plugin.php' );
	$storedesk_changed = true;
}
if ( $storedesk_wants_store ) {
	storedesk_install_store();
	// Later runs must not undo what someone changed in the store's settings.
	if ( $storedesk_first_store ) {
		storedesk_store_settings();
	}
}
if ( $storedesk_changed ) {
	delete_transient( '_wc_activation_redirect' );
	flush_rewrite_rules( false );
}
echo 'Active: ' . implode( ', ', (array) get_option( 'active_plugins' ) ) . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI.
if ( $storedesk_wants_store ) {
	storedesk_print_store_summary();
}
