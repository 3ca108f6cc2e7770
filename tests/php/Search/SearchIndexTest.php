<?php
/**
 * Full-text search over subjects and messages.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Search;

use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Search\SearchIndex;
use Storedesk\Support\Transaction;
use Storedesk\Tests\TestCase;

/**
 * InnoDB applies FULLTEXT changes only at commit, so this test commits its
 * data and removes it afterwards instead of rolling back.
 */
class SearchIndexTest extends TestCase {

	/**
	 * Ticket ids this test committed.
	 *
	 * @var int[]
	 */
	private array $created = array();

	/** Leaves the rollback transaction so writes commit. */
	protected function setUp(): void {
		parent::setUp();
		Transaction::rollback();
		wp_set_current_user( $this->user( 'administrator' ) );
	}

	/** Deletes what the test committed. */
	protected function tearDown(): void {
		global $wpdb;
		foreach ( $this->created as $id ) {
			$ticket = $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $id );
			foreach ( array( 'ticket_index', 'search', 'messages', 'participants' ) as $table ) {
				$wpdb->delete( Schema::table( $table ), array( 'ticket_id' => $id ) );
			}
			if ( $ticket ) {
				$wpdb->delete( Schema::table( 'contact_identities' ), array( 'contact_id' => $ticket->contact_id() ) );
				$wpdb->delete( Schema::table( 'contacts' ), array( 'id' => $ticket->contact_id() ) );
			}
			wp_delete_post( $id, true );
		}
		require_once ABSPATH . 'wp-admin/includes/user.php';
		wp_delete_user( get_current_user_id() );
		Transaction::begin();
		parent::tearDown();
	}

	/** Words from the subject or any message find the ticket; all words must match. */
	public function test_search_subject_and_messages(): void {
		$boots = $this->ticket( array( 'subject' => 'Leather boots squeak' ) );
		$scarf = $this->ticket( array( 'subject' => 'Scarf colour', 'message' => array( 'body' => '<p>The cashmere scarf arrived faded.</p>' ) ) );
		$this->created = array( $boots->id(), $scarf->id() );
		$this->service( MessageRepository::class )->add( $boots->id(), array( 'kind' => 'reply', 'body' => 'Try the conditioning balm.', 'author_id' => get_current_user_id() ) );
		$find = fn( string $q ) => wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => $q ) )->get_data(), 'id' );
		$this->assertSame( array( $boots->id() ), $find( 'squeak' ) );
		$this->assertSame( array( $boots->id() ), $find( 'conditioning balm' ), 'text of a later reply is searchable' );
		$this->assertSame( array( $scarf->id() ), $find( 'cashmere' ) );
		$this->assertSame( array( $scarf->id() ), $find( 'cashm' ), 'the last word is a prefix' );
		$this->assertSame( array(), $find( 'cashmere boots' ), 'every word must match' );
		$this->assertSame( array(), $find( '+-*"' ), 'operators alone match nothing' );
	}

	/** Operators typed by an agent are words, never boolean syntax. */
	public function test_words_strip_operators(): void {
		$this->assertSame( array( 'refund', 'order' ), SearchIndex::words( '+refund -order*' ) );
		$this->assertSame( array( 'dana@example.test' ), SearchIndex::words( '"dana@example.test"' ) );
	}

	/** Row-by-row matching gives the same answers as the FULLTEXT index. */
	public function test_scan_plan_agrees_with_fulltext(): void {
		global $wpdb;
		$a = $this->ticket( array( 'subject' => 'Refunded twice', 'message' => array( 'body' => 'Card charged for order 1042 at dana@example.test.' ) ) );
		$b = $this->ticket( array( 'subject' => 'Refund request', 'message' => array( 'body' => 'Please refund the scarf.' ) ) );
		$c = $this->ticket( array( 'subject' => 'Unrelated', 'message' => array( 'body' => 'Prefunding is not a word here.' ) ) );
		$this->created = array( $a->id(), $b->id(), $c->id() );
		$search        = $this->service( SearchIndex::class );
		$ids           = array( $a->id(), $b->id(), $c->id() );
		foreach ( array( 'refund', 'refunded', 'scarf refund', 'dana@example.test', 'order 1042', 'card charged' ) as $query ) {
			$found = array();
			foreach ( array( false, true ) as $scan ) {
				$found[] = array_map( 'intval', $wpdb->get_col( 'SELECT ticket_id FROM ' . Schema::table( 'search' ) . ' s WHERE ticket_id IN (' . implode( ',', $ids ) . ') AND ' . $search->condition( $query, $scan ) . ' ORDER BY ticket_id' ) ); // phpcs:ignore WordPress.DB.PreparedSQL
			}
			$this->assertSame( $found[0], $found[1], "'{$query}' differs between FULLTEXT and scan" );
			$this->assertNotSame( array(), $found[0], "'{$query}' found nothing" );
		}
		$this->assertNotContains( $c->id(), $found[0] ?? array() );
	}

	/** With few candidates left by indexed filters, the list query scans them; otherwise it uses FULLTEXT. */
	public function test_plan_choice(): void {
		$query = $this->service( \Storedesk\Tickets\TicketQuery::class );
		$few   = $query->sql_for( array( 'status' => array( 'open' ), 'channel' => array( 'chat' ), 'search' => 'boots' ), get_current_user_id() );
		$none  = $query->sql_for( array( 'search' => 'boots' ), get_current_user_id() );
		$this->assertStringContainsString( Schema::is_sqlite() ? 'LIKE' : 'REGEXP', $few['select'] );
		$this->assertStringContainsString( Schema::is_sqlite() ? 'LIKE' : 'MATCH(s.content)', $none['select'] );
	}
}
