<?php
/**
 * The IMAP client's XOAUTH2 login against a real Dovecot.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Imap;

use Storedesk\Channels\Email\Imap\ImapClient;
use Storedesk\Channels\Email\Imap\ImapError;
use Storedesk\Channels\Email\Imap\ImapSettings;
use Storedesk\Tests\TestCase;

/**
 * AUTHENTICATE XOAUTH2 with an access token, over STARTTLS and implicit
 * TLS, and a token the server refuses. The test Dovecot asks a stand-in
 * introspection endpoint (tools/lib/oauth2-introspection.mjs) about the
 * token: one token is active, for the support user.
 */
class XOAuth2Test extends TestCase {

	/**
	 * The server.
	 *
	 * @var Dovecot
	 */
	private Dovecot $imap;

	/** Skips without a Dovecot, or without one that takes an OAuth token. */
	protected function setUp(): void {
		parent::setUp();
		$this->imap = Dovecot::or_skip();
		if ( '' === $this->imap->oauth_token ) {
			$this->markTestSkipped( 'STOREDESK_IMAP names no oauth_token: this Dovecot does not take XOAUTH2' );
		}
	}

	/**
	 * XOAUTH2 settings for the test server.
	 *
	 * @param array $changes Fields that differ.
	 */
	private function settings( array $changes = array() ): ImapSettings {
		return $this->imap->settings(
			$changes + array(
				'security' => 'starttls',
				'verify'   => false,
				'auth'     => 'xoauth2',
			)
		);
	}

	/** The token logs in after STARTTLS, and the session reads the inbox. */
	public function test_a_token_logs_in_over_starttls(): void {
		$client = ImapClient::connect( $this->settings(), $this->imap->oauth_token );
		$this->assertGreaterThan( 0, $client->select( 'INBOX' )['uidvalidity'] );
		$client->logout();
	}

	/** The token logs in over implicit TLS. */
	public function test_a_token_logs_in_over_implicit_tls(): void {
		$client = ImapClient::connect(
			$this->settings(
				array(
					'security' => 'ssl',
					'port'     => $this->imap->tls_port,
				)
			),
			$this->imap->oauth_token
		);
		$this->assertGreaterThan( 0, $client->select( 'INBOX' )['uidvalidity'] );
		$client->logout();
	}

	/**
	 * A token the server does not know is refused in words, over both ways
	 * in: the client answers the server's error challenge and reports the NO.
	 */
	public function test_a_wrong_token_is_refused_in_words(): void {
		foreach ( array( array( 'starttls', $this->imap->port ), array( 'ssl', $this->imap->tls_port ) ) as list( $security, $port ) ) {
			try {
				ImapClient::connect(
					$this->settings(
						array(
							'security' => $security,
							'port'     => $port,
						)
					),
					'not-' . $this->imap->oauth_token
				);
				$this->fail( "{$security}: a wrong token logged in" );
			} catch ( ImapError $e ) {
				$this->assertStringStartsWith( 'Login refused by the mail server', $e->getMessage(), $security );
			}
		}
	}

	/** The password is no token: XOAUTH2 never falls back to the password database. */
	public function test_the_password_is_not_taken_as_a_token(): void {
		$this->expectException( ImapError::class );
		$this->expectExceptionMessage( 'Login refused by the mail server' );
		ImapClient::connect( $this->settings(), $this->imap->password );
	}
}
