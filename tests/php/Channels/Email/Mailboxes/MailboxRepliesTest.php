<?php
/**
 * Customers answering our emails, through a real Dovecot.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Mailboxes;

use Storedesk\Messages\MessageRepository;
use Storedesk\Tests\Notifications\MailTestCase;

/**
 * Our emails leave from the mailbox's address with a signed reply address
 * and a hidden marker; the customer's answer lands in the same ticket by
 * its headers, by the reply address alone, or by the marker in the quoted
 * history when the mail client kept neither.
 */
class MailboxRepliesTest extends MailTestCase {

	use UsesDovecot;

	/** Skips without a Dovecot. */
	protected function setUp(): void {
		parent::setUp();
		$this->need_dovecot();
		$this->clear_mails();
	}

	/**
	 * The ticket of a stored Message-ID.
	 *
	 * @param string $id Message-ID.
	 */
	private function ticket_of( string $id ): int {
		$message = $this->service( MessageRepository::class )->find_by_external( 'email', $id );
		$this->assertNotNull( $message, "{$id} is stored" );
		return $message->ticket_id;
	}

	/** Each way an answer can find its ticket, and a stranger's that cannot. */
	public function test_answers_find_their_ticket_by_header_address_or_marker(): void {
		$folder  = $this->imap->folder();
		$mailbox = $this->mailbox( $folder );
		$this->imap->append( $folder, self::message( 'Olga <olga@example.test>', 'olga-1@example.test', 'My lamp arrived broken.' ) );
		$this->fetch( $mailbox );
		$ticket = $this->ticket_of( 'olga-1@example.test' );
		$acks   = $this->mails( 'olga@example.test' );
		$this->assertCount( 1, $acks, 'the acknowledgement' );
		$ack = $acks[0];
		$this->assertSame( 'Shop Support <support@shop.test>', $this->header( $ack, 'From' ), 'from the mailbox the customer wrote to' );
		$reply_to = (string) $this->header( $ack, 'Reply-To' );
		$this->assertMatchesRegularExpression( '/^support\+' . $ticket . '\.[a-f0-9]{16}@shop\.test$/', $reply_to, 'a signed reply address' );
		$this->assertMatchesRegularExpression( '/storedesk-ref:' . $ticket . '\.[a-f0-9]{16}/', $ack['html'], 'the hidden marker' );
		$ack_id = (string) $this->header( $ack, 'Message-ID' );

		// 1. A normal reply: In-Reply-To our acknowledgement.
		$this->imap->append( $folder, self::message( 'olga@example.test', 'olga-2@example.test', 'Photos attached.', "In-Reply-To: {$ack_id}\r\nReferences: <olga-1@example.test> {$ack_id}\r\n", $reply_to ) );
		// 2. No threading headers at all, only our reply address.
		$this->imap->append( $folder, self::message( 'olga@example.test', 'olga-3@example.test', 'Any news?', '', $reply_to ) );
		// 3. Headers stripped and sent to the plain address, but our HTML quoted.
		$html = "<p>Still waiting.</p><blockquote>{$ack['html']}</blockquote>";
		$this->imap->append( $folder, "From: olga@example.test\r\nTo: support@shop.test\r\nSubject: lamp\r\nMessage-ID: <olga-4@example.test>\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n{$html}\r\n" );
		// 4. Someone else answers with our headers: a conversation of their own.
		$this->imap->append( $folder, self::message( 'mallory@example.test', 'mallory-1@example.test', 'Refund me instead.', "In-Reply-To: {$ack_id}\r\n", $reply_to ) );
		// 5. A forged reply address (a wrong signature) threads nothing.
		$this->imap->append( $folder, self::message( 'olga@example.test', 'olga-5@example.test', 'A new question.', '', 'support+' . $ticket . '.0000000000000000@shop.test' ) );
		$this->fetch( $mailbox );
		$this->assertSame( array( $ticket, $ticket, $ticket ), array( $this->ticket_of( 'olga-2@example.test' ), $this->ticket_of( 'olga-3@example.test' ), $this->ticket_of( 'olga-4@example.test' ) ) );
		$stranger = $this->ticket_of( 'mallory-1@example.test' );
		$this->assertNotSame( $ticket, $stranger );
		$this->assertNotSame( $ticket, $this->ticket_of( 'olga-5@example.test' ) );
		// The stranger's conversation and the one it answers each say so.
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$theirs = $this->rest( 'GET', "/storedesk/v1/tickets/{$stranger}/messages" )->get_data();
		$ours   = $this->rest( 'GET', "/storedesk/v1/tickets/{$ticket}/messages" )->get_data();
		$this->assertContains( "This answers #{$ticket}, a conversation mallory@example.test does not take part in, so it was opened apart.", array_column( $theirs, 'body' ) );
		$this->assertContains( "mallory@example.test, who does not take part in this conversation, answered it; their message opened #{$stranger}.", array_column( $ours, 'body' ) );
		$this->assertNotContains( 'Refund me instead.', array_column( $ours, 'body' ), 'their words stay out of the customer\'s thread' );
	}

	/** An agent's reply leaves from the conversation's mailbox, threaded, with the reply address. */
	public function test_an_agent_reply_leaves_from_the_mailbox(): void {
		$folder  = $this->imap->folder();
		$mailbox = $this->mailbox( $folder, array(), 'help@shop.test' );
		$this->imap->append( $folder, self::message( 'ben@example.test', 'ben-1@example.test', 'Do you ship to Izmir?', '', 'help@shop.test' ) );
		$this->fetch( $mailbox );
		$ticket = $this->ticket_of( 'ben-1@example.test' );
		$this->clear_mails();
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket . '/messages', array( 'kind' => 'reply', 'body' => '<p>Yes, in 3 days.</p>' ) );
		$reply = $this->mails( 'ben@example.test' );
		$this->assertCount( 1, $reply );
		$this->assertSame( 'Shop Support <help@shop.test>', $this->header( $reply[0], 'From' ) );
		$this->assertStringStartsWith( 'help+' . $ticket . '.', (string) $this->header( $reply[0], 'Reply-To' ) );
		$this->assertStringContainsString( '<ben-1@example.test>', (string) $this->header( $reply[0], 'References' ) );
		$this->assertStringContainsString( 'Yes, in 3 days.', $reply[0]['text'] );
	}
}
