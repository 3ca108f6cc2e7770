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
			$page = fn( int $n ) => $this->rest( 'GET', '/storedesk/v1/tickets', array( 'team' => $team['id'], 'per_page' => 3, 'page' => $n ) );
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
}
