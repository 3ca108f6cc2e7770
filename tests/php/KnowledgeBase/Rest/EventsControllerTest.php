<?php
/**
 * POST /storedesk/store/v1/help/events.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\Rest;

use Storedesk\KnowledgeBase\Deflection\EventLog;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Settings\Settings;
use Storedesk\Tests\KnowledgeBase\KnowledgeBaseTestCase;
use Storedesk\Tests\Storefront\StoreRequests;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Events are stored as sent when they are well formed, from JSON and from
 * sendBeacon's text/plain alike; anything else is a 400 naming what is
 * wrong and stores nothing; a client over its limit gets a 429; a form
 * sent after suggestions is recorded by the server.
 */
class EventsControllerTest extends KnowledgeBaseTestCase {

	use StoreRequests;

	/** Own client address and a day-long window. */
	protected function setUp(): void {
		parent::setUp();
		$this->own_client();
	}

	/** A fresh session id. */
	private function session(): string {
		return md5( (string) wp_rand() . microtime() );
	}

	/**
	 * A POST with a raw body and content type, as a browser's beacon sends it.
	 *
	 * @param string $body Body.
	 * @param string $type Content-Type.
	 */
	private function beacon( string $body, string $type = 'text/plain;charset=UTF-8' ): WP_REST_Response {
		$request = new WP_REST_Request( 'POST', '/storedesk/store/v1/help/events' );
		$request->set_header( 'Content-Type', $type );
		$request->set_body( $body );
		return rest_do_request( $request );
	}

	/**
	 * The session's rows.
	 *
	 * @param string $session Session id.
	 */
	private function stored( string $session ): array {
		return $this->service( EventLog::class )->of_session( $session );
	}

	/** A search event as JSON, and a deflection as sendBeacon's text/plain, are stored as sent. */
	public function test_events_are_stored_from_json_and_from_beacons(): void {
		$article = $this->article( 'Return a parcel', '<p>Print the label.</p>' );
		$session = $this->session();
		$created = $this->store(
			'POST',
			'/help/events',
			array(
				'kind'    => 'search',
				'source'  => 'widget',
				'query'   => '  return   my parcel ',
				'results' => 3,
				'session' => $session,
			)
		);
		$this->assertStatus( 201, $created );
		$this->assertSame( array( 'recorded' => true ), $created->get_data() );
		$this->assertStatus(
			201,
			$this->beacon(
				(string) wp_json_encode(
					array(
						'kind'       => 'deflected',
						'source'     => 'form',
						'query'      => 'return my parcel',
						'article_id' => $article,
						'session'    => $session,
					)
				)
			)
		);
		$this->assertSame(
			array(
				array(
					'kind'       => 'search',
					'source'     => 'widget',
					'query'      => 'return my parcel',
					'results'    => 3,
					'article_id' => 0,
				),
				array(
					'kind'       => 'deflected',
					'source'     => 'form',
					'query'      => 'return my parcel',
					'results'    => 0,
					'article_id' => $article,
				),
			),
			$this->stored( $session )
		);
	}

	/** Unknown kinds and sources, a malformed session, a missing kind: 400, each named, nothing stored. */
	public function test_malformed_events_are_refused_by_name(): void {
		$session = $this->session();
		$cases   = array(
			'kind'    => array( 'kind' => 'purchase', 'source' => 'widget', 'session' => $session ),
			'source'  => array( 'kind' => 'search', 'source' => 'email', 'session' => $session ),
			'session' => array( 'kind' => 'search', 'source' => 'widget', 'session' => 'ABC' ),
			'results' => array( 'kind' => 'search', 'source' => 'widget', 'session' => $session, 'results' => -1 ),
		);
		foreach ( $cases as $field => $event ) {
			$response = $this->store( 'POST', '/help/events', $event );
			$this->assertStatus( 400, $response, $field );
			$this->assertSame( 'storedesk_invalid_event', $response->get_data()['code'] );
			$this->assertSame( array( $field ), array_keys( $response->get_data()['data']['params'] ), $field );
		}
		$missing = $this->store( 'POST', '/help/events', array( 'source' => 'widget' ) );
		$this->assertStatus( 400, $missing );
		$this->assertSame( array( 'kind', 'session' ), array_keys( $missing->get_data()['data']['params'] ) );
		$this->assertStringContainsString( 'kind is required.', $missing->get_data()['message'] );
		$this->assertSame( array(), $this->stored( $session ) );
	}

