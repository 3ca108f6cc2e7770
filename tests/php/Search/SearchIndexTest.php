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
 * Commits its data and removes it afterwards, so the plans are checked on
 * what other requests would see.
 */
class SearchIndexTest extends TestCase {

	/**
	 * Ticket ids this test committed.
	 *
	 * @var int[]
	 */
	private array $created = array();

	/**
	 * Contacts this test committed that no longer own a ticket (merged away).
	 *
	 * @var int[]
	 */
	private array $contacts = array();

	/**
	 * Tags this test committed.
	 *
	 * @var string[]
	 */
	private array $tags = array();

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
		foreach ( $this->tags as $slug ) {
			$term = get_term_by( 'slug', $slug, 'storedesk_tag' );
			if ( $term ) {
				wp_delete_term( $term->term_id, 'storedesk_tag' );
			}
		}
		foreach ( $this->contacts as $id ) {
			$wpdb->delete( Schema::table( 'contact_identities' ), array( 'contact_id' => $id ) );
			$wpdb->delete( Schema::table( 'contacts' ), array( 'id' => $id ) );
		}
		require_once ABSPATH . 'wp-admin/includes/user.php';
		wp_delete_user( get_current_user_id() );
		Transaction::begin();
		parent::tearDown();
	}

	/** Words from the subject or any message find the ticket; all words must match. */
	public function test_search_subject_and_messages(): void {
		$boots         = $this->ticket( array( 'subject' => 'Leather boots squeak' ) );
		$scarf         = $this->ticket( array( 'subject' => 'Scarf colour', 'message' => array( 'body' => '<p>The cashmere scarf arrived faded.</p>' ) ) );
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

	/**
	 * The customer's name, email and phone find their tickets, narrowed by
	 * other words; a rename or a merge moves that in a background job.
	 */
	public function test_customer_words_find_their_tickets(): void {
		$n             = wp_rand( 1000, 9999 );
		$vask          = $this->ticket( array( 'contact' => array( 'name' => "Ingrid Vask{$n}", 'email' => "ingrid{$n}@shop.test", 'phone' => "+4479{$n}0011" ) ) );
		$quist         = $this->ticket( array( 'subject' => 'Cracked teapot', 'contact' => array( 'name' => "Bram Quist{$n}", 'email' => "bram{$n}@shop.test" ) ) );
		$this->created = array( $vask->id(), $quist->id() );
		$find          = fn( string $q ) => array_column( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => $q ) )->get_data(), 'id' );
		$this->assertSame( array( $vask->id() ), $find( "vask{$n}" ), 'by name' );
		$this->assertSame( array( $vask->id() ), $find( "ingrid{$n}@shop.test" ), 'by email' );
		$this->assertSame( array( $vask->id() ), $find( "+4479{$n}0011" ), 'by phone' );
		$this->assertSame( array( $vask->id() ), $find( "vask{$n} order" ), 'with a word of the conversation' );
		$this->assertSame( array(), $find( "vask{$n} teapot" ), 'every word still has to match' );

		$this->assertSame( 200, $this->rest( 'POST', '/storedesk/v1/contacts/' . $vask->contact_id(), array( 'name' => "Ingrid Lund{$n}" ) )->get_status() );
		$this->assertSame( array( $vask->id() ), $find( "vask{$n}" ), 'the old name stays until the job has run' );
		$this->run_jobs();
		$this->assertSame( array( $vask->id() ), $find( "lund{$n}" ), 'the new name' );
		$this->assertSame( array(), $find( "vask{$n}" ), 'the old name no longer' );

		$this->contacts[] = $quist->contact_id();
		$this->assertSame( 200, $this->rest( 'POST', '/storedesk/v1/contacts/' . $vask->contact_id() . '/merge', array( 'source' => $quist->contact_id() ) )->get_status() );
		$this->run_jobs();
		$this->assertSame( array( $quist->id(), $vask->id() ), $find( "lund{$n}" ), 'a merged customer\'s tickets carry the name that remains' );
		$this->assertSame( array( $quist->id() ), $find( "lund{$n} teapot" ) );
		$this->assertSame( array(), $find( "quist{$n}" ) );
	}

	/**
	 * Every plan (short lists of ids intersected, or the sorted inbox
	 * checking each ticket) gives the same page and the same total.
	 */
	public function test_every_plan_finds_the_same(): void {
		$tag = 'plans-' . wp_rand();
		$this->service( \Storedesk\Tickets\Tags::class )->create( $tag );
		$this->tags[]  = $tag;
		$made          = array(
			$this->ticket( array( 'subject' => 'Refunded twice', 'tags' => array( $tag ), 'message' => array( 'body' => 'Card charged for order 1042 at mika@example.test.' ) ) ),
			$this->ticket( array( 'subject' => 'Refund request', 'tags' => array( $tag ), 'message' => array( 'body' => 'Please refund the Café scarf.' ) ) ),
			$this->ticket( array( 'subject' => 'Unrelated', 'tags' => array( $tag ), 'message' => array( 'body' => 'Prefunding is not a word here.' ) ) ),
			$this->ticket( array( 'subject' => 'สั่งซื้อรองเท้า', 'tags' => array( $tag ), 'message' => array( 'body' => 'ยังไม่ได้รับรองเท้าที่สั่งซื้อไปเมื่อวาน' ) ) ),
		);
		$this->created = array_map( static fn( $t ) => $t->id(), $made );
		$plans         = array(
			'lists'        => array( 'storedesk_search_list_limit', static fn() => 10000 ),
			'sorted index' => array( 'storedesk_search_list_limit', static fn() => 0 ),
			// More candidates than are always checked by key: checked so within the budget.
			'by key'       => array( 'storedesk_search_in_limit', static fn() => 1 ),
		);
		$queries       = array(
			'refund'            => array( 0, 1 ),
			'refund '           => array( 1 ),
			'refun'             => array( 0, 1 ),
			'refunded'          => array( 0 ),
			'scarf refund'      => array( 1 ),
			'cafe'              => array( 1 ),
			'mika@example.test' => array( 0 ),
			'order 1042'        => array( 0 ),
			'CARD charged '     => array( 0 ),
			'รองเท้า'           => array( 3 ),
			'ได้รับ'            => array( 3 ),
			'nothing here'      => array(),
		);
		foreach ( $queries as $query => $expected ) {
			$want = array_map( fn( $n ) => $this->created[ $n ], $expected );
			rsort( $want );
			foreach ( $plans as $name => $filter ) {
				$narrows = array(
					''                                => array( array(), $want ),
					' within a tag'                   => array( array( 'tag' => $tag ), $want ),
					' within a tag, open, by email'   => array( array( 'tag' => $tag, 'status' => 'open', 'channel' => 'email' ), $want ),
					' within a tag, open, by chat'    => array( array( 'tag' => $tag, 'status' => 'open', 'channel' => 'chat' ), array() ),
					' within a tag, pending'          => array( array( 'tag' => $tag, 'status' => 'pending' ), array() ),
					' within a tag, open, unassigned' => array( array( 'tag' => $tag, 'status' => 'open', 'assignee' => 'none' ), $want ),
				);
				foreach ( $narrows as $label => list( $narrow, $expected ) ) {
					add_filter( $filter[0], $filter[1] );
					$response = $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => $query ) + $narrow );
					remove_filter( $filter[0], $filter[1] );
					$found = array_values( array_intersect( array_column( $response->get_data(), 'id' ), $this->created ) );
					$label = "'{$query}' by {$name}{$label}";
					$this->assertSame( $expected, $found, $label );
					if ( $narrow ) {
						$this->assertSame( (string) count( $expected ), $response->get_headers()['X-WP-Total'], $label );
					}
				}
			}
		}
	}

	/**
	 * When the sorted index drives, the count starts from the rarest word
	 * and must still check the others: a ticket with only the rarest word is
	 * not a match.
	 */
	public function test_sorted_index_count_checks_every_word(): void {
		$a             = 'ottoman' . wp_rand( 1000, 9999 );
		$b             = 'tassel' . wp_rand( 1000, 9999 );
		$made          = array(
			$this->ticket( array( 'subject' => "{$a} {$b}" ) ),
			$this->ticket( array( 'subject' => "{$b} alone" ) ),
			$this->ticket( array( 'subject' => "{$a} footstool" ) ),
			$this->ticket( array( 'subject' => "{$a} pouf" ) ),
		);
		$this->created = array_map( static fn( $t ) => $t->id(), $made );
		add_filter( 'storedesk_search_list_limit', '__return_zero' );
		$response = $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => "{$a} {$b} " ) );
		remove_filter( 'storedesk_search_list_limit', '__return_zero' );
		$this->assertSame( array( $made[0]->id() ), array_column( $response->get_data(), 'id' ) );
		$this->assertSame( '1', $response->get_headers()['X-WP-Total'], "the rarest word's other ticket lacks the first word" );
	}

	/** While an upgrade fills the terms, the documents still find older tickets. */
	public function test_documents_serve_until_the_terms_are_filled(): void {
		global $wpdb;
		$ticket        = $this->ticket( array( 'subject' => 'Upgraded', 'message' => array( 'body' => 'The espadrilles came apart.' ) ) );
		$this->created = array( $ticket->id() );
		$wpdb->delete( Schema::table( 'terms' ), array( 'ticket_id' => $ticket->id() ) );
		update_option( SearchIndex::READY_OPTION, 'pending' );
		$find = fn() => array_column( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => 'espadrilles' ) )->get_data(), 'id' );
		try {
			$this->assertSame( array( $ticket->id() ), $find() );
			$this->service( \Storedesk\Search\TermBackfill::class )->run_batch( $ticket->id() - 1 );
			$this->assertTrue( SearchIndex::ready(), 'the last batch finishes the upgrade' );
			$this->assertSame( array( $ticket->id() ), $find(), 'found through its terms' );
		} finally {
			delete_option( SearchIndex::READY_OPTION );
		}
	}

	/** The upgrade that added customers' words fills them in the background, while the terms keep serving. */
	public function test_customer_words_are_added_to_older_tickets(): void {
		global $wpdb;
		$n             = wp_rand( 1000, 9999 );
		$ticket        = $this->ticket( array( 'contact' => array( 'name' => "Olga Brekke{$n}", 'email' => "olga{$n}@shop.test" ) ) );
		$this->created = array( $ticket->id() );
		$wpdb->delete( Schema::table( 'terms' ), array( 'term' => "brekke{$n}" ) );
		\Storedesk\Search\TermBackfill::schedule_customers();
		$find = fn( string $q ) => array_column( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'search' => $q ) )->get_data(), 'id' );
		try {
			$this->assertTrue( SearchIndex::ready(), 'searches keep using the terms' );
			$this->assertSame( array(), $find( "brekke{$n}" ) );
			$this->assertSame( array( $ticket->id() ), $find( 'order ' ), 'the conversation\'s words still find it' );
			$this->service( \Storedesk\Search\TermBackfill::class )->run_batch( $ticket->id() - 1 );
			$this->assertSame( 'ready', get_option( SearchIndex::READY_OPTION ), 'the last batch finishes the upgrade' );
			$this->assertSame( array( $ticket->id() ), $find( "brekke{$n}" ) );
		} finally {
			delete_option( SearchIndex::READY_OPTION );
		}
	}

	/** A short list is read and paged from; with only long ones the sorted index drives, and the count starts from the rarest word. */
	public function test_plan_choice(): void {
		$word          = 'gumboots' . wp_rand( 1000, 9999 );
		$this->created = array( $this->ticket( array( 'subject' => "{$word} squeak" ) )->id() );
		$query         = $this->service( \Storedesk\Tickets\TicketQuery::class );
		$rare          = $query->sql_for( array( 'search' => $word . ' ' ), get_current_user_id() );
		$this->assertStringContainsString( 'i.ticket_id IN (' . $this->created[0] . ')', $rare['keys'], 'the rare word\'s tickets, listed' );
		$this->assertSame( 1, $rare['total'] ?? null, 'few tickets: the matches and their number are known' );
		$none   = static fn() => 0;
		add_filter( 'storedesk_search_list_limit', $none );
		$common = $query->sql_for( array( 'search' => $word . ' ' ), get_current_user_id() );
		remove_filter( 'storedesk_search_list_limit', $none );
		$this->assertStringNotContainsString( 'i.ticket_id IN (', $common['select'] );
		$this->assertArrayNotHasKey( 'total', $common );
		$this->assertStringContainsString( "d.term IN ('{$word}')", $common['count'] );
		$this->assertNull( $query->sql_for( array( 'search' => 'zyxwvut' ), get_current_user_id() ), 'a prefix of no word ends the search before the list' );
		$this->assertNull( $query->sql_for( array( 'search' => 'zyxwvut ' ), get_current_user_id() ), 'so does a word in no ticket' );
	}
}
