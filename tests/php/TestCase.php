<?php
/**
 * Base class of Storedesk's PHP tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests;

use Storedesk\Install\Schema;
use Storedesk\Plugin;
use Storedesk\Support\Transaction;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Runs every test inside a transaction that is rolled back afterwards, on a
 * real WordPress and a real MariaDB. Code under test still gets atomicity:
 * its own transactions nest as savepoints.
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {

	/** Opens the test's transaction. */
	protected function setUp(): void {
		parent::setUp();
		Transaction::begin();
		Transaction::set_base();
		wp_set_current_user( 0 );
		$GLOBALS['wp_rest_server'] = null;
	}

	/** Throws away everything the test wrote. */
	protected function tearDown(): void {
		Transaction::set_base( 0 );
		while ( Transaction::depth() > 0 ) {
			Transaction::rollback();
		}
		wp_set_current_user( 0 );
		wp_cache_flush();
		parent::tearDown();
	}

	/**
	 * Runs every queued Storedesk job now, as the runner a request starts
	 * would (a job may queue another). Recurring clean-ups stay as they are.
	 */
	protected function run_jobs(): void {
		$this->service( \Storedesk\Jobs\Runner::class )->run();
	}

	/**
	 * A service from the plugin's container.
	 *
	 * @template T of object
	 * @param class-string<T> $class_name Service class.
	 * @return T
	 */
	protected function service( string $class_name ): object {
		return Plugin::container()->get( $class_name );
	}

	/**
	 * Creates a user with a role and returns their id.
	 *
	 * @param string $role Role name.
	 */
	protected function user( string $role ): int {
		$login = $role . '_' . wp_generate_password( 8, false );
		$id    = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_email'   => $login . '@example.test',
				'user_pass'    => wp_generate_password(),
				'display_name' => ucfirst( str_replace( array( 'storedesk_', '_' ), array( '', ' ' ), $role ) ) . ' ' . substr( $login, -4 ),
				'role'         => $role,
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}

	/**
	 * Opens a ticket through the intake, as every customer message is.
	 *
	 * @param array $data  Fields overriding believable defaults, as TicketCreator::create() takes them.
	 * @param int   $actor Agent who entered it, 0 for the customer.
	 */
	protected function ticket( array $data = array(), int $actor = 0 ): \Storedesk\Tickets\Ticket {
		$data    += array(
			'subject' => 'Where is my order?',
			'channel' => 'email',
			'message' => array( 'body' => '<p>It has not arrived yet.</p>' ),
		);
		$contact  = (array) ( $data['contact'] ?? ( empty( $data['contact_id'] ) ? array(
			'name'  => 'Dana Shopper',
			'email' => 'dana' . wp_rand() . '@example.test',
		) : array() ) );
		$received = $this->service( \Storedesk\Conversations\Intake::class )->receive(
			new \Storedesk\Conversations\InboundMessage(
				channel: $data['channel'],
				source: 'test',
				name: (string) ( $contact['name'] ?? '' ),
				also: array( array( 'email', (string) ( $contact['email'] ?? '' ) ), array( 'phone', (string) ( $contact['phone'] ?? '' ) ) ),
				contact_id: (int) ( $data['contact_id'] ?? 0 ),
				subject: $data['subject'],
				body: (string) ( $data['message']['body'] ?? '' ),
				format: (string) ( $data['message']['format'] ?? 'html' ),
				external_id: $data['message']['external_id'] ?? null,
				actor_id: $actor,
				ticket: array_diff_key( $data, array_flip( array( 'subject', 'channel', 'contact', 'contact_id', 'message' ) ) ),
				created_at: $data['created_at'] ?? null,
			)
		);
		$this->assertInstanceOf( \Storedesk\Conversations\Received::class, $received, is_wp_error( $received ) ? $received->get_error_message() : '' );
		return $received->ticket;
	}

	/**
	 * The customer writes again on a ticket, through the intake.
	 *
	 * @param \Storedesk\Tickets\Ticket $ticket Ticket.
	 * @param string                   $body   Text or HTML.
	 */
	protected function customer_writes( \Storedesk\Tickets\Ticket $ticket, string $body ): \Storedesk\Messages\Message {
		$received = $this->service( \Storedesk\Conversations\Intake::class )->receive(
			new \Storedesk\Conversations\InboundMessage( channel: (string) $ticket->get( 'channel' ), source: 'test', contact_id: $ticket->contact_id(), ticket_id: $ticket->id(), body: $body, format: 'html' )
		);
		$this->assertInstanceOf( \Storedesk\Conversations\Received::class, $received, is_wp_error( $received ) ? $received->get_error_message() : '' );
		return $received->message;
	}

	/**
	 * Dispatches a REST request in-process as the current user.
	 *
	 * @param string $method HTTP method.
	 * @param string $path   Route, such as /storedesk/v1/tickets.
	 * @param array  $params JSON body for writes, query for reads.
	 */
	protected function rest( string $method, string $path, array $params = array() ): WP_REST_Response {
		$request = new WP_REST_Request( $method, $path );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} elseif ( $params ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $params ) );
		}
		$response = rest_do_request( $request );
		// Tests see what an HTTP client sees: objects become arrays after JSON.
		$response->set_data( json_decode( (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ), true ) );
		return $response;
	}

	/**
	 * Asserts a response's status, showing its body when it differs.
	 *
	 * @param int              $status   Expected status.
	 * @param WP_REST_Response $response Response.
	 * @param string           $why      What the case is, for the failure message.
	 */
	protected function assertStatus( int $status, WP_REST_Response $response, string $why = '' ): void {
		$this->assertSame( $status, $response->get_status(), trim( $why . ' ' . wp_json_encode( $response->get_data() ) ) );
	}

	/**
	 * Asserts data is valid against a schema and has no property the schema
	 * does not declare, at any depth.
	 *
	 * @param array  $schema JSON schema.
	 * @param mixed  $data   Response data.
	 * @param string $path   Where in the document (for messages).
	 */
	protected function assertMatchesSchema( array $schema, $data, string $path = '$' ): void {
		$schema = $this->response_schema( $schema );
		$data   = json_decode( (string) wp_json_encode( $data ), true );
		$valid  = rest_validate_value_from_schema( $data, $schema, $path );
		$this->assertTrue( true === $valid, is_wp_error( $valid ) ? $path . ': ' . $valid->get_error_message() : '' );
		$types = (array) ( $schema['type'] ?? array() );
		if ( in_array( 'object', $types, true ) && is_array( $data ) && isset( $schema['properties'] ) ) {
			foreach ( $data as $key => $value ) {
				$this->assertArrayHasKey( $key, $schema['properties'], "{$path}.{$key} is not in the schema" );
				$this->assertMatchesSchema( $schema['properties'][ $key ], $value, "{$path}.{$key}" );
			}
		}
		if ( in_array( 'array', $types, true ) && is_array( $data ) && isset( $schema['items'] ) ) {
			foreach ( $data as $i => $value ) {
				$this->assertMatchesSchema( $schema['items'], $value, "{$path}[{$i}]" );
			}
		}
	}

	/**
	 * The schema a route publishes (what an OPTIONS request returns).
	 *
	 * @param string $path Route path.
	 */
	protected function published_schema( string $path ): array {
		$schema = $this->rest( 'OPTIONS', $path )->get_data()['schema'] ?? null;
		$this->assertIsArray( $schema, "{$path} publishes no schema" );
		return $schema;
	}

	/**
	 * The schema a response must match: write-only properties (empty
	 * context) and "required", which applies to requests, removed.
	 *
	 * @param array $schema JSON schema.
	 */
	private function response_schema( array $schema ): array {
		unset( $schema['required'] );
		foreach ( $schema['properties'] ?? array() as $key => $property ) {
			if ( isset( $property['context'] ) && array() === $property['context'] ) {
				unset( $schema['properties'][ $key ] );
				continue;
			}
			$schema['properties'][ $key ] = $this->response_schema( $property );
		}
		if ( isset( $schema['items'] ) ) {
			$schema['items'] = $this->response_schema( $schema['items'] );
		}
		return $schema;
	}

	/**
	 * Rows in one of our tables.
	 *
	 * @param string $table Short table name.
	 */
	protected function rows( string $table ): int {
		global $wpdb;
		return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( $table ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
}
