<?php
/**
 * Tests for Storedesk\Tickets\TicketMoves.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tests\TestCase;
use Storedesk\Tickets\Ticket;

/**
 * Merging contacts and deleting a team move tickets through the ticket
 * repository: meta, index and search terms together, an event in each
 * thread, storedesk_ticket_updated for each, and no email for any.
 */
class TicketMovesTest extends TestCase {

	/**
	 * What storedesk_ticket_updated fired with: [ticket id, before, after].
	 *
	 * @var array<int, array{0: int, 1: Ticket, 2: Ticket}>
	 */
	private array $updated = array();

	/** Listens to the extension hook. */
	protected function setUp(): void {
		parent::setUp();
		$this->run_jobs();
		add_action( 'storedesk_ticket_updated', array( $this, 'seen' ), 10, 2 );
	}

	/** Stops listening. */
	protected function tearDown(): void {
		remove_action( 'storedesk_ticket_updated', array( $this, 'seen' ), 10 );
		parent::tearDown();
	}

	/**
	 * Records a storedesk_ticket_updated.
	 *
	 * @param Ticket $after  After.
	 * @param Ticket $before Before.
	 */
	public function seen( Ticket $after, Ticket $before ): void {
		$this->updated[] = array( $after->id(), $before, $after );
	}

	/**
	 * The last event of a thread.
	 *
	 * @param int $ticket Ticket id.
	 * @return array<string, mixed>
	 */
	private function last_event( int $ticket ): array {
		$events = wp_list_filter( $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket . '/messages' )->get_data(), array( 'kind' => 'event' ) );
		return (array) end( $events );
	}

	/** Notify jobs queued (a move emails nobody). */
	private function notify_jobs(): int {
		$cron = count( array_filter( (array) _get_cron_array(), static fn( $hooks ) => isset( $hooks[ \Storedesk\Notifications\Announcer::JOB ] ) ) );
		return $cron + ( function_exists( 'as_get_scheduled_actions' ) ? count( as_get_scheduled_actions( array( 'hook' => \Storedesk\Notifications\Announcer::JOB, 'status' => 'pending' ), 'ids' ) ) : 0 );
	}

	/** The folded contact's tickets become the kept one's in meta, index and search, each with "moved" in its thread. */
	public function test_a_merge_moves_each_ticket_through_the_repository(): void {
		$keep  = $this->ticket( array( 'contact' => array( 'name' => 'Keira Kept', 'email' => 'keira@example.test' ) ) );
		$fold1 = $this->ticket( array( 'contact' => array( 'name' => 'Folda Gone', 'email' => 'folda@example.test' ) ) );
		$fold2 = $this->ticket( array( 'contact_id' => $fold1->contact_id(), 'subject' => 'Second question' ) );
		$this->run_jobs();
		$agent = $this->user( 'storedesk_manager' );
		wp_set_current_user( $agent );
		$jobs = $this->notify_jobs();
		$this->assertStatus( 200, $this->rest( 'POST', '/storedesk/v1/contacts/' . $keep->contact_id() . '/merge', array( 'source' => $fold1->contact_id() ) ) );
		foreach ( array( $fold1->id(), $fold2->id() ) as $id ) {
			$this->assertSame( (string) $keep->contact_id(), get_post_meta( $id, '_storedesk_contact', true ) );
			$this->assertSame( $keep->contact_id(), $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $id )->contact_id() );
			$event = $this->last_event( $id );
			$this->assertSame( array( 'contact', $fold1->contact_id(), $keep->contact_id(), $agent ), array( $event['meta']['field'], $event['meta']['from'], $event['meta']['to'], $event['author']['id'] ) );
			$this->assertStringContainsString( 'from Folda Gone to Keira Kept', $event['body'] );
		}
		$this->assertSame( array( $fold1->id(), $fold2->id() ), array_column( $this->updated, 0 ), 'storedesk_ticket_updated once per moved ticket' );
		$this->assertSame( $fold1->contact_id(), $this->updated[0][1]->contact_id() );
		// The moved tickets are found by the kept customer's name at once.
		$found = array_column( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => 'Keira' ) )->get_data(), 'id' );
		sort( $found );
		$this->assertSame( array( $keep->id(), $fold1->id(), $fold2->id() ), $found );
		$this->assertSame( $jobs, $this->notify_jobs(), 'moves email nobody' );
	}

	/** Deleting a team takes each ticket out of it through the repository, with its event. */
	public function test_deleting_a_team_takes_its_tickets_out_through_the_repository(): void {
		$manager = $this->user( 'storedesk_manager' );
		$team    = $this->service( TeamRepository::class )->save( array( 'name' => 'Returns' ) );
		$ticket  = $this->ticket( array( 'team' => $team['id'] ) );
		$other   = $this->ticket();
		wp_set_current_user( $manager );
		$this->assertStatus( 200, $this->rest( 'DELETE', '/storedesk/v1/teams/' . $team['id'] ) );
		$this->assertSame( 0, $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $ticket->id() )->team_id() );
		$this->assertSame( '0', get_post_meta( $ticket->id(), '_storedesk_team', true ) );
		$event = $this->last_event( $ticket->id() );
		$this->assertSame( array( 'team', $team['id'], 0 ), array( $event['meta']['field'], $event['meta']['from'], $event['meta']['to'] ) );
		$this->assertStringContainsString( 'removed the ticket from its team', $event['body'] );
		$this->assertSame( array( $ticket->id() ), array_column( $this->updated, 0 ), 'only the team\'s ticket changed' );
		$this->assertSame( array(), wp_list_filter( $this->rest( 'GET', '/storedesk/v1/tickets/' . $other->id() . '/messages' )->get_data(), array( 'kind' => 'event' ) ) );
		global $wpdb;
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'team_members' ) . ' WHERE team_id = %d', $team['id'] ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
}
