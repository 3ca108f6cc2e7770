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
		// Like a stock Apache or nginx: validators on static files, so a browser
		// revalidates (304) instead of downloading every script on every page.
		// PHP's own static serving sends none, which no real host does.
		$storedesk_tag = '"' . dechex( (int) filemtime( $storedesk_file ) ) . '-' . dechex( (int) filesize( $storedesk_file ) ) . '"';
		if ( trim( $_SERVER['HTTP_IF_NONE_MATCH'] ?? '' ) === $storedesk_tag ) {
			http_response_code( 304 );
			header( 'ETag: ' . $storedesk_tag );
			return true;
		}
		$storedesk_types = array(
			'js'    => 'application/javascript',
			'mjs'   => 'application/javascript',
			'css'   => 'text/css',
			'json'  => 'application/json',
			'map'   => 'application/json',
			'svg'   => 'image/svg+xml',
			'png'   => 'image/png',
			'jpg'   => 'image/jpeg',
			'jpeg'  => 'image/jpeg',
			'gif'   => 'image/gif',
			'webp'  => 'image/webp',
			'ico'   => 'image/x-icon',
			'woff'  => 'font/woff',
			'woff2' => 'font/woff2',
			'ttf'   => 'font/ttf',
			'txt'   => 'text/plain',
		);
		$storedesk_ext = strtolower( pathinfo( $storedesk_file, PATHINFO_EXTENSION ) );
		if ( ! isset( $storedesk_types[ $storedesk_ext ] ) ) {
			return false; // Anything else as PHP serves it.
		}
		header( 'Content-Type: ' . $storedesk_types[ $storedesk_ext ] );
		header( 'Content-Length: ' . filesize( $storedesk_file ) );
		header( 'Last-Modified: ' . gmdate( 'D, d M Y H:i:s', (int) filemtime( $storedesk_file ) ) . ' GMT' );
		header( 'ETag: ' . $storedesk_tag );
		if ( 'HEAD' !== $_SERVER['REQUEST_METHOD'] ) {
			readfile( $storedesk_file );
		}
		return true;
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
