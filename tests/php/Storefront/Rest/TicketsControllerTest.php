<?php
/**
 * POST /storedesk/store/v1/tickets: the contact form.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront\Rest;

use Storedesk\Messages\MessageRepository;
use Storedesk\Settings\Settings;
use Storedesk\Storefront\FormStamp;
use Storedesk\Storefront\Rest\TicketsController;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tests\Storefront\StoreTestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * Submissions become tickets; bad input gets field errors; bots are refused;
 * nothing is stored for any refusal.
 */
class TicketsControllerTest extends StoreTestCase {

	/** Row counts of everything a submission writes. */
	private function counts(): array {
		return array_map( fn( $t ) => $this->rows( $t ), array( 'ticket_index' => 'ticket_index', 'messages' => 'messages', 'contacts' => 'contacts', 'search' => 'search' ) );
	}

	/**
	 * Asserts a request is refused with a code and stores nothing.
	 *
	 * @param int    $status Expected status.
	 * @param string $code   Expected code.
	 * @param array  $params Body.
	 */
	private function assertRefused( int $status, string $code, array $params ): array {
		$before   = $this->counts();
		$response = $this->store( 'POST', '/tickets', $params );
		$this->assertStatus( $status, $response );
		$this->assertSame( $code, $response->get_data()['code'] );
		$this->assertSame( $before, $this->counts(), "{$code} stored something" );
		return $response->get_data();
	}

	/** A guest's submission opens a form ticket with the message as plain text. */
	public function test_guest_submission_opens_a_ticket(): void {
		$team = $this->service( TeamRepository::class )->save( array( 'name' => 'Lighting' ) );
		Settings::update(
			array(
				'form_topics' => array( array( 'label' => 'A product', 'team' => $team['id'] ) ),
				'form_fields' => array(
					array( 'key' => 'order_no', 'label' => 'Order number', 'type' => 'text' ),
					array( 'key' => 'gift', 'label' => 'Gift wrap', 'type' => 'checkbox' ),
				),
			)
		);
		$params   = $this->submission(
			array(
				'message' => 'Does <b>this</b> <script>alert(1)</script> stay?',
				'topic'   => 'topic-0',
				'fields'  => array( 'order_no' => 'A-1001', 'gift' => true ),
			)
		);
		$response = $this->store( 'POST', '/tickets', $params );
		$this->assertStatus( 201, $response );
		$data   = $response->get_data();
		$ticket = $this->service( TicketRepository::class )->find( $data['id'] );
		$this->assertSame( 'form', $ticket->get( 'channel' ) );
		$this->assertSame( 'open', $data['status'] );
		$this->assertSame( strtolower( $params['email'] ), $data['email'] );
		$this->assertSame( $team['id'], $ticket->team_id() );
		$this->assertSame( 'The lamp flickers', $ticket->get( 'subject' ) );
		$first = $this->service( MessageRepository::class )->thread( $data['id'] )[0][0];
		$this->assertSame( 'text', $first->format );
		$this->assertSame( 'customer', $first->kind );
		$this->assertStringStartsWith( 'Does <b>this</b> <script>alert(1)</script> stay?', $first->body, 'plain text is kept as typed' );
		$this->assertStringContainsString( "Order number: A-1001\nGift wrap: Yes", $first->body );
		$this->assertSame( array( 'order_no' => 'A-1001', 'gift' => true ), get_post_meta( $data['id'], \Storedesk\Storefront\ContactForm::FIELDS_META, true ) );
		$this->assertArrayHasKey( 'RateLimit-Remaining', $response->get_headers() );
	}

