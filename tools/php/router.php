<?php
/**
 * Router for `php -S`: real files are served as they are, directories run
 * their own index.php (wp-admin/), everything else goes to WordPress's
 * front controller (pretty permalinks, /wp-json/).
 *
 * @package Storedesk
 */

$storedesk_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$storedesk_path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$storedesk_file = $storedesk_root . $storedesk_path;

if ( is_dir( $storedesk_file ) && is_file( rtrim( $storedesk_file, '/' ) . '/index.php' ) ) {
	if ( ! str_ends_with( $storedesk_path, '/' ) ) {
		header( 'Location: ' . $storedesk_path . '/', true, 301 );
		return true;
	}
	$storedesk_file = rtrim( $storedesk_file, '/' ) . '/index.php';
}
if ( is_file( $storedesk_file ) ) {
	if ( ! str_ends_with( $storedesk_file, '.php' ) ) {
		return false;
	}
	$_SERVER['SCRIPT_NAME']     = substr( $storedesk_file, strlen( $storedesk_root ) );
	$_SERVER['SCRIPT_FILENAME'] = $storedesk_file;
	$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
	chdir( dirname( $storedesk_file ) );
	require $storedesk_file;
	return true;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $storedesk_root . '/index.php';
chdir( $storedesk_root );
require $storedesk_root . '/index.php';
