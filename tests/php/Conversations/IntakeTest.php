<?php
/**
 * Tests for Storedesk\Conversations\Intake.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Conversations;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\Intake;
use Storedesk\Conversations\Received;
use Storedesk\Messages\MessageRepository;
use Storedesk\Notifications\Notifier;
use Storedesk\Storefront\NoScriptForm;
use Storedesk\Tests\Storefront\StoreTestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * One way in: every entry point goes through Intake::receive(), which
 * finds the contact by address type, threads, deduplicates, reopens, and
 * keeps machines from being answered.
 */
class IntakeTest extends StoreTestCase {

	/**
	 * Sources seen by storedesk_message_received, in order.
	 *
	 * @var string[]
	 */
	private array $sources = array();

	/** Records every message the intake takes. */
	public function record( Received $received, InboundMessage $in ): void {
		$this->sources[] = $in->source . ':' . $received->message->id;
	}

	/** Listens. */
	protected function setUp(): void {
		parent::setUp();
		add_action( 'storedesk_message_received', array( $this, 'record' ), 10, 2 );
	}

	/** Stops listening. */
	protected function tearDown(): void {
		remove_action( 'storedesk_message_received', array( $this, 'record' ), 10 );
		$_POST = array();
		parent::tearDown();
	}

	/**
	 * The intake's outcome for a message.
	 *
	 * @param InboundMessage $in Message.
	 */
	private function receive( InboundMessage $in ): Received {
		$received = $this->service( Intake::class )->receive( $in );
		$this->assertInstanceOf( Received::class, $received, is_wp_error( $received ) ? $received->get_error_message() : '' );
		return $received;
	}

	/** The source and message id the hook saw last. */
	private function last_source(): string {
		return (string) end( $this->sources );
	}

	/** Form, no-JavaScript form, portal, agent ticket and logged call all come through the intake. */
	public function test_every_entry_point_goes_through_the_intake(): void {
		$form = $this->store( 'POST', '/tickets', $this->submission() );
		$this->assertStatus( 201, $form );
		$first = $this->service( MessageRepository::class )->thread( $form->get_data()['id'], 1, 1 )[0][0];
		$this->assertSame( 'form:' . $first->id, $this->last_source() );

		$_POST    = wp_slash( $this->submission( array( 'subject' => 'Without scripts' ) ) );
		$noscript = $this->service( NoScriptForm::class )->submit();
		$this->assertTrue( $noscript['ok'] );
		$this->assertStringStartsWith( 'noscript:', $this->last_source() );

		$reply = $this->store( 'POST', '/tickets/' . $form->get_data()['id'] . '/messages', array( 'body' => 'Any news?' ), $this->token( $form->get_data()['id'] ) );
		$this->assertStatus( 201, $reply );
		$this->assertSame( 'portal:' . $reply->get_data()['id'], $this->last_source() );

		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$agent = $this->rest(
			'POST',
			'/storedesk/v1/tickets',
			array(
				'subject'  => 'Walk-in return',
				'channel'  => 'email',
				'customer' => array( 'email' => 'walkin@example.test' ),
				'message'  => array( 'body' => 'Brought the chair back.' ),
			)
		);
		$this->assertStatus( 201, $agent );
		$this->assertStringStartsWith( 'agent:', $this->last_source() );

		$call = $this->rest( 'POST', '/storedesk/v1/calls', array( 'number' => '+44 7700 900555' ) );
		$this->assertStatus( 201, $call );
		$this->assertSame( 'call:' . $call->get_data()['message']['id'], $this->last_source() );
		$this->assertCount( 5, $this->sources, 'each once' );
	}

	/** A WhatsApp number and the same phone typed elsewhere are one identity, so one contact. */
	public function test_addresses_are_typed_not_per_channel(): void {
		$plus44 = static fn() => '+44';
		add_filter( 'storedesk_calling_code', $plus44 );
		try {
			$whatsapp = $this->receive( new InboundMessage( channel: 'whatsapp', source: 'test', address: '+44 7700 900123', body: 'Hi from WhatsApp' ) );
			$form     = $this->receive( new InboundMessage( channel: 'form', source: 'test', address: 'ola@example.test', also: array( array( 'phone', '07700 900123' ) ), subject: 'Typed my number', body: 'Hi from the form' ) );
		} finally {
			remove_filter( 'storedesk_calling_code', $plus44 );
		}
		$this->assertSame( $whatsapp->contact->id, $form->contact->id );
		$this->assertSame( array( array( 'channel' => 'phone', 'value' => '+447700900123' ) ), $this->service( ContactRepository::class )->identities( $whatsapp->contact->id ), 'no address added to a contact found by another' );
		$this->assertNotSame( $whatsapp->ticket->id(), $form->ticket->id(), 'two conversations' );
	}

