<?php
/**
 * Site Health's mailbox test.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Mailboxes;

use Storedesk\Channels\Email\Mailboxes\Mailbox;
use Storedesk\Channels\Email\Mailboxes\MailboxHealth;
use Storedesk\Channels\Email\Mailboxes\MailboxRepository;
use Storedesk\Channels\Email\Mailboxes\MailboxState;
use Storedesk\Tests\TestCase;

/**
 * Good while every IMAP mailbox is fetched; recommended when one is late
 * (WP-Cron not running); critical with the error when one fails.
 */
class MailboxHealthTest extends TestCase {

	/**
	 * A saved IMAP mailbox.
	 *
	 * @param string $address Address.
	 */
	private function saved( string $address ): Mailbox {
		$mailbox = Mailbox::from_array(
			array(
				'address' => $address,
				'imap'    => array(
					'host'     => 'imap.example.test',
					'username' => 'u',
				),
			),
			'mb_' . bin2hex( random_bytes( 4 ) )
		);
		$this->service( MailboxRepository::class )->save( $mailbox, 'secret' );
		return $mailbox;
	}

	/** Each state in words, and the test is listed in Site Health. */
	public function test_good_late_and_failing(): void {
		$this->assertArrayHasKey( 'storedesk_mailboxes', apply_filters( 'site_status_tests', array() )['direct'] ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own hook, run as Site Health does.
		$health = new MailboxHealth();
		$now    = time();
		$sales  = $this->saved( 'sales@shop.test' );
		( new MailboxState( fetched_at: $now - 60 ) )->save( $sales->id );
		$this->assertSame( 'good', $health->result( $this->service( MailboxRepository::class )->all(), $now )['status'] );

		$help = $this->saved( 'help@shop.test' );
		$late = $health->result( $this->service( MailboxRepository::class )->all(), $now );
		$this->assertSame( 'recommended', $late['status'] );
		$this->assertStringContainsString( 'help@shop.test has not been fetched yet', $late['description'] );

		( new MailboxState( fetched_at: $now - 7200, error: 'Login refused by the mail server: [AUTHENTICATIONFAILED]', error_at: $now ) )->save( $help->id );
		$failing = $health->result( $this->service( MailboxRepository::class )->all(), $now );
		$this->assertSame( 'critical', $failing['status'] );
		$this->assertStringContainsString( 'help@shop.test cannot be fetched: Login refused', $failing['description'] );
		$this->assertStringNotContainsString( 'sales@shop.test', $failing['description'] );
	}
}
