<?php
/**
 * Bad input gets a clear 4xx and leaves nothing behind.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Tests\TestCase;
use WP_REST_Request;

/**
 * Malformed JSON, unknown values, oversize text, wrong types and ids of
 * missing objects: each is refused with a stable code, and no row of any
 * table is left half-written.
 */
class BadInputTest extends TestCase {

	/** Logs in a manager. */
	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
	}

	/** Counts of every table a ticket write touches. */
	private function footprint(): array {
		global $wpdb;
		return array(
			'posts'     => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'storedesk_ticket'" ),
			'postmeta'  => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '\\_storedesk\\_%'" ),
			'terms'     => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->term_relationships}" ),
			'index'     => $this->rows( 'ticket_index' ),
			'messages'  => $this->rows( 'messages' ),
			'search'    => $this->rows( 'search' ),
			'contacts'  => $this->rows( 'contacts' ),
			'ids'       => $this->rows( 'contact_identities' ),
			'cc'        => $this->rows( 'participants' ),
		);
	}

	/** A valid new ticket, to break one field at a time. */
	private function valid(): array {
		return array(
			'subject'  => 'Wrong size',
			'channel'  => 'form',
			'customer' => array( 'email' => 'new.customer@example.test' ),
			'message'  => array( 'body' => 'The shoes are too small.' ),
		);
	}

	/** Every broken create is refused with its code and writes nothing. */
	public function test_broken_creates_write_nothing(): void {
		$this->ticket();
		$subscriber = $this->user( 'subscriber' );
		$cases      = array(
			'unknown channel'      => array( array( 'channel' => 'pigeon' ), 400, 'rest_invalid_param' ),
			'unknown status'       => array( array( 'status' => 'done' ), 400, 'rest_invalid_param' ),
			'unknown tag'          => array( array( 'tags' => array( 'no-such-tag' ) ), 400, 'storedesk_unknown_tag' ),
			'oversize subject'     => array( array( 'subject' => str_repeat( 'x', 256 ) ), 400, 'rest_invalid_param' ),
			'empty subject'        => array( array( 'subject' => '' ), 400, 'rest_invalid_param' ),
			'oversize body'        => array( array( 'message' => array( 'body' => str_repeat( 'Long text. ', 30000 ) ) ), 413, 'storedesk_message_too_long' ),
			'body only markup'     => array( array( 'message' => array( 'body' => '<p> </p>' ) ), 400, 'storedesk_empty_message' ),
			'assignee wrong type'  => array( array( 'assignee' => 'bob' ), 400, 'rest_invalid_param' ),
			'assignee not agent'   => array( array( 'assignee' => $subscriber ), 400, 'storedesk_invalid_assignee' ),
			'missing team'         => array( array( 'team' => 424242 ), 400, 'storedesk_invalid_team' ),
			'missing contact'      => array( array( 'customer' => null, 'contact_id' => 424242 ), 400, 'storedesk_invalid_contact' ),
			'no customer'          => array( array( 'customer' => null ), 400, 'storedesk_missing_contact' ),
			'invalid email'        => array( array( 'customer' => array( 'email' => 'not-an-email' ) ), 400, 'rest_invalid_param' ),
			'bad cc'               => array( array( 'cc' => array( 'nope' ) ), 400, 'rest_invalid_param' ),
			'unknown message key'  => array( array( 'message' => array( 'body' => 'x', 'html' => true ) ), 400, 'rest_invalid_param' ),
			'missing order'        => array( array( 'order_id' => 424242 ), 400, 'storedesk_invalid_order' ),
		);
		$before = $this->footprint();
		foreach ( $cases as $name => list( $change, $status, $code ) ) {
			$body     = array_filter( array_merge( $this->valid(), $change ), static fn( $v ) => null !== $v );
			$response = $this->rest( 'POST', '/storedesk/v1/tickets', $body );
			$this->assertSame( $status, $response->get_status(), $name . ': ' . wp_json_encode( $response->get_data() ) );
			$this->assertSame( $code, $response->get_data()['code'], $name );
			$this->assertNotEmpty( $response->get_data()['message'], $name );
			$this->assertSame( $before, $this->footprint(), $name . ' left rows behind' );
		}
	}

	/** Malformed JSON is refused before anything runs. */
	public function test_malformed_json(): void {
		$ticket  = $this->ticket();
		$request = new WP_REST_Request( 'PATCH', '/storedesk/v1/tickets/' . $ticket->id() );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( '{"status": "resolved",' );
		$response = rest_do_request( $request );
		$this->assertStatus( 400, $response );
		$this->assertSame( 'rest_invalid_json', $response->get_data()['code'] );
		$this->assertSame( 'open', $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $ticket->id() )->status() );
	}

	/** A broken update changes nothing, not even a field that was valid. */
	public function test_broken_update_changes_nothing(): void {
		$ticket   = $this->ticket();
		$before   = $this->footprint();
		$response = $this->rest( 'PATCH', '/storedesk/v1/tickets/' . $ticket->id(), array( 'priority' => 'urgent', 'tags' => array( 'ghost' ) ) );
		$this->assertStatus( 400, $response );
		$this->assertSame( 'storedesk_unknown_tag', $response->get_data()['code'] );
		$this->assertSame( 'normal', $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $ticket->id() )->priority() );
		$this->assertSame( $before, $this->footprint() );
	}

	/** Ids of objects that do not exist give 404 with a stable code. */
	public function test_missing_objects(): void {
		$cases = array(
			array( 'GET', '/storedesk/v1/tickets/999999', array(), 'storedesk_ticket_not_found' ),
			array( 'PATCH', '/storedesk/v1/tickets/999999', array( 'status' => 'open' ), 'storedesk_ticket_not_found' ),
			array( 'GET', '/storedesk/v1/tickets/999999/messages', array(), 'storedesk_ticket_not_found' ),
			array( 'POST', '/storedesk/v1/tickets/999999/messages', array( 'kind' => 'reply', 'body' => 'Hi' ), 'storedesk_ticket_not_found' ),
			array( 'GET', '/storedesk/v1/contacts/999999', array(), 'storedesk_contact_not_found' ),
			array( 'PATCH', '/storedesk/v1/teams/999999', array( 'name' => 'X' ), 'storedesk_team_not_found' ),
			array( 'DELETE', '/storedesk/v1/teams/999999', array(), 'storedesk_team_not_found' ),
		);
		foreach ( $cases as list( $method, $path, $params, $code ) ) {
			$response = $this->rest( $method, $path, $params );
			$this->assertSame( 404, $response->get_status(), "{$method} {$path}" );
			$this->assertSame( $code, $response->get_data()['code'], "{$method} {$path}" );
		}
	}

	/** Agents write replies and notes only; scripts never survive into a body. */
	public function test_message_kinds_and_markup(): void {
		$ticket = $this->ticket();
		$event  = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'customer', 'body' => 'I am the customer' ) );
		$this->assertStatus( 400, $event );
		$reply = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => '<p onclick="x()">Hi<script>alert(1)</script> <strong>there</strong></p>' ) );
		$this->assertStatus( 201, $reply );
		$this->assertSame( '<p>Hialert(1) <strong>there</strong></p>', $reply->get_data()['body'] );
	}
}
