<?php
/**
 * The IMAP test helpers themselves, against the real Dovecot.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Imap;

use Storedesk\Tests\TestCase;

// phpcs:disable WordPress.WP.AlternativeFunctions -- a raw socket through the proxy.

/**
 * Dovecot arranges and reads mailboxes as the IMAP tests need, and CutProxy
 * forwards a session and drops it on kill(): the tests of the plugin's
 * client rely on both.
 */
class DovecotTest extends TestCase {

	/**
	 * The server.
	 *
	 * @var Dovecot
	 */
	private Dovecot $imap;

	/** Skips without a Dovecot. */
	protected function setUp(): void {
		parent::setUp();
		$this->imap = Dovecot::or_skip();
	}

	/**
	 * A message as a mail server would store it.
	 *
	 * @param string $subject Subject.
	 */
	private static function mail( string $subject ): string {
		return implode(
			"\r\n",
			array(
				'From: Olga <olga@example.test>',
				'To: support@shop.test',
				'Subject: ' . $subject,
				'Message-ID: <' . bin2hex( random_bytes( 8 ) ) . '@example.test>',
				'Date: Mon, 01 Jun 2026 10:00:00 +0000',
				'',
				'Hello,',
				'the lamp is broken.',
				'',
			)
		);
	}

	/** A new folder takes appended mail, unread unless told, and is empty again once recreated. */
	public function test_a_folder_takes_mail_and_recreate_empties_it(): void {
		$folder = $this->imap->folder();
		$this->assertMatchesRegularExpression( '/^t-[0-9a-f]{12}$/', $folder );
		$this->assertSame( array(), $this->imap->messages( $folder ) );

		$this->imap->append( $folder, self::mail( 'First' ) );
		$this->imap->append( $folder, self::mail( 'Second' ) );

		$messages = $this->imap->messages( $folder );
		$this->assertCount( 2, $messages );
		$this->assertSame( 2, $this->imap->count( $folder ) );
		foreach ( $messages as $uid => $flags ) {
			$this->assertGreaterThan( 0, $uid );
			$this->assertNotContains( '\Seen', $flags );
		}

		$this->imap->append( $folder, self::mail( 'Read already' ), array( '\Seen', '\Flagged' ) );
		$messages = $this->imap->messages( $folder );
		$this->assertEqualsCanonicalizing( array( '\Seen', '\Flagged' ), end( $messages ) );

		$this->imap->recreate( $folder );
		$this->assertSame( array(), $this->imap->messages( $folder ) );
		$this->assertSame( 0, $this->imap->count( $folder ) );

		$this->imap->delete( $folder );
		$this->expectException( \RuntimeException::class );
		$this->expectExceptionMessageMatches( '/NO/' );
		$this->imap->count( $folder );
	}

	/** A session through the proxy works until kill(), and then its socket reads end of file. */
	public function test_the_cut_proxy_forwards_until_killed(): void {
		$proxy  = CutProxy::start( $this->imap->host, $this->imap->port );
		$errno  = 0;
		$errstr = '';
		$socket = stream_socket_client( 'tcp://127.0.0.1:' . $proxy->port, $errno, $errstr, 5 );
		$this->assertNotFalse( $socket, $errstr );
		stream_set_timeout( $socket, 5 );

		$this->assertStringStartsWith( '* OK', (string) fgets( $socket ) );
		fwrite( $socket, 'a1 LOGIN "' . $this->imap->user . '" "' . $this->imap->password . "\"\r\n" );
		do {
			$line = (string) fgets( $socket );
		} while ( '' !== $line && ! str_starts_with( $line, 'a1 ' ) );
		$this->assertStringStartsWith( 'a1 OK', $line );

		$proxy->kill();

		$this->assertFalse( fgets( $socket ) );
		$this->assertFalse( stream_get_meta_data( $socket )['timed_out'], 'The read timed out instead of seeing the connection end.' );
		$this->assertTrue( feof( $socket ) );
		fclose( $socket );
	}
}