	/** A click names a published article; bodies that are not one small JSON object are refused. */
	public function test_clicks_name_a_published_article_and_bodies_are_objects(): void {
		$session = $this->session();
		$draft   = $this->article( 'Draft answer', '', Visibility::PUBLIC, array( 'status' => 'draft' ) );
		foreach ( array( 0, $draft, 999999 ) as $id ) {
			$response = $this->store( 'POST', '/help/events', array( 'kind' => 'click', 'source' => 'help', 'session' => $session, 'article_id' => $id ) );
			$this->assertStatus( 400, $response, "article {$id}" );
			$this->assertArrayHasKey( 'article_id', $response->get_data()['data']['params'] );
		}
		$this->assertStatus( 400, $this->beacon( 'kind=search' ) );
		$this->assertStatus( 400, $this->beacon( '["search","widget"]' ) );
		$this->assertStatus( 413, $this->beacon( (string) wp_json_encode( array( 'kind' => 'search', 'source' => 'widget', 'session' => $session, 'query' => str_repeat( 'a', 5000 ) ) ) ) );
		$this->assertSame( array(), $this->stored( $session ) );
	}

	/** A long query is cut to the column, between characters. */
	public function test_long_queries_are_capped(): void {
		$session = $this->session();
		$this->assertStatus( 201, $this->store( 'POST', '/help/events', array( 'kind' => 'search', 'source' => 'help', 'session' => $session, 'query' => str_repeat( 'ğ', 600 ) ) ) );
		$this->assertSame( str_repeat( 'ğ', EventLog::MAX_QUERY ), $this->stored( $session )[0]['query'] );
	}

	/** Events count per client, with a larger allowance than forms; over it, 429 and nothing stored. */
	public function test_events_are_rate_limited_per_client(): void {
		Settings::update( array( 'rate_limit_ip' => 2 ) );
		$session = $this->session();
		$codes   = array();
		for ( $i = 0; $i < 11; $i++ ) {
			$codes[] = $this->store( 'POST', '/help/events', array( 'kind' => 'search', 'source' => 'widget', 'session' => $session, 'query' => "q{$i}" ) )->get_status();
		}
		$this->assertSame( array_merge( array_fill( 0, 10, 201 ), array( 429 ) ), $codes );
		$this->assertCount( 10, $this->stored( $session ) );
		$refused = $this->beacon( (string) wp_json_encode( array( 'kind' => 'search', 'source' => 'widget', 'session' => $session ) ) );
		$this->assertStatus( 429, $refused, 'beacons count too' );
		$this->assertSame( '0', $refused->get_headers()['RateLimit-Remaining'] );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.' . wp_rand( 1, 254 );
		$this->assertStatus( 201, $this->store( 'POST', '/help/events', array( 'kind' => 'search', 'source' => 'widget', 'session' => $session ) ), 'another client' );
	}

	/** A ticket from a form that showed suggestions is recorded as submitted, by the server, once. */
	public function test_a_form_sent_after_suggestions_is_recorded_as_submitted(): void {
		$session = $this->session();
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission( array( 'subject' => 'Lamp flickers after dimming', 'help_session' => $session, 'help_source' => 'widget' ) ) ) );
		$this->assertSame(
			array(
				array(
					'kind'       => 'submitted',
					'source'     => 'widget',
					'query'      => 'Lamp flickers after dimming',
					'results'    => 0,
					'article_id' => 0,
				),
			),
			$this->stored( $session )
		);

		$other = $this->session();
		$this->assertStatus( 400, $this->store( 'POST', '/tickets', $this->submission( array( 'subject' => '', 'help_session' => $other ) ) ) );
		$this->assertSame( array(), $this->stored( $other ), 'a refused form is no submission' );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission( array( 'help_session' => $other, 'help_source' => 'email' ) ) ) );
		$this->assertSame( 'form', $this->stored( $other )[0]['source'], 'an unknown source counts as the page form' );
		$before = $this->rows( 'kb_events' );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission( array( 'help_session' => 'not-a-session' ) ) ) );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission() ) );
		$this->assertSame( $before, $this->rows( 'kb_events' ), 'no session, no event' );
	}
}
