<?php
/**
 * Hands one email from the mail server to Storedesk.
 *
 * For hosts where an alias can pipe mail to a program but curl is not at
 * hand. In /etc/aliases:
 *
 *   support: "|/usr/bin/php /path/to/wp-content/plugins/storedesk/php/Channels/Email/pipe.php"
 *
 * Options: --wp=/path/to/wordpress (when the plugin is not inside the
 * WordPress it serves, such as a symlinked copy; also STOREDESK_WP),
 * --mailbox=mb_… (the mailbox, else found by the recipients). Exit status:
 * 0 taken, 65 refused (bounced with the reason), 75 try again later.
 *
 * @package Storedesk
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a command-line program.

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}
$storedesk_options = getopt( '', array( 'wp:', 'mailbox:' ) );
$storedesk_wp      = (string) ( $storedesk_options['wp'] ?? getenv( 'STOREDESK_WP' ) );
if ( '' === $storedesk_wp ) {
	// wp-content/plugins/storedesk/php/Channels/Email → the WordPress root.
	$storedesk_wp = dirname( __DIR__, 6 );
}
if ( ! is_file( $storedesk_wp . '/wp-load.php' ) ) {
	fwrite( STDERR, "Storedesk: no WordPress at {$storedesk_wp}; give its directory with --wp=PATH.\n" );
	exit( 75 );
}
// Read before WordPress loads: nothing may consume standard input first.
$storedesk_raw             = (string) stream_get_contents( STDIN );
$_SERVER['HTTP_HOST']      = $_SERVER['HTTP_HOST'] ?? 'localhost';
$_SERVER['REQUEST_METHOD'] = 'POST';
define( 'STOREDESK_PIPE', true );
require $storedesk_wp . '/wp-load.php';
if ( ! class_exists( \Storedesk\Plugin::class ) ) {
	fwrite( STDERR, "Storedesk: the plugin is not active on that site.\n" );
	exit( 75 );
}
list( $storedesk_status, $storedesk_said ) = \Storedesk\Plugin::container()->get( \Storedesk\Channels\Email\Inbound\Pipe::class )->take( $storedesk_raw, $storedesk_options['mailbox'] ?? null );
fwrite( 0 === $storedesk_status ? STDOUT : STDERR, $storedesk_said . "\n" );
exit( $storedesk_status );
