<?php
/**
 * Index rebuild.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tests\TestCase;
use Storedesk\Tickets\TicketIndexRebuilder;
use Storedesk\Tickets\TicketRepository;

/**
 * The index row is derived data: rebuilding it from the post, its meta and
 * its messages gives back the row the repository wrote.
 */
class TicketIndexRebuilderTest extends TestCase {

	/** A deleted row comes back identical but for its change time. */
	public function test_rebuild_restores_the_row(): void {
		global $wpdb;
		$agent  = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket( array( 'channel' => 'chat', 'priority' => 'high', 'assignee' => $agent, 'created_at' => '2026-05-01T08:00:00Z' ) );
		$this->service( MessageRepository::class )->add( $ticket->id(), array( 'kind' => 'reply', 'body' => 'Sent a new one.', 'author_id' => $agent, 'created_at' => '2026-05-01 09:00:00' ) );
		$this->service( MessageRepository::class )->add( $ticket->id(), array( 'kind' => 'customer', 'body' => 'Still nothing.', 'created_at' => '2026-05-02 09:00:00' ) );
		$this->service( TicketRepository::class )->update( $ticket->id(), array( 'status' => 'pending' ), $agent );
		$table  = Schema::table( 'ticket_index' );
		$before = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE ticket_id = %d", $ticket->id() ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$search = $wpdb->get_var( $wpdb->prepare( 'SELECT content FROM ' . Schema::table( 'search' ) . ' WHERE ticket_id = %d', $ticket->id() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$wpdb->delete( $table, array( 'ticket_id' => $ticket->id() ) );
		$wpdb->delete( Schema::table( 'search' ), array( 'ticket_id' => $ticket->id() ) );

		$this->service( TicketIndexRebuilder::class )->run_batch( $ticket->id() - 1 );

		$after = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE ticket_id = %d", $ticket->id() ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		unset( $before['updated_at'], $after['updated_at'], $before['unread'], $after['unread'] );
		$this->assertSame( $before, $after );
		$this->assertSame( '2026-05-02 09:00:00', $after['waiting_since'] );
		$this->assertSame( $search, $wpdb->get_var( $wpdb->prepare( 'SELECT content FROM ' . Schema::table( 'search' ) . ' WHERE ticket_id = %d', $ticket->id() ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
}
