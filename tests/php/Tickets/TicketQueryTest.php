<?php
/**
 * How far an inbox list counts.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Tickets;

use Storedesk\Tests\TestCase;
use Storedesk\Tickets\TicketQuery;

/**
 * Counting every match of a common word or a big view cost more than the
 * page itself (issue 11: the search-only COUNT read all 8,458 matches at
 * 100k tickets). A list counts up to a limit and then says "more than";
 * below the limit, and on pages past it, the total stays right.
 */
class TicketQueryTest extends TestCase {

	/** Eight open tickets in a view of their own; the limit set to five. */
	public function test_counts_stop_past_the_limit(): void {
		$team = $this->service( \Storedesk\Teams\TeamRepository::class )->save( array( 'name' => 'Counted ' . wp_rand() ) );
		$ids  = array();
		for ( $i = 0; $i < 8; $i++ ) {
			$ids[] = $this->ticket( array( 'team' => $team['id'] ) )->id();
		}
		$limit = static fn() => 5;
		add_filter( 'storedesk_count_limit', $limit );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		try {
			$page  = fn( int $n ) => $this->rest( 'GET', '/storedesk/v1/tickets', array( 'team' => $team['id'], 'per_page' => 3, 'page' => $n ) );
			$first = $page( 1 );
			$this->assertSame( '6', $first->get_headers()['X-WP-Total'], 'one more than the limit: "more than 5"' );
			$this->assertCount( 3, $first->get_data() );
			$this->assertSame( 5, $this->rest( 'GET', '/storedesk/v1/me' )->get_data()['count_limit'] );
			$third = $page( 3 );
			$this->assertSame( '8', $third->get_headers()['X-WP-Total'], 'past the limit, a page counts as far as it reaches' );
			$this->assertCount( 2, $third->get_data() );
		} finally {
			remove_filter( 'storedesk_count_limit', $limit );
		}
		$this->assertSame( '8', $this->rest( 'GET', '/storedesk/v1/tickets', array( 'team' => $team['id'] ) )->get_headers()['X-WP-Total'], 'below the limit the count is exact' );
		$this->assertSame( 1000, TicketQuery::count_limit() );
	}

	/**
	 * With few candidates the search checks them once for both
	 * the page and the total (the filtered inbox read them twice, and counted
	 * the tag's tickets a third time): pages and totals stay the same.
	 */
	public function test_filtered_search_pages_from_one_pass(): void {
		$word  = 'velvetine' . wp_rand( 100, 999 );
		$match = array();
		$this->service( \Storedesk\Tickets\Tags::class )->create( 'One pass' );
		for ( $i = 0; $i < 7; $i++ ) {
			$ticket = $this->ticket(
				array(
					'channel' => 'chat',
					'tags'    => array( 'one-pass' ),
					'subject' => 0 === $i % 3 ? 'Nothing to see' : "About the {$word} cushion",
				)
			);
			if ( 0 !== $i % 3 ) {
				$match[] = $ticket->id();
			}
		}
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$args  = array( 'channel' => array( 'chat' ), 'tag' => array( 'one-pass' ), 'search' => $word, 'status' => array( 'open' ) );
		$query = $this->service( TicketQuery::class );
		$sql   = $query->sql_for( $args, get_current_user_id() );
		$this->assertSame( count( $match ), $sql['total'] ?? null, 'few candidates: every condition checked on them, the total known' );
		$this->assertStringNotContainsString( 'term_relationships', $sql['keys'], 'the page is cut from the matches alone' );
		$this->assertStringNotContainsString( 'ORDER BY', $sql['keys'], 'ordered here, not by a sort of every match' );
		$seen = array();
		foreach ( array( 1, 2, 3 ) as $page ) {
			$response = $this->rest( 'GET', '/storedesk/v1/tickets', array( 'channel' => 'chat', 'tag' => 'one-pass', 'search' => $word, 'status' => 'open', 'per_page' => 2, 'page' => $page ) );
			$this->assertSame( (string) count( $match ), $response->get_headers()['X-WP-Total'] );
			$seen = array_merge( $seen, array_column( $response->get_data(), 'id' ) );
		}
		// Newest activity first; same times fall back to the higher id.
		rsort( $match );
		$this->assertSame( $match, $seen );
	}

	/**
	 * Following X-Storedesk-Next gives the same pages as page numbers, for
	 * every sort and direction, with and without a search, and the same
	 * totals; a cursor of another sort, or a forged one, is refused.
	 */
	public function test_cursor_pages_match_offset_pages(): void {
		$team = $this->service( \Storedesk\Teams\TeamRepository::class )->save( array( 'name' => 'Cursor ' . wp_rand() ) );
		$prio = array( 'low', 'high', 'high', 'urgent', 'normal', 'high', 'low' );
		foreach ( $prio as $n => $priority ) {
			// Two tickets share each time, so the id decides between them.
			$this->ticket( array( 'team' => $team['id'], 'priority' => $priority, 'subject' => 'Cursor cushion ' . $n, 'created_at' => gmdate( 'Y-m-d\TH:i:s\Z', 1780000000 + 60 * intdiv( $n, 2 ) ) ) );
		}
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$get = fn( array $args ) => $this->rest( 'GET', '/storedesk/v1/tickets', $args + array( 'team' => $team['id'], 'per_page' => 2 ) );
		foreach ( array( 'last_activity', 'created', 'updated', 'priority' ) as $orderby ) {
			foreach ( array( 'asc', 'desc' ) as $order ) {
				foreach ( array( array(), array( 'search' => 'cushion' ) ) as $search ) {
					$label  = "{$orderby} {$order}" . ( $search ? ' with a search' : '' );
					$sort   = array( 'orderby' => $orderby, 'order' => $order ) + $search;
					$paged  = array();
					$walked = array();
					$after  = null;
					for ( $page = 1; $page <= 4; $page++ ) {
						$by_number = $get( $sort + array( 'page' => $page ) );
						$by_cursor = $get( $sort + array( 'page' => $page ) + ( $after ? array( 'after' => $after ) : array() ) );
						$paged     = array_merge( $paged, array_column( $by_number->get_data(), 'id' ) );
						$walked    = array_merge( $walked, array_column( $by_cursor->get_data(), 'id' ) );
						$this->assertSame( $by_number->get_headers()['X-WP-Total'], $by_cursor->get_headers()['X-WP-Total'], "{$label}, page {$page}: total" );
						$after = $by_cursor->get_headers()['X-Storedesk-Next'] ?? null;
						$this->assertSame( $page < 4, null !== $after, "{$label}, page {$page}: a cursor while pages are full" );
					}
					$this->assertCount( 7, array_unique( $paged ), $label );
					$this->assertSame( $paged, $walked, $label );
				}
			}
		}
		$first = $get( array( 'orderby' => 'created' ) )->get_headers()['X-Storedesk-Next'];
		$this->assertStatus( 400, $get( array( 'orderby' => 'priority', 'after' => $first ) ), 'another sort\'s cursor' );
		$forged = rtrim( strtr( base64_encode( (string) wp_json_encode( array( 'last_activity', 'desc', array( "2026-01-01 00:00:00' OR 1=1 -- " ), 5 ) ) ), '+/', '-_' ), '=' );
		$this->assertStatus( 400, $get( array( 'after' => $forged ) ), 'a value that is not a date' );
		$this->assertStatus( 400, $get( array( 'after' => 'not a cursor' ) ) );
	}
}
