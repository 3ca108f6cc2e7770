<?php
/**
 * Installs WordPress into a site directory, or activates its plugins.
 *
 * Usage: STOREDESK_SITE=DIR STOREDESK_URL=URL php install-site.php install|activate [woocommerce]
 * (two steps: plugins must activate in a normal load, not during install).
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

$storedesk_plugins = array( 'storedesk/plugin.php' );
if ( in_array( 'woocommerce', $argv, true ) ) {
	array_unshift( $storedesk_plugins, 'woocommerce/woocommerce.php' );
	// A demo store needs no onboarding wizard and no "coming soon" page.
	update_option( 'woocommerce_onboarding_profile', array( 'skipped' => true ) );
	update_option( 'woocommerce_coming_soon', 'no' );
	update_option( 'woocommerce_store_pages_only', 'no' );
}
foreach ( $storedesk_plugins as $storedesk_plugin ) {
	$storedesk_result = activate_plugin( $storedesk_plugin );
	if ( is_wp_error( $storedesk_result ) ) {
		fwrite( STDERR, $storedesk_plugin . ': ' . $storedesk_result->get_error_message() . "\n" );
		exit( 1 );
	}
}
delete_transient( '_wc_activation_redirect' );
flush_rewrite_rules( false );
echo 'Active: ' . implode( ', ', (array) get_option( 'active_plugins' ) ) . "\n";
