<?php
/**
 * Spam by email: blocklist, allowlist, learning, Akismet.
 *
 * @package Storedesk
 */

namespace Storedesk\Tests\Channels\Email\Inbound;

use Storedesk\Channels\Email\Inbound\EmailSpam;
use Storedesk\Settings\Settings;
use Storedesk\Tests\Channels\Email\PostsRawEmail;
use Storedesk\Tests\Notifications\MailTestCase;

/**
 * A blocked sender's email opens in Spam and tells nobody; an allowed one
 * under a blocked domain does not; "mark as spam" blocks the sender's
 * next email and "not spam" lets it through again; Akismet is asked about
 * an email with its sender's server address.
 */
class EmailSpamTest extends MailTestCase {

	use PostsRawEmail;

	/** Sets the inbound key. */
	protected function setUp(): void {
		parent::setUp();
		$this->open_inbound();
		$this->clear_mails();
		Settings::update( array( 'spam_akismet' => false ) );
	}

	/**
	 * A ticket's status, as an agent sees it.
	 *
	 * @param int $ticket Ticket.
	 */
	private function status( int $ticket ): string {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$status = (string) $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data()['status'];
		wp_set_current_user( 0 );
		return $status;
	}

	/** Blocked domain: Spam, unannounced; an allowed address under it: a normal conversation. */
	public function test_blocked_and_allowed(): void {
		Settings::update(
			array(
				'spam_blocklist' => array( 'spammy.example' ),
				'channel_email'  => array( 'allowlist' => array( 'partner@spammy.example' ) ),
			)
		);
		$this->user( 'storedesk_agent' );
		$spam = $this->receive( self::mail( 'deals@spammy.example', 'spam-1@spammy.example', 'Cheap watches!' ) );
		$this->assertSame( 'spam', $this->status( $spam['ticket_id'] ) );
		$this->assertSame( array(), $this->mails(), 'nobody is told: no acknowledgement, no agent email' );
		$partner = $this->receive( self::mail( 'partner@spammy.example', 'partner-1@spammy.example', 'Our invoice.' ) );
		$this->assertSame( 'open', $this->status( $partner['ticket_id'] ) );
		$this->assertNotEmpty( $this->mails( 'partner@spammy.example' ), 'acknowledged' );
	}

	/** Mark as spam learns the sender; not spam unlearns it. */
	public function test_marking_learns_the_sender(): void {
		$first = $this->receive( self::mail( 'pest@example.test', 'pest-1@example.test', 'Buy followers.' ) );
		$this->assertSame( 'open', $this->status( $first['ticket_id'] ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertSame( 200, $this->rest( 'PATCH', '/storedesk/v1/tickets/' . $first['ticket_id'], array( 'status' => 'spam' ) )->get_status() );
		$this->assertContains( 'pest@example.test', Settings::get( 'spam_blocklist' ) );
		$second = $this->receive( self::mail( 'pest@example.test', 'pest-2@example.test', 'Buy more followers.' ) );
		$this->assertSame( 'spam', $this->status( $second['ticket_id'] ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->rest( 'PATCH', '/storedesk/v1/tickets/' . $second['ticket_id'], array( 'status' => 'open' ) );
		$this->assertNotContains( 'pest@example.test', Settings::get( 'spam_blocklist' ), 'not spam takes the address off again' );
		$third = $this->receive( self::mail( 'pest@example.test', 'pest-3@example.test', 'Sorry, a real question.' ) );
		$this->assertSame( 'open', $this->status( $third['ticket_id'] ) );
	}

	/** Akismet is asked with the sending server's address and decides. */
	public function test_akismet_with_the_senders_server(): void {
		if ( ! class_exists( 'Akismet' ) ) {
			require_once WP_PLUGIN_DIR . '/akismet/akismet.php';
		}
		update_option( 'wordpress_api_key', 'test-key-123' );
		Settings::update( array( 'spam_akismet' => true ) );
		$asked = array();
		$mock  = static function ( $pre, $args, $url ) use ( &$asked ) {
			if ( ! str_contains( $url, 'comment-check' ) ) {
				return $pre;
			}
			parse_str( (string) $args['body'], $fields );
			$asked[] = $fields;
			return array(
				'headers'  => array(),
				'body'     => str_contains( $fields['comment_content'], 'casino' ) ? 'true' : 'false',
				'response' => array(
					'code'    => 200,
					'message' => 'OK',
				),
				'cookies'  => array(),
				'filename' => null,
			);
		};
		add_filter( 'pre_http_request', $mock, 10, 3 );
		try {
			$received = "Received: from mail.sender.example (mail.sender.example [203.0.113.7])\r\n\tby mx.shop.test (Postfix) with ESMTPS id 4F2;\r\n\tMon, 1 Jun 2026 10:00:00 +0000\r\n";
			$spam     = $this->receive( self::mail( 'lucky@example.test', 'ak-1@example.test', 'Best casino bonus!', $received ) );
			$ham      = $this->receive( self::mail( 'ana@example.test', 'ak-2@example.test', 'My parcel is late.', $received ) );
			$this->assertSame( array( 'spam', 'open' ), array( $this->status( $spam['ticket_id'] ), $this->status( $ham['ticket_id'] ) ) );
			$this->assertSame( array( 'message', '203.0.113.7', 'lucky@example.test' ), array( $asked[0]['comment_type'], $asked[0]['user_ip'], $asked[0]['comment_author_email'] ) );
			// A reply in a conversation is not put to Akismet (nor stored as spam): only new conversations are.
			$root  = $this->service( \Storedesk\Notifications\ThreadHeaders::class )->root( $ham['ticket_id'] );
			$reply = $this->receive( self::mail( 'ana@example.test', 'ak-3@example.test', 'Also, free casino chips?', "In-Reply-To: {$root}\r\n" ) );
			$this->assertSame( $ham['ticket_id'], $reply['ticket_id'] );
			$this->assertCount( 2, $asked, 'Akismet was asked about the two new conversations only' );
		} finally {
			remove_filter( 'pre_http_request', $mock, 10 );
		}
		$this->assertSame( '2001:db8::1', EmailSpam::sender_ip( "Received: from x ([IPv6:2001:db8::1])\r\n by y;\r\nFrom: a@b.c\r\n\r\nbody" ) );
		$this->assertSame( '', EmailSpam::sender_ip( "From: a@b.c\r\n\r\nReceived: from x [1.2.3.4]" ), 'only the headers count' );
	}
}
