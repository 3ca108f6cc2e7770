<?php
/**
 * REST tickets: lists, create, read, update, batch.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Rest\TicketSchema;
use Storedesk\Tests\TestCase;

/**
 * Exercises /storedesk/v1/tickets as a manager and validates every real
 * response against the declared schema.
 */
class TicketsControllerTest extends TestCase {

	/**
	 * The acting manager.
	 *
	 * @var int
	 */
	private int $manager;

	/** Logs in a manager. */
	protected function setUp(): void {
		parent::setUp();
		$this->manager = $this->user( 'storedesk_manager' );
		wp_set_current_user( $this->manager );
	}

	/** Filters combine as AND, and totals come back in headers. */
	public function test_list_filters_and_totals(): void {
		$agent = $this->user( 'storedesk_agent' );
		$this->service( \Storedesk\Tickets\Tags::class )->create( 'Refund' );
		$this->ticket( array( 'channel' => 'chat', 'assignee' => $agent, 'tags' => array( 'refund' ), 'priority' => 'urgent' ) );
		$this->ticket( array( 'channel' => 'chat' ) );
		$this->ticket( array( 'channel' => 'email', 'status' => 'pending' ) );
		$this->ticket( array( 'channel' => 'sms', 'status' => 'spam' ) );

		$all = $this->rest( 'GET', '/storedesk/v1/tickets' );
		$this->assertStatus( 200, $all );
		$this->assertCount( 3, $all->get_data(), 'spam is left out by default' );
		$this->assertSame( '3', (string) $all->get_headers()['X-WP-Total'] );

		$cases = array(
			array( array( 'channel' => 'chat' ), 2 ),
			array( array( 'channel' => 'chat', 'assignee' => 'none' ), 1 ),
			array( array( 'assignee' => (string) $agent ), 1 ),
			array( array( 'tag' => 'refund' ), 1 ),
			array( array( 'priority' => 'urgent' ), 1 ),
			array( array( 'status' => 'pending' ), 1 ),
			array( array( 'status' => 'spam' ), 1 ),
			array( array( 'status' => array( 'open', 'pending' ) ), 3 ),
			array( array( 'assignee' => 'me' ), 0 ),
		);
		foreach ( $cases as list( $query, $count ) ) {
			$response = $this->rest( 'GET', '/storedesk/v1/tickets', $query );
			$this->assertStatus( 200, $response );
			$this->assertCount( $count, $response->get_data(), wp_json_encode( $query ) );
			$this->assertSame( (string) $count, (string) $response->get_headers()['X-WP-Total'], wp_json_encode( $query ) );
		}
		global $wpdb;
		$linked = $this->ticket();
		// Orders need WooCommerce to be created through the API; the filter only reads the index.
		$wpdb->update( \Storedesk\Install\Schema::table( 'ticket_index' ), array( 'order_id' => 4242 ), array( 'ticket_id' => $linked->id() ) );
		$this->assertSame( array( $linked->id() ), wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'order_id' => 4242 ) )->get_data(), 'id' ) );
		$this->assertCount( 4, $this->rest( 'GET', '/storedesk/v1/tickets', array( 'order' => 'asc' ) )->get_data(), 'sort direction never filters' );
		$this->assertSame( 4242, $this->rest( 'GET', '/storedesk/v1/tickets/' . $linked->id() )->get_data()['order_id'] );
		$wpdb->update( \Storedesk\Install\Schema::table( 'ticket_index' ), array( 'order_id' => 0 ), array( 'ticket_id' => $linked->id() ) );

		$paged = $this->rest( 'GET', '/storedesk/v1/tickets', array( 'per_page' => 3, 'page' => 2 ) );
		$this->assertCount( 1, $paged->get_data() );
		$this->assertSame( '2', (string) $paged->get_headers()['X-WP-TotalPages'] );
	}

	/** Sorting by last activity puts the ticket with the newest message first. */
	public function test_sort_by_last_activity_and_priority(): void {
		$old = $this->ticket( array( 'created_at' => '2026-01-01T10:00:00Z', 'priority' => 'urgent' ) );
		$new = $this->ticket( array( 'created_at' => '2026-02-01T10:00:00Z', 'priority' => 'low' ) );
		$ids = wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/tickets' )->get_data(), 'id' );
		$this->assertSame( array( $new->id(), $old->id() ), $ids );
		$ids = wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'orderby' => 'priority' ) )->get_data(), 'id' );
		$this->assertSame( array( $old->id(), $new->id() ), $ids );
		$ids = wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'order' => 'asc' ) )->get_data(), 'id' );
		$this->assertSame( array( $old->id(), $new->id() ), $ids );
	}

	/** An agent logs a phone call for a new customer; the response matches the schema. */
	public function test_create_logged_phone_call(): void {
		$response = $this->rest(
			'POST',
			'/storedesk/v1/tickets',
			array(
				'subject'  => 'Called about a missing parcel',
				'channel'  => 'phone',
				'priority' => 'high',
				'customer' => array(
					'name'  => 'Jonas Berg',
					'phone' => '+46 70 123 45 67',
				),
				'message'  => array(
					'body'   => 'Parcel shows delivered, customer has nothing.',
					'format' => 'text',
				),
				'cc'       => array( 'partner@example.test' ),
			)
		);
		$this->assertStatus( 201, $response );
		$data = $response->get_data();
		$this->assertMatchesSchema( TicketSchema::get( $this->service( \Storedesk\Channels\ChannelRegistry::class )->slugs() ), $data );
		$this->assertSame( 'phone', $data['channel'] );
		$this->assertSame( 'high', $data['priority'] );
		$this->assertSame( 'open', $data['status'] );
		$this->assertSame( 'Jonas Berg', $data['contact']['name'] );
		$this->assertSame( '+46701234567', $data['contact']['phone'] );
		$this->assertSame( 'partner@example.test', $data['participants'][0]['email'] );
		$this->assertSame( 1, $data['message_count'] );
		$this->assertNotNull( $data['waiting_since'] );

		$view = $this->rest( 'GET', '/storedesk/v1/tickets/' . $data['id'], array( 'with' => 'messages' ) );
		$this->assertStatus( 200, $view );
		$this->assertMatchesSchema( TicketSchema::get( $this->service( \Storedesk\Channels\ChannelRegistry::class )->slugs() ), $view->get_data() );
		$this->assertSame( TicketSchema::get( $this->service( \Storedesk\Channels\ChannelRegistry::class )->slugs() )['properties']['status'], $this->published_schema( '/storedesk/v1/tickets/' . $data['id'] )['properties']['status'], 'the route publishes the declared schema' );
		$thread = $this->rest( 'GET', '/storedesk/v1/tickets/' . $data['id'] . '/messages' );
		foreach ( $thread->get_data() as $entry ) {
			$this->assertMatchesSchema( $this->published_schema( '/storedesk/v1/tickets/' . $data['id'] . '/messages' ), $entry );
		}
		$message = $view->get_data()['messages'][0];
		$this->assertSame( 'customer', $message['kind'] );
		$this->assertSame( 'Jonas Berg', $message['author']['name'] );
		$this->assertSame( $this->manager, $message['meta']['logged_by'] );
	}

	/** Field changes are stored and recorded as events in the thread. */
	public function test_update_records_events(): void {
		$agent  = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket();
		$this->service( \Storedesk\Tickets\Tags::class )->create( 'VIP' );
		$response = $this->rest(
			'PATCH',
			'/storedesk/v1/tickets/' . $ticket->id(),
			array(
				'status'   => 'resolved',
				'priority' => 'urgent',
				'assignee' => $agent,
				'tags'     => array( 'vip' ),
				'unread'   => false,
			)
		);
		$this->assertStatus( 200, $response );
		$data = $response->get_data();
		$this->assertMatchesSchema( TicketSchema::get( $this->service( \Storedesk\Channels\ChannelRegistry::class )->slugs() ), $data );
		$this->assertSame( array( 'resolved', 'urgent', $agent, array( 'vip' ), false ), array( $data['status'], $data['priority'], $data['assignee'], $data['tags'], $data['unread'] ) );
		$this->assertNotNull( $data['resolved_at'] );
		$this->assertNull( $data['waiting_since'], 'a resolved ticket waits for nobody' );
		$this->assertSame( 'sd-resolved', get_post_status( $ticket->id() ) );
		$this->assertSame( 'urgent', get_post_meta( $ticket->id(), '_storedesk_priority', true ) );
		$events = array_values( array_filter( $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket->id() . '/messages' )->get_data(), static fn( $m ) => 'event' === $m['kind'] ) );
		$this->assertSame( array( 'status', 'priority', 'assignee' ), array_map( static fn( $m ) => $m['meta']['field'], $events ) );
		$this->assertSame( array( 'open', 'resolved' ), array( $events[0]['meta']['from'], $events[0]['meta']['to'] ) );

		$this->assertMatchesRegularExpression( '/assigned the ticket to .+\\./', $events[2]['body'] );
		$team = $this->service( \Storedesk\Teams\TeamRepository::class )->save( array( 'name' => 'Returns' ) );
		$this->rest( 'PATCH', '/storedesk/v1/tickets/' . $ticket->id(), array( 'team' => $team['id'] ) );
		$thread = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket->id() . '/messages' )->get_data();
		$this->assertStringEndsWith( 'moved the ticket to the Returns team.', end( $thread )['body'] );

		$reopened = $this->rest( 'PATCH', '/storedesk/v1/tickets/' . $ticket->id(), array( 'status' => 'open', 'assignee' => null ) )->get_data();
		$this->assertNull( $reopened['resolved_at'] );
		$this->assertNull( $reopened['assignee'] );
	}

	/** A bulk action changes every ticket, or none when one change is invalid. */
	public function test_batch_is_all_or_nothing(): void {
		$a = $this->ticket();
		$b = $this->ticket();
		$this->service( \Storedesk\Tickets\Tags::class )->create( 'Bulk' );
		$done = $this->rest( 'POST', '/storedesk/v1/tickets/batch', array( 'ids' => array( $a->id(), $b->id() ), 'status' => 'resolved', 'add_tags' => array( 'bulk' ) ) );
		$this->assertStatus( 200, $done );
		$this->assertSame( array( 'resolved', 'resolved' ), wp_list_pluck( $done->get_data(), 'status' ) );
		$this->assertSame( array( array( 'bulk' ), array( 'bulk' ) ), wp_list_pluck( $done->get_data(), 'tags' ) );

		$missing = $this->rest( 'POST', '/storedesk/v1/tickets/batch', array( 'ids' => array( $a->id(), 999999 ), 'status' => 'open' ) );
		$this->assertStatus( 404, $missing );
		$this->assertSame( 'resolved', $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $a->id() )->status() );

		$nothing = $this->rest( 'POST', '/storedesk/v1/tickets/batch', array( 'ids' => array( $a->id() ) ) );
		$this->assertStatus( 400, $nothing );
		$this->assertSame( 'storedesk_nothing_to_change', $nothing->get_data()['code'] );
	}

	/** Polling with updated_since returns only tickets changed after the cursor. */
	public function test_updated_since_cursor(): void {
		global $wpdb;
		$quiet = $this->ticket();
		$busy  = $this->ticket();
		$wpdb->query( 'UPDATE ' . \Storedesk\Install\Schema::table( 'ticket_index' ) . " SET updated_at = '2026-01-01 00:00:00'" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$this->rest( 'PATCH', '/storedesk/v1/tickets/' . $busy->id(), array( 'priority' => 'high' ) );
		$changed = $this->rest( 'GET', '/storedesk/v1/tickets', array( 'updated_since' => '2026-06-01T00:00:00Z', 'orderby' => 'updated' ) );
		$this->assertStatus( 200, $changed );
		$this->assertSame( array( $busy->id() ), wp_list_pluck( $changed->get_data(), 'id' ) );
		$this->assertNotContains( $quiet->id(), wp_list_pluck( $changed->get_data(), 'id' ) );
		$this->assertStatus( 400, $this->rest( 'GET', '/storedesk/v1/tickets', array( 'updated_since' => 'yesterday-ish' ) ) );
	}
}
