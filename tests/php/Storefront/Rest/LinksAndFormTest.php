<?php
/**
 * POST /links and GET /form.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront\Rest;

use Storedesk\Attachments\AttachmentRules;
use Storedesk\Settings\Settings;
use Storedesk\Storefront\FormStamp;
use Storedesk\Tests\Storefront\StoreTestCase;

/**
 * Link requests answer the same for known and unknown addresses and hand
 * the known ones to the mail side; the form describes itself.
 */
class LinksAndFormTest extends StoreTestCase {

	/**
	 * Known and unknown addresses get one answer after the same work: the
	 * request runs the same queries, none of them reads contacts or tickets
	 * (so its timing says nothing), and the background job finds the
	 * address's tickets. Before the lookup moved to the job, a known
	 * address cost the request two more queries.
	 */
	public function test_links_answer_the_same(): void {
		$email  = 'known' . wp_rand() . '@example.test';
		$first  = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		$second = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		// The acknowledgements of the two tickets are not this route's mail.
		$GLOBALS['storedesk_test_mails'] = array();
		$post                            = function ( string $address ): array {
			global $wpdb;
			$sql = array();
			$spy = static function ( $query ) use ( &$sql ) {
				$sql[] = (string) $query;
				return $query;
			};
			add_filter( 'query', $spy );
			try {
				$response = $this->store( 'POST', '/links', array( 'email' => $address ) );
			} finally {
				remove_filter( 'query', $spy );
			}
			return array( $response, $sql );
		};
		// The site's first REST request warms caches (WooCommerce's options, the job group) for both.
		$post( 'warm' . wp_rand() . '@example.test' );
		list( $known, $known_sql )     = $post( strtoupper( $email ) );
		list( $unknown, $unknown_sql ) = $post( 'nobody' . wp_rand() . '@example.test' );
		$this->assertStatus( 202, $known );
		$this->assertStatus( 202, $unknown );
		$this->assertSame( $known->get_data(), $unknown->get_data() );
		$this->assertCount( count( $unknown_sql ), $known_sql, 'the same number of queries either way' );
		foreach ( array_merge( $known_sql, $unknown_sql ) as $query ) {
			$this->assertStringNotContainsString( \Storedesk\Install\Schema::table( 'contact' ), $query, 'the request looked the address up' );
			$this->assertStringNotContainsString( \Storedesk\Install\Schema::table( 'ticket_index' ), $query );
		}

		$fired = array();
		$spy   = static function ( $ids, $to ) use ( &$fired ) {
			$fired[] = array( $ids, $to );
		};
		add_action( 'storedesk_guest_links_requested', $spy, 10, 2 );
		try {
			do_action( \Storedesk\Notifications\Notifier::LINKS_JOB, $email );
		} finally {
			remove_action( 'storedesk_guest_links_requested', $spy, 10 );
		}
		$this->assertCount( 1, $fired );
		$this->assertEqualsCanonicalizing( array( $first->id(), $second->id() ), $fired[0][0] );
		$this->assertSame( $email, $fired[0][1] );
		$bad = $this->store( 'POST', '/links', array( 'email' => 'nope' ) );
		$this->assertStatus( 400, $bad );
		$this->assertArrayHasKey( 'email', $bad->get_data()['data']['fields'] );
	}

	/** The form lists built-in and owner fields, topics, and a valid stamp. */
	public function test_form_description(): void {
		Settings::update(
			array(
				'form_topics' => array( array( 'label' => 'Returns' ) ),
				'form_fields' => array( array( 'key' => 'size', 'label' => 'Size', 'type' => 'select', 'options' => array( 'S', 'M' ), 'required' => true ) ),
			)
		);
		$response = $this->store( 'GET', '/form' );
		$this->assertStatus( 200, $response );
		$data = $response->get_data();
		$this->assertMatchesSchema( $this->published_schema( self::API . '/form' ), $data );
		// On a WooCommerce store a guest is also asked for an order number (see OrderFieldTest).
		$data['fields'] = array_values( array_filter( $data['fields'], static fn( $f ) => 'order_number' !== $f['name'] ) );
		$this->assertSame( array( 'name', 'email', 'subject', 'topic', 'message', 'fields[size]', 'attachments' ), array_column( $data['fields'], 'name' ) );
		$upload = $data['fields'][6]['upload'];
		$this->assertSame( 'file', $data['fields'][6]['type'] );
		$this->assertSame( 5, $upload['max_files'], 'five files by default' );
		$this->assertSame( $this->service( AttachmentRules::class )->max_bytes(), $upload['max_bytes'], 'the agents\' own size rule' );
		$this->assertContains( 'png', $upload['extensions'] );
		$this->assertStringContainsString( '.pdf', $upload['accept'] );
		$this->assertStringStartsWith( 'Up to 5 files of at most ' . size_format( $upload['max_bytes'] ) . ' each: jpg, jpeg, png', $upload['help'] );
		Settings::update( array( 'attachment_max_files' => 0 ) );
		$this->assertNotContains( 'attachments', array_column( $this->store( 'GET', '/form' )->get_data()['fields'], 'name' ), 'turned off' );
		Settings::update( array( 'attachment_max_files' => 5 ) );
		$this->assertSame( array( array( 'value' => 'topic-0', 'label' => 'Returns' ) ), $data['fields'][3]['options'] );
		$this->assertNotNull( $this->service( FormStamp::class )->age( $data['stamp'] ) );
		$this->assertSame( 'no-store', $response->get_headers()['Cache-Control'] );
		$this->assertFalse( $data['logged_in'] );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$mine = $this->store( 'GET', '/form' )->get_data();
		$this->assertTrue( $mine['fields'][1]['hidden'] );
		$this->assertStringEndsWith( '@example.test', $mine['fields'][1]['value'] );
	}
}
