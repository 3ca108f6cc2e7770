<?php
/**
 * The IMAP client against a real Dovecot.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Imap;

use Storedesk\Channels\Email\Imap\ImapClient;
use Storedesk\Channels\Email\Imap\ImapError;
use Storedesk\Tests\TestCase;

/**
 * Each way in (no encryption, STARTTLS, implicit TLS; LOGIN and PLAIN),
 * what a refused login and an untrusted certificate say, and reading,
 * marking and moving messages.
 */
class ImapClientTest extends TestCase {

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
	 * A message.
	 *
	 * @param string $subject Subject.
	 */
	private static function mail( string $subject ): string {
		return "From: Olga <olga@example.test>\r\nTo: support@shop.test\r\nSubject: {$subject}\r\nMessage-ID: <" . bin2hex( random_bytes( 6 ) ) . "@example.test>\r\n\r\nHello,\r\nthe lamp is broken.\r\n";
	}

	/** Without encryption: select, search, fetch without marking, mark, move into a folder made for it. */
	public function test_reads_marks_and_moves_mail(): void {
		$folder = $this->imap->folder();
		$first  = self::mail( 'First' );
		$this->imap->append( $folder, $first );
		$this->imap->append( $folder, self::mail( 'Second (read already)' ), array( '\\Seen' ) );
		$client = ImapClient::connect( $this->imap->settings( array( 'folder' => $folder ) ), $this->imap->password );
		$state  = $client->select( $folder );
		$this->assertGreaterThan( 0, $state['uidvalidity'] );
		$this->assertSame( 2, $state['exists'] );
		$uids = $client->uids( 0 );
		$this->assertCount( 2, $uids );
		$this->assertSame( array( $uids[0] ), $client->uids( 0, true ), 'only the first is unread' );
		$this->assertSame( array( $uids[1] ), $client->uids( $uids[0] ), 'UIDs above the one given; n:* never names a lower one' );
		$this->assertSame( array(), $client->uids( $uids[1] ) );
		$this->assertSame( $first, $client->message( $uids[0] ), 'the message byte for byte' );
		$this->assertSame( strlen( $first ), $client->sizes( $uids )[ $uids[0] ] );
		$this->assertNull( $client->message( 99999 ), 'a message that is gone' );
		$this->assertSame( array(), $this->imap->messages( $folder )[ $uids[0] ], 'BODY.PEEK leaves it unread' );
		$client->mark_seen( $uids[0] );
		$this->assertSame( array( '\\Seen' ), $this->imap->messages( $folder )[ $uids[0] ] );
		$client->move( $uids[1], $folder . '-done' );
		$client->logout();
		$this->assertSame( 1, $this->imap->count( $folder ) );
		$this->assertSame( 1, $this->imap->count( $folder . '-done' ), 'moved into a folder made on the way' );
	}

	/** STARTTLS and implicit TLS with the test server's self-signed certificate, PLAIN and LOGIN. */
	public function test_starttls_and_implicit_tls(): void {
		$starttls = ImapClient::connect(
			$this->imap->settings(
				array(
					'security' => 'starttls',
					'verify'   => false,
					'auth'     => 'plain',
				)
			),
			$this->imap->password
		);
		$this->assertGreaterThan( 0, $starttls->select( 'INBOX' )['uidvalidity'] );
		$starttls->logout();
		$tls = ImapClient::connect(
			$this->imap->settings(
				array(
					'security' => 'ssl',
					'port'     => $this->imap->tls_port,
					'verify'   => false,
				)
			),
			$this->imap->password
		);
		$this->assertGreaterThan( 0, $tls->select( 'INBOX' )['uidvalidity'] );
		$tls->logout();
	}

	/** A certificate the system does not trust is refused, with what to do about it. */
	public function test_an_untrusted_certificate_is_refused_in_words(): void {
		foreach ( array( array( 'ssl', $this->imap->tls_port ), array( 'starttls', $this->imap->port ) ) as list( $security, $port ) ) {
			try {
				ImapClient::connect(
					$this->imap->settings(
						array(
							'security' => $security,
							'port'     => $port,
						)
					),
					$this->imap->password
				);
				$this->fail( "{$security}: a self-signed certificate was accepted" );
			} catch ( ImapError $e ) {
				$this->assertStringContainsString( 'certificate is not trusted', $e->getMessage(), $security );
			}
		}
	}

	/** A wrong password, by LOGIN and by PLAIN, and a closed port, each in words. */
	public function test_refusals_in_words(): void {
		foreach ( array( 'login', 'plain' ) as $auth ) {
			try {
				ImapClient::connect( $this->imap->settings( array( 'auth' => $auth ) ), 'wrong "pass" \\ word' );
				$this->fail( "{$auth}: a wrong password logged in" );
			} catch ( ImapError $e ) {
				$this->assertStringStartsWith( 'Login refused by the mail server: [AUTHENTICATIONFAILED]', $e->getMessage(), $auth );
			}
		}
		$this->expectException( ImapError::class );
		$this->expectExceptionMessage( 'Could not connect to 127.0.0.1:1' );
		ImapClient::connect( $this->imap->settings( array( 'port' => 1 ) ), $this->imap->password );
	}

	/** A folder name outside ASCII is sent in modified UTF-7 and made when missing. */
	public function test_a_folder_name_outside_ascii(): void {
		$folder = $this->imap->folder();
		$this->imap->append( $folder, self::mail( 'Taşınacak' ) );
		$client = ImapClient::connect( $this->imap->settings(), $this->imap->password );
		$client->select( $folder );
		$uid = $client->uids( 0 )[0];
		$client->move( $uid, $folder . ' İşlendi ✓' );
		$this->assertSame( 1, $client->select( $folder . ' İşlendi ✓' )['exists'] );
		$client->logout();
	}
}
