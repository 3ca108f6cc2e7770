<?php
/**
 * The "send me my links again" email.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Jobs\Queue;
use Storedesk\Notifications\GuestLinks;
use Storedesk\Notifications\Notifier;
use Storedesk\Storefront\GuestTokens;

/**
 * A shopper who asks again gets one email with a fresh link to each of
 * their own tickets, and nothing about anyone else's.
 */
class GuestLinksTest extends MailTestCase {

	/** Fresh links to the address's tickets only, automatic, no spam. */
	public function test_links_to_the_shoppers_own_tickets(): void {
		$agent  = $this->user( 'storedesk_agent' );
		$first  = $this->ticket( array( 'subject' => 'Velvet chair', 'contact' => array( 'name' => 'Lena', 'email' => 'Lena@Example.test' ) ), $agent );
		$second = $this->ticket( array( 'subject' => 'Teapot lid', 'contact' => array( 'email' => 'lena@example.test' ) ), $agent );
		$spam   = $this->ticket( array( 'status' => 'spam', 'contact' => array( 'email' => 'lena@example.test' ) ), $agent );
		$other  = $this->ticket( array( 'subject' => 'Someone else', 'contact' => array( 'email' => 'other@example.test' ) ), $agent );
		$this->clear_mails();

		$this->service( GuestLinks::class )->request( 'lena@example.test' );
		$this->assertSame( array(), $this->mailer->sent, 'the request itself sends nothing: the job does' );
		$this->assertTrue( $this->queued( array( 'lena@example.test' ) ) );
		$this->run_jobs();

		$mails = $this->mails();
		$this->assertCount( 1, $mails );
		$mail = $mails[0];
		$this->assertSame( array( 'lena@example.test' ), $mail['to'] );
		$this->assertSame( 'Your support requests at ' . get_bloginfo( 'name' ), $mail['subject'] );
		$this->assertSame( 'auto-replied', $this->header( $mail, 'Auto-Submitted' ) );
		$this->assertNull( $this->header( $mail, 'In-Reply-To' ), 'about several tickets, so in no ticket\'s thread' );
		$this->assertStringContainsString( 'Hi Lena', $mail['text'] );
		$this->assertStringContainsString( '#' . $second->id() . ' Teapot lid (Open)', $mail['text'] );
		$this->assertStringNotContainsString( 'Someone else', $mail['html'] . $mail['text'] );
		preg_match_all( '/storedesk_token=([A-Za-z0-9._-]+)/', $mail['text'], $m );
		$opened = array_map( array( $this->service( GuestTokens::class ), 'verify' ), $m[1] );
		$this->assertSame( array( $second->id(), $first->id() ), $opened, 'newest first, each link opens its own ticket' );
	}

	/** Nothing is sent when none of the tickets belongs to the address, or the address is not one. */
	public function test_nothing_for_tickets_of_someone_else(): void {
		$other = $this->ticket( array( 'contact' => array( 'email' => 'owner@example.test' ) ), $this->user( 'storedesk_agent' ) );
		$this->clear_mails();
		do_action( Notifier::LINKS_JOB, 'attacker@example.test' );
		do_action( Notifier::LINKS_JOB, 'not an address' );
		// A job queued before the lookup moved to the job names tickets first; only the address counts.
		do_action( Notifier::LINKS_JOB, array( $other->id() ), 'nobody@example.test' );
		$this->assertSame( array(), $this->mails() );
		$this->service( GuestLinks::class )->send( array( 999999, $other->id() ), 'attacker@example.test' );
		$this->assertSame( array(), $this->mails(), 'tickets of another address are never listed' );
	}

	/**
	 * Whether the links job is waiting with these arguments (Action Scheduler
	 * with WooCommerce, WP-Cron without).
	 *
	 * @param array $args Job arguments.
	 */
	private function queued( array $args ): bool {
		return function_exists( 'as_has_scheduled_action' ) ? as_has_scheduled_action( Notifier::LINKS_JOB, $args, Queue::GROUP ) : (bool) wp_next_scheduled( Notifier::LINKS_JOB, $args );
	}
}
