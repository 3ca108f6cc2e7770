<?php
/**
 * Message-IDs and threading headers.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Notifications\ThreadHeaders;

/**
 * Every email has its own stable Message-ID and points at its ticket's
 * root, so a mail client shows one thread per ticket.
 */
class ThreadHeadersTest extends MailTestCase {

	/** The same email always gets the same id; another message, type or ticket another one; ids are signed. */
	public function test_message_ids_are_stable_unique_and_signed(): void {
		$ids = $this->service( ThreadHeaders::class );
		$one = $ids->message_id( 7, 31, 'customer-reply' );
		$this->assertSame( $one, $ids->message_id( 7, 31, 'customer-reply' ) );
		$this->assertMatchesRegularExpression( '/^<storedesk\.7\.31\.customer-reply\.[a-f0-9]{16}@127\.0\.0\.1>$/', $one );
		$others = array( $ids->message_id( 7, 32, 'customer-reply' ), $ids->message_id( 7, 31, 'agent-new-ticket', 3 ), $ids->message_id( 7, 31, 'agent-new-ticket', 4 ), $ids->message_id( 8, 31, 'customer-reply' ), $ids->root( 7 ) );
		$this->assertCount( 6, array_unique( array_merge( array( $one ), $others ) ) );
		$this->assertSame( 7, $ids->ticket_of( $one ) );
		$this->assertSame( 7, $ids->ticket_of( $others[1] ) );
		$this->assertSame( 7, $ids->ticket_of( $ids->root( 7 ) ) );
		$this->assertSame( 0, $ids->ticket_of( str_replace( '<storedesk.7.', '<storedesk.9.', $one ) ), 'a changed ticket number breaks the signature' );
		$this->assertSame( 0, $ids->ticket_of( '<CAF123@mail.gmail.com>' ) );
	}

	/** Tickets from the form point at the root; tickets from email also at the customer's own first email. */
	public function test_in_reply_to_and_references(): void {
		$ids  = $this->service( ThreadHeaders::class );
		$form = $this->ticket( array( 'channel' => 'form' ) );
		$this->assertSame(
			array(
				'In-Reply-To' => $ids->root( $form->id() ),
				'References'  => $ids->root( $form->id() ),
			),
			$ids->thread( $form->id() )
		);
		$email = $this->ticket(
			array(
				'channel' => 'email',
				'message' => array(
					'body'        => 'Hello',
					'external_id' => '<CAF-first.42@mail.example>',
				),
			)
		);
		$this->assertSame( '<CAF-first.42@mail.example> ' . $ids->root( $email->id() ), $ids->thread( $email->id() )['References'] );
		$this->assertSame( $ids->root( $email->id() ), $ids->thread( $email->id() )['In-Reply-To'] );
		$junk = $this->ticket(
			array(
				'channel' => 'email',
				'message' => array(
					'body'        => 'Hello',
					'external_id' => "evil\r\nBcc: all@example.test",
				),
			)
		);
		$this->assertSame( $ids->root( $junk->id() ), $ids->thread( $junk->id() )['References'], 'something not shaped like a Message-ID never reaches a header' );
	}

	/** Every email of one ticket, to the customer and to agents, shares the thread; each has one Message-ID of its own. */
	public function test_emails_of_a_ticket_share_one_thread(): void {
		$agent  = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket( array( 'contact' => array( 'email' => 'thread@example.test' ) ) );
		wp_set_current_user( $agent );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'One.' ) );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'Two.', 'status' => 'resolved' ) );
		$mails = $this->mails();
		$this->assertGreaterThanOrEqual( 4, count( $mails ), 'acknowledgement, new ticket, two replies, resolution' );
		$root = $this->service( ThreadHeaders::class )->root( $ticket->id() );
		$seen = array();
		foreach ( $mails as $mail ) {
			$this->assertCount( 1, $mail['headers']['message-id'], 'PHPMailer adds no second Message-ID' );
			$this->assertSame( $root, $this->header( $mail, 'In-Reply-To' ) );
			$this->assertSame( $root, $this->header( $mail, 'References' ) );
			$seen[] = $this->header( $mail, 'Message-ID' );
		}
		$this->assertSame( $seen, array_unique( $seen ) );
	}
}
