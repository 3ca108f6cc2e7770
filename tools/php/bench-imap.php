<?php
/**
 * The IMAP backlog benchmark, one step per call, printing JSON.
 *
 *   bench-imap.php setup COUNT   a mailbox on the test Dovecot (STOREDESK_IMAP)
 *                                reading a new folder, COUNT messages appended
 *   bench-imap.php run ID        one fetch run of that mailbox, as one cron
 *                                request would run it: taken, waiting, seconds
 *
 * @package Storedesk
 */

require __DIR__ . '/load-wp.php';
require dirname( __DIR__, 2 ) . '/tests/php/Channels/Email/Imap/Dovecot.php';

use Storedesk\Channels\Email\Mailboxes\Mailbox;
use Storedesk\Channels\Email\Mailboxes\MailboxFetcher;
use Storedesk\Channels\Email\Mailboxes\MailboxRepository;
use Storedesk\Channels\Email\Mailboxes\MailboxState;
use Storedesk\Plugin;
use Storedesk\Tests\Channels\Email\Imap\Dovecot;

$sd_imap = Dovecot::from_env();
if ( ! $sd_imap ) {
	fwrite( STDERR, "STOREDESK_IMAP is not set.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	exit( 1 );
}
$sd_mailboxes = Plugin::container()->get( MailboxRepository::class );

if ( 'setup' === ( $argv[1] ?? '' ) ) {
	$sd_folder = $sd_imap->folder( 'backlog' );
	$sd_count  = max( 1, (int) ( $argv[2] ?? 1000 ) );
	$sd_words  = explode( ' ', 'order lamp shade broken refund delivery parcel tracking invoice size colour exchange warranty discount voucher courier address' );
	for ( $sd_i = 1; $sd_i <= $sd_count; $sd_i++ ) {
		// Mixed senders, some of them writing more than once, each a multipart mail with text and HTML.
		$sd_from = 'customer' . ( $sd_i % 400 ) . '@example.test';
		$sd_text = 'Hello, about my ' . $sd_words[ $sd_i % count( $sd_words ) ] . ' (#' . $sd_i . '): ' . str_repeat( 'It has not arrived yet and I would like to know when it will. ', 20 );
		$sd_raw  = "From: Customer {$sd_i} <{$sd_from}>\r\nTo: support@shop.test\r\nSubject: Question {$sd_i} about my order\r\nMessage-ID: <backlog-{$sd_i}-" . time() . "@example.test>\r\nDate: " . gmdate( 'r' ) . "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b{$sd_i}\"\r\n\r\n--b{$sd_i}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{$sd_text}\r\n--b{$sd_i}\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>" . esc_html( $sd_text ) . "</p>\r\n--b{$sd_i}--\r\n";
		$sd_imap->append( $sd_folder, $sd_raw );
	}
	$sd_mailbox = Mailbox::from_array(
		array(
			'address' => 'support@shop.test',
			'imap'    => array(
				'host'     => $sd_imap->host,
				'port'     => $sd_imap->port,
				'security' => 'none',
				'username' => $sd_imap->user,
				'folder'   => $sd_folder,
			),
		),
		'mb_' . bin2hex( random_bytes( 4 ) )
	);
	foreach ( $sd_mailboxes->all() as $sd_old ) {
		$sd_mailboxes->delete( $sd_old );
	}
	$sd_mailboxes->save( $sd_mailbox, $sd_imap->password );
	echo wp_json_encode(
		array(
			'mailbox' => $sd_mailbox->id,
			'folder'  => $sd_folder,
			'count'   => $sd_imap->count( $sd_folder ),
			'batch'   => $sd_mailbox->imap->batch,
		)
	);
	exit;
}

$sd_mailbox = $sd_mailboxes->find( (string) ( $argv[2] ?? '' ) );
if ( ! $sd_mailbox ) {
	fwrite( STDERR, "No such mailbox.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	exit( 1 );
}
$sd_start = microtime( true );
$sd_state = Plugin::container()->get( MailboxFetcher::class )->run( $sd_mailbox );
echo wp_json_encode(
	array(
		'taken'   => $sd_state->count,
		'waiting' => $sd_state->waiting,
		'total'   => $sd_state->total,
		'error'   => $sd_state->error,
		'seconds' => round( microtime( true ) - $sd_start, 2 ),
		'memory'  => memory_get_peak_usage(),
	)
);
