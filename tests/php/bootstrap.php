<?php
/**
 * Boots the test site that `npm test` installed (STOREDESK_SITE) on a
 * throw-away database, with Storedesk (and WooCommerce when available)
 * active. Mail never leaves: wp_mail() is captured.
 *
 * @package Storedesk\Tests
 */

if ( ! getenv( 'STOREDESK_SITE' ) ) {
	fwrite( STDERR, "The PHP tests run through `npm test`, which installs the test site and sets STOREDESK_SITE.\n" );
	exit( 2 );
}
define( 'STOREDESK_TESTING', true );
require dirname( __DIR__, 2 ) . '/vendor/autoload.php';
require dirname( __DIR__, 2 ) . '/tools/php/load-wp.php';
wp_set_current_user( 0 );

if ( ! class_exists( \Storedesk\Plugin::class ) ) {
	fwrite( STDERR, "Storedesk is not active on the test site.\n" );
	exit( 2 );
}

// Jobs run when a test calls run_jobs(); no request here starts a runner.
add_filter( 'storedesk_kick_jobs', '__return_false' );

// Mail a test triggers is recorded here, never sent.
$GLOBALS['storedesk_test_mails'] = array();
add_filter(
	'pre_wp_mail',
	static function ( $result, array $atts ) {
		$GLOBALS['storedesk_test_mails'][] = $atts;
		return true;
	},
	99,
	2
);
