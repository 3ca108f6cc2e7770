<?php
/**
 * Tests for Storedesk\Channels\Phone\CallLog.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Phone;

use Storedesk\Channels\Phone\CallLog;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Conversations\Received;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tests\Notifications\MailTestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * A logged call is a message of a conversation: the caller is one contact
 * whatever way the number was typed, an incoming call reads as the
 * customer's, an outgoing one as the agent's, and nothing is emailed to
 * the customer about a call.
 */
class CallLogTest extends MailTestCase {

	/** Agent logging calls. */
	private int $agent;

	/** An agent at the desk. */
	protected function setUp(): void {
		parent::setUp();
		$this->agent = $this->user( 'storedesk_agent' );
	}

	/**
	 * Logs a call as the agent.
	 *
	 * @param array $call Call fields.
	 */
	private function log( array $call ): Received {
		$received = $this->service( CallLog::class )->log( $call, $this->agent );
		$this->assertInstanceOf( Received::class, $received, is_wp_error( $received ) ? $received->get_error_message() : '' );
		return $received;
	}

	/** A new number makes a contact and a conversation; the same number typed otherwise is the same contact. */
	public function test_calls_find_the_caller_by_number(): void {
		$first = $this->log(
			array(
				'number'   => '+44 7700 900 321',
				'name'     => 'Ines Duarte',
				'duration' => 252,
				'notes'    => 'Wants to change the delivery address of her order.',
			)
		);
		$this->assertTrue( $first->opened );
		$this->assertSame( 'phone', $first->ticket->get( 'channel' ) );
		$this->assertSame( 'Call from Ines Duarte (+447700900321)', $first->ticket->get( 'subject' ) );
		$this->assertSame( 'customer', $first->message->kind );
		$this->assertSame( 'Wants to change the delivery address of her order.', $first->message->body );
		$this->assertSame(
			array(
				'direction' => 'inbound',
				'number'    => '+447700900321',
				'duration'  => 252,
				'outcome'   => 'answered',
			),
			$first->message->meta['call']
		);
		$this->assertSame( $this->agent, $first->message->meta['logged_by'] );
		$contact = $this->service( ContactRepository::class )->find( $first->contact->id );
		$this->assertSame( 'Ines Duarte', $contact->name );
		$this->assertSame( '+447700900321', $contact->phone );

		$again = $this->log( array( 'number' => '0044 (7700) 900-321' ) );
		$this->assertSame( $first->contact->id, $again->contact->id, 'same number, another format' );
		$this->assertSame( 'Call from Ines Duarte (+447700900321)', $again->ticket->get( 'subject' ), 'a known number is called by its contact\'s name' );
		$this->assertNotSame( $first->ticket->id(), $again->ticket->id(), 'a call without a conversation starts one' );
		$this->assertSame( 'Incoming call, answered.', $again->message->body, 'no notes: the call in words' );
	}

	/** On a conversation: an incoming call reopens it; an outgoing one is the agent's reply and sends nothing. */
	public function test_calls_on_a_conversation(): void {
		$ticket  = $this->ticket( array( 'contact' => array( 'email' => 'caller@example.test', 'phone' => '+49 30 1234567' ) ) );
		$tickets = $this->service( TicketRepository::class );
		$tickets->update( $ticket->id(), array( 'status' => 'resolved' ), $this->agent );
		$this->run_jobs();
		$this->clear_mails();

		$out = $this->log(
			array(
				'number'    => '+49 30 1234567',
				'direction' => 'outbound',
				'outcome'   => 'voicemail',
				'duration'  => 40,
				'ticket_id' => $ticket->id(),
			)
		);
		$this->assertSame( 'reply', $out->message->kind );
		$this->assertSame( $this->agent, $out->message->author_id );
		$this->assertSame( 'resolved', $tickets->find( $ticket->id() )->status(), 'our own call reopens nothing' );

		$in = $this->log( array( 'number' => '+49 30 1234567', 'ticket_id' => $ticket->id(), 'notes' => 'Called back: still broken.' ) );
		$this->assertSame( $ticket->id(), $in->ticket->id() );
		$this->assertTrue( $in->reopened );
		$thread = $this->service( MessageRepository::class )->thread( $ticket->id() )[0];
		$this->assertSame( array( 'customer', 'event', 'reply', 'customer', 'event' ), array_map( static fn( $m ) => $m->kind, $thread ), 'opened, resolved, our call, their call, reopened' );
		$this->assertSame( 'Outgoing call, voicemail, 40 seconds.', $thread[2]->body );

		$this->run_jobs();
		$this->assertSame( array(), $this->mails( 'caller@example.test' ), 'the customer gets no email about calls' );
	}

	/** Every field at fault is named; nothing is stored. */
	public function test_bad_calls_name_their_fields(): void {
		$before = $this->rows( 'messages' );
		$error  = $this->service( CallLog::class )->log(
			array(
				'number'    => '12',
				'direction' => 'sideways',
				'outcome'   => 'exploded',
				'duration'  => -1,
			),
			$this->agent
		);
		$this->assertSame( 'storedesk_invalid_fields', $error->get_error_code() );
		$this->assertSame( array( 'number', 'direction', 'outcome', 'duration' ), array_keys( $error->get_error_data()['fields'] ) );
		$this->assertStringContainsString( 'country code', $error->get_error_data()['fields']['number'] );
		$this->assertSame( 'Enter the phone number of the call.', $this->service( CallLog::class )->log( array(), $this->agent )->get_error_data()['fields']['number'] );
		$this->assertSame( $before, $this->rows( 'messages' ) );
	}
}
