<?php
/**
 * PSR-4 autoloader for the Storedesk\ namespace, and for the Composer packages
 * the plugin runs with, prefixed under Storedesk\Vendor\ in build/php-vendor/.
 *
 * @package Storedesk
 */

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	static function ( string $class_name ): void {
		if ( ! str_starts_with( $class_name, 'Storedesk\\' ) || str_starts_with( $class_name, 'Storedesk\\Tests\\' ) ) {
			return;
		}
		// Another plugin's copy of the same library keeps its own names: ours are prefixed.
		$vendor = str_starts_with( $class_name, 'Storedesk\\Vendor\\' );
		$file   = $vendor
			? dirname( __DIR__ ) . '/build/php-vendor/' . str_replace( '\\', '/', substr( $class_name, 17 ) ) . '.php'
			: __DIR__ . '/' . str_replace( '\\', '/', substr( $class_name, 10 ) ) . '.php';
		// The packages' global helpers, with the first of their classes: most requests use none.
		if ( $vendor && is_readable( dirname( __DIR__ ) . '/build/php-vendor/files.php' ) ) {
			require_once dirname( __DIR__ ) . '/build/php-vendor/files.php';
		}
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);