	/** Bad addresses and unknown channels are refused with their reason, storing nothing. */
	public function test_refusals(): void {
		$before = $this->rows( 'messages' );
		$intake = $this->service( Intake::class );
		$this->assertSame( 'storedesk_invalid_channel', $intake->receive( new InboundMessage( channel: 'pigeon', source: 'test', address: 'x', body: 'Coo' ) )->get_error_code() );
		$this->assertSame( 'storedesk_invalid_address', $intake->receive( new InboundMessage( channel: 'phone', source: 'test', address: '12', body: 'Short' ) )->get_error_code() );
		$this->assertSame( 'storedesk_missing_contact', $intake->receive( new InboundMessage( channel: 'email', source: 'test', body: 'From nobody' ) )->get_error_code() );
		$this->assertSame( 'storedesk_ticket_not_found', $intake->receive( new InboundMessage( channel: 'email', source: 'test', address: 'a@example.test', ticket_id: 999999999, body: 'Lost' ) )->get_error_code() );
		$this->assertSame( $before, $this->rows( 'messages' ) );
		$this->assertSame( array(), $this->sources );
	}

	/** A message delivered twice is stored once and announced once. */
	public function test_redelivery_is_stored_once(): void {
		$in     = new InboundMessage( channel: 'email', source: 'test', address: 'twice@example.test', subject: 'Twice', body: 'Hello', external_id: '<twice@mail.test>' );
		$first  = $this->receive( $in );
		$second = $this->receive( $in );
		$this->assertTrue( $first->opened );
		$this->assertTrue( $second->duplicate );
		$this->assertSame( $first->message->id, $second->message->id );
		$this->assertCount( 1, $this->sources );
	}

	/** A customer writing on a resolved conversation opens it again; an auto-reply does not, and opens nothing new. */
	public function test_reopening_and_automatic_messages(): void {
		$ticket  = $this->ticket();
		$tickets = $this->service( TicketRepository::class );
		$tickets->update( $ticket->id(), array( 'status' => 'resolved' ), 0 );

		$auto = $this->receive( new InboundMessage( channel: 'email', source: 'test', contact_id: $ticket->contact_id(), ticket_id: $ticket->id(), body: 'I am out of office.', automatic: true ) );
		$this->assertFalse( $auto->reopened );
		$this->assertSame( 'resolved', $tickets->find( $ticket->id() )->status() );
		$this->assertTrue( $auto->message->meta['automatic'] );

		$back = $this->receive( new InboundMessage( channel: 'email', source: 'test', contact_id: $ticket->contact_id(), ticket_id: $ticket->id(), body: 'It broke again.' ) );
		$this->assertTrue( $back->reopened );
		$this->assertSame( 'open', $tickets->find( $ticket->id() )->status() );

		$new = $this->service( Intake::class )->receive( new InboundMessage( channel: 'email', source: 'test', address: 'robot@example.test', body: 'Auto: received', automatic: true ) );
		$this->assertSame( 'storedesk_automatic_message', $new->get_error_code() );
	}

	/** Past the loop limit a sender's messages are stored but start no more emails. */
	public function test_a_flooding_sender_is_stored_but_not_answered(): void {
		$limit = static fn() => 2;
		add_filter( 'storedesk_loop_limit', $limit );
		try {
			$ticket = $this->ticket( array( 'contact' => array( 'email' => 'loop@example.test' ) ) );
			$this->run_jobs();
			$jobs = static fn() => count( array_filter( (array) _get_cron_array(), static fn( $hooks ) => isset( $hooks[ Notifier::JOB ] ) ) ) + ( function_exists( 'as_get_scheduled_actions' ) ? count( as_get_scheduled_actions( array( 'hook' => Notifier::JOB, 'status' => 'pending' ), 'ids' ) ) : 0 );
			$this->customer_writes( $ticket, 'Second' );
			$this->assertSame( 1, $jobs(), 'under the limit: the agents hear of it' );
			$this->run_jobs();
			$this->customer_writes( $ticket, 'Third' );
			$this->assertSame( 0, $jobs(), 'over the limit: stored, announced to nobody' );
			$this->assertSame( 3, $this->service( MessageRepository::class )->count( $ticket->id() ) );
		} finally {
			remove_filter( 'storedesk_loop_limit', $limit );
		}
	}
}