	/** Every field's problem is reported at once, keyed by the input's name. */
	public function test_validation_errors_per_field(): void {
		$this->service( TeamRepository::class )->save( array( 'name' => 'Orders' ) );
		Settings::update(
			array(
				'form_fields' => array(
					array( 'key' => 'order_no', 'label' => 'Order number', 'type' => 'text', 'required' => true ),
					array( 'key' => 'size', 'label' => 'Size', 'type' => 'select', 'options' => array( 'S', 'M' ) ),
					array( 'key' => 'terms', 'label' => 'I agree', 'type' => 'checkbox', 'required' => true ),
				),
			)
		);
		$data   = $this->assertRefused(
			400,
			'storedesk_invalid_fields',
			$this->submission(
				array(
					'name'    => '  ',
					'email'   => 'not-an-address',
					'subject' => '',
					'message' => '',
					'topic'   => 'team-999999',
					'fields'  => array( 'size' => 'XXL' ),
				)
			)
		);
		$fields = $data['data']['fields'];
		$this->assertEqualsCanonicalizing( array( 'name', 'email', 'subject', 'message', 'topic', 'fields[order_no]', 'fields[size]', 'fields[terms]' ), array_keys( $fields ) );
		$this->assertStringContainsString( 'name@example.com', $fields['email'] );
		$this->assertSame( 'Please fill in "Order number".', $fields['fields[order_no]'] );

		$missing = $this->assertRefused( 400, 'storedesk_invalid_fields', $this->submission( array( 'email' => '' ) ) );
		$this->assertSame( array( 'email', 'topic', 'fields[order_no]', 'fields[terms]' ), array_keys( $missing['data']['fields'] ) );
		$this->assertStringContainsString( 'so we can answer you', $missing['data']['fields']['email'] );

		$long = $this->assertRefused( 400, 'storedesk_invalid_fields', $this->submission( array( 'message' => str_repeat( 'a', 10001 ), 'subject' => str_repeat( 's', 256 ) ) ) );
		$this->assertArrayHasKey( 'message', $long['data']['fields'] );
		$this->assertArrayHasKey( 'subject', $long['data']['fields'] );
	}

	/** A filled honeypot is refused before anything else. */
	public function test_honeypot(): void {
		$this->assertRefused( 400, 'storedesk_spam_honeypot', $this->submission( array( 'website' => 'http://spam.example' ) ) );
	}

