<?php
/**
 * Ticket updates.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Tests\TestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * An update writes only when it asks for something.
 */
class TicketRepositoryTest extends TestCase {

	/** An empty update leaves updated_at, the polling cursor, alone and fires no hook. */
	public function test_empty_update_changes_nothing(): void {
		global $wpdb;
		$ticket = $this->ticket();
		$wpdb->update( Schema::table( 'ticket_index' ), array( 'updated_at' => '2026-01-01 00:00:00' ), array( 'ticket_id' => $ticket->id() ) );
		$fired = 0;
		$count = static function () use ( &$fired ) {
			++$fired;
		};
		add_action( 'storedesk_ticket_updated', $count );
		$same = $this->service( TicketRepository::class )->update( $ticket->id(), array(), 0 );
		remove_action( 'storedesk_ticket_updated', $count );
		$this->assertSame( $ticket->id(), $same->id() );
		$this->assertSame( 0, $fired );
		$this->assertSame( '2026-01-01 00:00:00', $wpdb->get_var( $wpdb->prepare( 'SELECT updated_at FROM ' . Schema::table( 'ticket_index' ) . ' WHERE ticket_id = %d', $ticket->id() ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/** A real change still moves updated_at. */
	public function test_change_moves_updated_at(): void {
		global $wpdb;
		$ticket = $this->ticket();
		$wpdb->update( Schema::table( 'ticket_index' ), array( 'updated_at' => '2026-01-01 00:00:00' ), array( 'ticket_id' => $ticket->id() ) );
		$this->service( TicketRepository::class )->update( $ticket->id(), array( 'priority' => 'high' ), 0 );
		$this->assertNotSame( '2026-01-01 00:00:00', $wpdb->get_var( $wpdb->prepare( 'SELECT updated_at FROM ' . Schema::table( 'ticket_index' ) . ' WHERE ticket_id = %d', $ticket->id() ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
}
