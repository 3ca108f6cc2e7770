<?php
/**
 * Copies the Composer packages the plugin runs with into build/php-vendor/
 * with their namespaces under Storedesk\Vendor\, so another plugin's copy of
 * the same library (Guzzle PSR-7, Pimple…) can never clash with ours.
 * php-scoper and Strauss are not available here; nikic/php-parser is.
 *
 * Usage: php tools/php/prefix-vendor.php [vendor dir] [output dir]
 *
 * @package Storedesk
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions -- a build tool, not plugin code.

require_once dirname( __DIR__, 2 ) . '/vendor/autoload.php';
require_once __DIR__ . '/prefixer/Prefixer.php';

$storedesk_root   = dirname( __DIR__, 2 );
$storedesk_vendor = $argv[1] ?? $storedesk_root . '/vendor';
$storedesk_out    = $argv[2] ?? $storedesk_root . '/build/php-vendor';
try {
	$storedesk_done = ( new \Storedesk\Tools\Prefixer( 'Storedesk\\Vendor' ) )->run( $storedesk_vendor, $storedesk_out );
	fwrite( STDOUT, sprintf( "Prefixed %d files of %s into %s\n", $storedesk_done['files'], implode( ', ', $storedesk_done['packages'] ), $storedesk_out ) );
} catch ( \Throwable $e ) {
	fwrite( STDERR, 'prefix-vendor: ' . $e->getMessage() . "\n" );
	exit( 1 );
}
