<?php
/**
 * Thread storage and the counters it keeps.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Messages;

use Storedesk\Messages\MessageRepository;
use Storedesk\Tests\TestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * Messages update the ticket's inbox row and are stored once per channel id.
 */
class MessageRepositoryTest extends TestCase {

	/** Replies end the customer's wait and set the first response; notes do neither. */
	public function test_counters_follow_the_conversation(): void {
		$agent    = $this->user( 'storedesk_agent' );
		$ticket   = $this->ticket( array( 'created_at' => '2026-03-01T09:00:00Z' ) );
		$messages = $this->service( MessageRepository::class );
		$tickets  = $this->service( TicketRepository::class );
		$this->assertSame( '2026-03-01 09:00:00', $tickets->find( $ticket->id() )->get( 'waiting_since' ) );
		$messages->add( $ticket->id(), array( 'kind' => 'note', 'body' => 'Checking stock', 'author_id' => $agent, 'created_at' => '2026-03-01 09:30:00' ) );
		$row = $tickets->find( $ticket->id() );
		$this->assertSame( '2026-03-01 09:00:00', $row->get( 'waiting_since' ) );
		$this->assertNull( $row->get( 'first_response_at' ) );
		$this->assertSame( 'It has not arrived yet.', $row->get( 'excerpt' ), 'notes do not replace the preview' );
		$messages->add( $ticket->id(), array( 'kind' => 'reply', 'body' => '<p>Shipped today &amp; tracked.</p>', 'author_id' => $agent, 'created_at' => '2026-03-01 10:00:00' ) );
		$row = $tickets->find( $ticket->id() );
		$this->assertNull( $row->get( 'waiting_since' ) );
		$this->assertSame( '2026-03-01 10:00:00', $row->get( 'first_response_at' ) );
		$this->assertSame( '2026-03-01 10:00:00', $row->get( 'last_activity_at' ) );
		$this->assertSame( 'Shipped today & tracked.', $row->get( 'excerpt' ) );
		$this->assertSame( 3, (int) $row->get( 'message_count' ) );
		$messages->add( $ticket->id(), array( 'kind' => 'customer', 'body' => 'Thanks!', 'created_at' => '2026-03-02 08:00:00' ) );
		$row = $tickets->find( $ticket->id() );
		$this->assertSame( '2026-03-02 08:00:00', $row->get( 'waiting_since' ) );
		$this->assertSame( '2026-03-01 10:00:00', $row->get( 'first_response_at' ), 'first response stays the first' );
		$this->assertSame( '1', (string) $row->get( 'unread' ) );
	}

	/** A redelivered message (same channel id) is stored once. */
	public function test_redelivery_is_stored_once(): void {
		$ticket   = $this->ticket();
		$messages = $this->service( MessageRepository::class );
		$first    = $messages->add( $ticket->id(), array( 'kind' => 'customer', 'channel' => 'email', 'body' => 'Hello', 'external_id' => '<abc@mail.test>' ) );
		$again    = $messages->add( $ticket->id(), array( 'kind' => 'customer', 'channel' => 'email', 'body' => 'Hello', 'external_id' => '<abc@mail.test>' ) );
		$this->assertSame( $first->id, $again->id );
		$this->assertSame( 2, (int) $this->service( TicketRepository::class )->find( $ticket->id() )->get( 'message_count' ) );
	}

	/** storedesk_message_created fires once per stored message, not for a redelivery. */
	public function test_created_hook_fires_once_per_new_message(): void {
		$ticket = $this->ticket();
		$seen   = array();
		$listen = static function ( $message ) use ( &$seen ) {
			$seen[] = $message->id;
		};
		add_action( 'storedesk_message_created', $listen );
		$messages = $this->service( MessageRepository::class );
		$first    = $messages->add( $ticket->id(), array( 'kind' => 'customer', 'channel' => 'email', 'body' => 'Hello', 'external_id' => '<hook@mail.test>' ) );
		$messages->add( $ticket->id(), array( 'kind' => 'customer', 'channel' => 'email', 'body' => 'Hello', 'external_id' => '<hook@mail.test>' ) );
		remove_action( 'storedesk_message_created', $listen );
		$this->assertSame( array( $first->id ), $seen );
	}

	/** The thread pages oldest first, or from the newest for the ticket view. */
	public function test_thread_paging(): void {
		$ticket   = $this->ticket( array( 'created_at' => '2026-01-01T00:00:00Z' ) );
		$messages = $this->service( MessageRepository::class );
		for ( $i = 1; $i <= 4; $i++ ) {
			$messages->add( $ticket->id(), array( 'kind' => 'customer', 'body' => "Message {$i}", 'created_at' => "2026-01-0{$i} 12:00:00" ) );
		}
		list( $page, $total ) = $messages->thread( $ticket->id(), 1, 2 );
		$this->assertSame( 5, $total );
		$this->assertSame( array( 'It has not arrived yet.', 'Message 1' ), array_map( static fn( $m ) => wp_strip_all_tags( $m->body ), $page ) );
		[ $latest ] = $messages->thread( $ticket->id(), 1, 2, true );
		$this->assertSame( array( 'Message 3', 'Message 4' ), array_map( static fn( $m ) => $m->body, $latest ) );
	}
}
