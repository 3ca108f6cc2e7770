<?php
/**
 * PSR-4 autoloader for the Storedesk\ namespace; the plugin ships no runtime Composer packages.
 *
 * @package Storedesk
 */

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	static function ( string $class_name ): void {
		if ( ! str_starts_with( $class_name, 'Storedesk\\' ) || str_starts_with( $class_name, 'Storedesk\\Tests\\' ) ) {
			return;
		}
		$file = __DIR__ . '/' . str_replace( '\\', '/', substr( $class_name, 10 ) ) . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);
