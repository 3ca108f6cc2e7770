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
}
