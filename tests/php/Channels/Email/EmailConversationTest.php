<?php
/**
 * Email conversations both ways: copies and loops.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email;

use Storedesk\Tests\Notifications\MailTestCase;

/**
 * Those the customer copies in take part and stay in copy of our replies;
 * another desk's auto-reply to our acknowledgement gets no answer, so two
 * desks never mail each other in a loop.
 */
class EmailConversationTest extends MailTestCase {

	use PostsRawEmail;

	/** Sets the inbound key. */
	protected function setUp(): void {
		parent::setUp();
		$this->open_inbound();
		$this->clear_mails();
	}

	/** A Cc'd colleague takes part and is copied on the reply; another of our addresses in Cc is not. */
	public function test_those_in_copy_take_part_and_stay_in_copy(): void {
		$ticket = $this->receive( self::mail( 'dora@example.test', 'dora-1@example.test', 'Our order is late.', "Cc: Boss <boss@example.test>, sales@shop.test, dora@example.test\r\n" ) )['ticket_id'];
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$data = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data();
		$this->assertSame( array( 'boss@example.test' ), array_column( $data['participants'], 'email' ) );
		$this->clear_mails();
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket . '/messages', array( 'kind' => 'reply', 'body' => '<p>It ships today.</p>' ) );
		$reply = $this->mails( 'dora@example.test' );
		$this->assertCount( 1, $reply );
		$this->assertSame( 'boss@example.test', $this->header( $reply[0], 'Cc' ) );
		// A reply-all that adds someone puts them in too.
		$ours = $this->service( \Storedesk\Notifications\ThreadHeaders::class )->root( $ticket );
		$this->receive( self::mail( 'dora@example.test', 'dora-2@example.test', 'Adding Finn.', "In-Reply-To: {$ours}\r\nCc: boss@example.test, finn@example.test\r\n" ) );
		$emails = array_column( $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data()['participants'], 'email' );
		sort( $emails );
		$this->assertSame( array( 'boss@example.test', 'finn@example.test' ), $emails );
	}

	/** The agent takes someone out of copy: no more replies to them, their email no longer joins, the thread says who did it. */
	public function test_the_agent_takes_someone_out_of_copy(): void {
		$ticket = $this->receive( self::mail( 'eda@example.test', 'eda-1@example.test', 'Order 88 is late.', "Cc: Old Boss <oldboss@example.test>\r\n" ) )['ticket_id'];
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$boss = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data()['participants'][0];
		$this->assertSame( 'oldboss@example.test', $boss['email'] );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertSame( 403, $this->rest( 'DELETE', "/storedesk/v1/tickets/{$ticket}/participants/{$boss['id']}" )->get_status(), 'not for someone who may not change the ticket' );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertSame( 200, $this->rest( 'DELETE', "/storedesk/v1/tickets/{$ticket}/participants/{$boss['id']}" )->get_status() );
		$this->assertSame( 404, $this->rest( 'DELETE', "/storedesk/v1/tickets/{$ticket}/participants/{$boss['id']}" )->get_status(), 'not in copy any more' );
		$this->assertSame( array(), $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data()['participants'] );
		$thread = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket . '/messages' )->get_data();
		$this->assertStringContainsString( 'took oldboss@example.test out of copy.', end( $thread )['body'] );
		$this->clear_mails();
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket . '/messages', array( 'kind' => 'reply', 'body' => '<p>On its way.</p>' ) );
		$reply = $this->mails( 'eda@example.test' );
		$this->assertNull( $this->header( $reply[0], 'Cc' ), 'the reply copies nobody' );
		$ours = $this->service( \Storedesk\Notifications\ThreadHeaders::class )->root( $ticket );
		$this->assertNotSame( $ticket, $this->receive( self::mail( 'oldboss@example.test', 'boss-2@example.test', 'Any update?', "In-Reply-To: {$ours}\r\n" ) )['ticket_id'], 'their answer is a conversation of its own' );
	}

	/**
	 * Another helpdesk writes in; we acknowledge; it answers our
	 * acknowledgement automatically (by RFC 3834 header, or only by
	 * threading); we answer nothing more: one exchange, then silence.
	 */
	public function test_two_desks_stop_after_one_exchange(): void {
		$desk   = 'help@other-desk.example';
		$ticket = $this->receive( self::mail( $desk, 'od-1@other-desk.example', 'Ticket #881 received.' ) )['ticket_id'];
		$acks   = $this->mails( $desk );
		$this->assertCount( 1, $acks, 'our acknowledgement' );
		$this->assertSame( 'auto-replied', $this->header( $acks[0], 'Auto-Submitted' ), 'marked so a polite robot stays quiet' );
		$ack_id = (string) $this->header( $acks[0], 'Message-ID' );
		// The other desk acknowledges our acknowledgement, politely marked.
		$polite = $this->receive( self::mail( $desk, 'od-2@other-desk.example', 'We received your message.', "In-Reply-To: {$ack_id}\r\nAuto-Submitted: auto-replied\r\n" ) );
		// Then again without any marking, only threaded.
		$rude = $this->receive( self::mail( $desk, 'od-3@other-desk.example', 'We received your message.', "In-Reply-To: {$ack_id}\r\n" ) );
		$this->assertSame( array( $ticket, $ticket ), array( $polite['ticket_id'], $rude['ticket_id'] ), 'both land in the same conversation' );
		$this->assertCount( 1, $this->mails( $desk ), 'nothing more went to the other desk' );
		// And a polite auto-reply that starts a thread of its own opens nothing.
		$this->assertSame( 'storedesk_automatic_message', $this->receive( self::mail( $desk, 'od-4@other-desk.example', 'Out of office', "Precedence: auto_reply\r\n" ) )['error'] );
		$this->assertCount( 1, $this->mails( $desk ) );
	}
}
