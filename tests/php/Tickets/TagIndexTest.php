<?php
/**
 * Tags with their tickets' status and channel.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Tests\TestCase;
use Storedesk\Tickets\TagIndex;
use Storedesk\Tickets\Tags;
use Storedesk\Tickets\TicketRepository;

/**
 * The rows follow every way a ticket's tags, status or channel change, and
 * an upgrade fills them for older tickets.
 */
class TagIndexTest extends TestCase {

	/**
	 * A ticket's rows as "slug status channel", sorted.
	 *
	 * @param int $ticket_id Ticket id.
	 * @return string[]
	 */
	private function tag_rows( int $ticket_id ): array {
		global $wpdb;
		$rows = $wpdb->get_col( $wpdb->prepare( "SELECT CONCAT(t.slug, ' ', x.status, ' ', x.channel) FROM " . Schema::table( 'ticket_tags' ) . " x JOIN {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = x.term_taxonomy_id JOIN {$wpdb->terms} t ON t.term_id = tt.term_id WHERE x.ticket_id = %d", $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		sort( $rows );
		return $rows;
	}

	/** Creating, tagging, untagging, a new status and a deleted tag each move the rows. */
	public function test_rows_follow_the_ticket(): void {
		$agent = $this->user( 'storedesk_manager' );
		$tags  = $this->service( Tags::class );
		foreach ( array( 'broken', 'gift', 'vip' ) as $slug ) {
			$tags->create( $slug );
		}
		$ticket = $this->ticket( array( 'channel' => 'chat', 'tags' => array( 'broken', 'gift' ) ) );
		$repo   = $this->service( TicketRepository::class );
		$this->assertSame( array( 'broken open chat', 'gift open chat' ), $this->tag_rows( $ticket->id() ), 'tags given at creation' );

		$repo->update( $ticket->id(), array( 'status' => 'pending' ), $agent );
		$this->assertSame( array( 'broken pending chat', 'gift pending chat' ), $this->tag_rows( $ticket->id() ), 'a new status' );

		$repo->update( $ticket->id(), array( 'add_tags' => array( 'vip' ), 'remove_tags' => array( 'gift' ) ), $agent );
		$this->assertSame( array( 'broken pending chat', 'vip pending chat' ), $this->tag_rows( $ticket->id() ), 'tags added and taken off' );

		$repo->update( $ticket->id(), array( 'tags' => array( 'gift' ) ), $agent );
		$this->assertSame( array( 'gift pending chat' ), $this->tag_rows( $ticket->id() ), 'tags replaced' );

		wp_delete_term( (int) get_term_by( 'slug', 'gift', 'storedesk_tag' )->term_id, 'storedesk_tag' );
		$this->assertSame( array(), $this->tag_rows( $ticket->id() ), 'a deleted tag' );
	}

	/** After the upgrade, older tickets' rows are filled in the background, and searches wait for them. */
	public function test_backfill(): void {
		global $wpdb;
		$this->service( Tags::class )->create( 'backfilled' );
		$ticket = $this->ticket( array( 'tags' => array( 'backfilled' ) ) );
		$wpdb->query( 'DELETE FROM ' . Schema::table( 'ticket_tags' ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		TagIndex::schedule();
		$this->assertFalse( TagIndex::ready() );
		$used = false;
		$spy  = static function ( $sql ) use ( &$used ) {
			$used = $used || str_contains( $sql, Schema::table( 'ticket_tags' ) );
			return $sql;
		};
		$find = function () use ( $spy, &$used ) {
			$used = false;
			add_filter( 'query', $spy );
			$ids = array_column( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => 'order', 'tag' => 'backfilled', 'status' => 'open' ) )->get_data(), 'id' );
			remove_filter( 'query', $spy );
			return $ids;
		};
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertSame( array( $ticket->id() ), $find(), 'found through the term relationships meanwhile' );
		$this->assertFalse( $used, 'the table is not asked while it fills' );
		$this->service( TagIndex::class )->run_batch( $ticket->id() - 1 );
		$this->assertTrue( TagIndex::ready(), 'the last batch finishes the upgrade' );
		$this->assertSame( array( 'backfilled open email' ), $this->tag_rows( $ticket->id() ) );
		$this->assertSame( array( $ticket->id() ), $find(), 'found through the table' );
		$this->assertTrue( $used );
	}
}
