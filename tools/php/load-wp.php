<?php
/**
 * Boots the WordPress site named by STOREDESK_SITE (a directory) for a CLI
 * script, as the site's first administrator.
 *
 * @package Storedesk
 */

$storedesk_site = getenv( 'STOREDESK_SITE' );
if ( ! $storedesk_site || ! is_file( $storedesk_site . '/wp-load.php' ) ) {
	fwrite( STDERR, "Set STOREDESK_SITE to a site directory (for example .wp/dev).\n" );
	exit( 2 );
}
$storedesk_url            = (string) ( getenv( 'STOREDESK_URL' ) ?: 'http://127.0.0.1' );
$_SERVER['HTTP_HOST']     = (string) parse_url( $storedesk_url, PHP_URL_HOST ) . ( parse_url( $storedesk_url, PHP_URL_PORT ) ? ':' . parse_url( $storedesk_url, PHP_URL_PORT ) : '' );
$_SERVER['SERVER_NAME']   = (string) parse_url( $storedesk_url, PHP_URL_HOST );
$_SERVER['REQUEST_URI']   = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
if ( getenv( 'STOREDESK_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require $storedesk_site . '/wp-load.php';
if ( ! defined( 'WP_INSTALLING' ) ) {
	$storedesk_admins = get_users( array( 'role' => 'administrator', 'number' => 1, 'orderby' => 'ID' ) );
	wp_set_current_user( $storedesk_admins ? $storedesk_admins[0]->ID : 0 );
}