	/** Too fast, forged, missing or stale stamps are refused. */
	public function test_fill_time(): void {
		$stamps = $this->service( FormStamp::class );
		$this->assertRefused( 400, 'storedesk_too_fast', $this->submission( array( 'stamp' => $stamps->issue( time() - 1 ) ) ) );
		$forged = preg_replace( '/^\d+/', (string) ( time() - 60 ), $stamps->issue( time() - 1 ) );
		$this->assertRefused( 400, 'storedesk_form_expired', $this->submission( array( 'stamp' => $forged ) ) );
		$this->assertRefused( 400, 'storedesk_form_expired', $this->submission( array( 'stamp' => '' ) ) );
		$this->assertRefused( 400, 'storedesk_form_expired', $this->submission( array( 'stamp' => $stamps->issue( time() - 2 * DAY_IN_SECONDS ) ) ) );
		Settings::update( array( 'form_min_seconds' => 0 ) );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission( array( 'stamp' => $stamps->issue() ) ) ) );
	}

	/** Blocked addresses and domains (with their subdomains) are refused. */
	public function test_blocklist(): void {
		Settings::update( array( 'spam_blocklist' => array( 'troll@example.test', '@spam.example', 'junk.example' ) ) );
		foreach ( array( 'Troll@Example.test', 'a@spam.example', 'b@mail.junk.example' ) as $email ) {
			$this->assertRefused( 403, 'storedesk_blocked_sender', $this->submission( array( 'email' => $email ) ) );
		}
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission( array( 'email' => 'friend@notjunk.example' ) ) ) );
		$this->assertStatus( 400, $this->rest_as_manager( array( 'spam_blocklist' => array( 'has space@x.example' ) ) ) );
	}

	/**
	 * PATCH /storedesk/v1/settings as a manager.
	 *
	 * @param array $changes Settings.
	 */
	private function rest_as_manager( array $changes ): \WP_REST_Response {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$response = $this->rest( 'PATCH', '/storedesk/v1/settings', $changes );
		wp_set_current_user( 0 );
		return $response;
	}

	/** Akismet's comment-check is asked (mocked HTTP); "true" refuses, "false" passes. */
	public function test_akismet(): void {
		if ( ! class_exists( 'Akismet' ) ) {
			require_once WP_PLUGIN_DIR . '/akismet/akismet.php';
		}
		update_option( 'wordpress_api_key', 'test-key-123' );
		$asked  = array();
		$answer = 'true';
		$mock   = static function ( $pre, $args, $url ) use ( &$asked, &$answer ) {
			if ( ! str_contains( $url, 'comment-check' ) ) {
				return $pre;
			}
			parse_str( (string) $args['body'], $fields );
			$asked[] = $fields;
			return array(
				'headers'  => array(),
				'body'     => $answer,
				'response' => array( 'code' => 200, 'message' => 'OK' ),
				'cookies'  => array(),
				'filename' => null,
			);
		};
		add_filter( 'pre_http_request', $mock, 10, 3 );
		try {
			$this->assertRefused( 400, 'storedesk_spam', $this->submission( array( 'message' => 'Cheap watches here' ) ) );
			$this->assertSame( 'contact-form', $asked[0]['comment_type'] );
			$this->assertSame( 'Gina Guest', $asked[0]['comment_author'] );
			$this->assertStringContainsString( 'Cheap watches', $asked[0]['comment_content'] );
			$this->assertSame( $_SERVER['REMOTE_ADDR'], $asked[0]['user_ip'] );
			$answer = 'false';
			$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission() ) );
			Settings::update( array( 'spam_akismet' => false ) );
			$answer = 'true';
			$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission() ) );
			$this->assertCount( 2, $asked, 'turned off, Akismet is not asked' );
		} finally {
			remove_filter( 'pre_http_request', $mock, 10 );
		}
	}

	/** Per IP and per email, with RateLimit headers and 429 + Retry-After. */
	public function test_rate_limits(): void {
		Settings::update( array( 'rate_limit_ip' => 3, 'rate_limit_email' => 2 ) );
		$statuses = array();
		for ( $i = 0; $i < 4; $i++ ) {
			$response   = $this->store( 'POST', '/tickets', $this->submission( array( 'subject' => '' ) ) );
			$statuses[] = $response->get_status();
		}
		$this->assertSame( array( 400, 400, 400, 429 ), $statuses, 'invalid posts count too' );
		$headers = $response->get_headers();
		$this->assertSame( 'storedesk_rate_limited', $response->get_data()['code'] );
		$this->assertSame( '3', $headers['RateLimit-Limit'] );
		$this->assertSame( '0', $headers['RateLimit-Remaining'] );
		$this->assertGreaterThan( 0, (int) $headers['Retry-After'] );
		$this->assertSame( $headers['RateLimit-Reset'], $headers['Retry-After'] );

		// Per email: the same address from fresh IPs is refused on its third post.
		$email = 'burst' . wp_rand() . '@example.test';
		$codes = array();
		for ( $i = 0; $i < 3; $i++ ) {
			$_SERVER['REMOTE_ADDR'] = '203.0.113.' . ( 10 + $i );
			$codes[]                = $this->store( 'POST', '/tickets', $this->submission( array( 'email' => $email ) ) )->get_status();
		}
		$this->assertSame( array( 201, 201, 429 ), $codes );

		// Another action keeps its own count.
		$_SERVER['REMOTE_ADDR'] = '203.0.113.10';
		$this->assertStatus( 202, $this->store( 'POST', '/links', array( 'email' => 'someone@example.test' ) ) );
	}

	/** Forwarded addresses count only behind a trusted proxy. */
	public function test_forwarded_for_only_when_trusted(): void {
		Settings::update( array( 'rate_limit_ip' => 1 ) );
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '192.0.2.1';
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission() ) );
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '192.0.2.2';
		$this->assertStatus( 429, $this->store( 'POST', '/tickets', $this->submission() ), 'an untrusted header changes nothing' );
		Settings::update( array( 'rate_limit_proxy' => true ) );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission() ) );
	}

	/** A logged-in customer writes as their account, whatever the form says. */
	public function test_logged_in_customer_uses_account_email(): void {
		$user = $this->user( 'subscriber' );
		wp_set_current_user( $user );
		$response = $this->store( 'POST', '/tickets', $this->submission( array( 'email' => 'someone.else@example.test', 'name' => '' ) ) );
		$this->assertStatus( 201, $response );
		$this->assertSame( strtolower( get_userdata( $user )->user_email ), $response->get_data()['email'] );
		$list = $this->store( 'GET', '/tickets' );
		$this->assertSame( array( $response->get_data()['id'] ), array_column( $list->get_data(), 'id' ) );
	}
}
