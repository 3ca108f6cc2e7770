<?php
/**
 * Tests for Storedesk\Conversations\Outbound.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Conversations;

use Storedesk\Conversations\Deliveries;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\Intake;
use Storedesk\Conversations\Outbound;
use Storedesk\Install\Schema;
use Storedesk\Jobs\Queue;
use Storedesk\Tests\Channels\Echo\EchoChannel;
use Storedesk\Tests\Channels\Echo\WithEcho;
use Storedesk\Tests\TestCase;

/**
 * One way out: a reply is recorded as a delivery, sent by a job on the
 * conversation's channel (Echo, a channel only the tests know), tried
 * again with backoff, shown as failed with its error, retried by a person,
 * never queued twice, and sent once even when a runner dies mid-send.
 */
class OutboundTest extends TestCase {

	use WithEcho;

	/** Registers Echo. */
	protected function setUp(): void {
		parent::setUp();
		$this->register_echo();
	}

	/** Unregisters it. */
	protected function tearDown(): void {
		$this->unregister_echo();
		parent::tearDown();
	}

	/**
	 * An Echo conversation with one customer message, and an agent's reply to it.
	 *
	 * @param string $text The reply.
	 * @return array{0: int, 1: int} Ticket id and the reply's delivery id.
	 */
	private function reply( string $text = 'Thanks, it ships today.' ): array {
		$received = $this->service( Intake::class )->receive( new InboundMessage( channel: 'echo', source: 'test', address: 'echo-user-1', name: 'Ada', body: 'Where is my lamp?' ) );
		$this->run_jobs();
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$res = $this->rest( 'POST', '/storedesk/v1/tickets/' . $received->ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => "<p>{$text}</p>" ) );
		$this->assertStatus( 201, $res );
		$deliveries = $res->get_data()['deliveries'];
		$this->assertSame( array( 'echo', 'echo-user-1' ), array( $deliveries[0]['channel'], $deliveries[0]['to'] ) );
		return array( $received->ticket->id(), $deliveries[0]['id'] );
	}

	/**
	 * A delivery's row.
	 *
	 * @param int $id Delivery id.
	 */
	private function delivery( int $id ): object {
		return $this->service( Deliveries::class )->find( $id );
	}

	/**
	 * Makes a queued delivery due now, as time passing would.
	 *
	 * @param int $id Delivery id.
	 */
	private function make_due( int $id ): void {
		global $wpdb;
		$wpdb->update( Schema::table( 'deliveries' ), array( 'next_attempt_at' => gmdate( 'Y-m-d H:i:s', time() - 1 ) ), array( 'id' => $id ) );
	}

	/** The reply leaves on Echo in a job, not in the agent's request, and the thread says it was sent. */
	public function test_a_reply_leaves_on_its_channel_after_the_request(): void {
		list( $ticket, $id ) = $this->reply();
		$this->assertSame( array(), EchoChannel::$outbox, 'nothing sent inside the request' );
		$this->assertSame( 'queued', $this->delivery( $id )->status );
		$this->run_jobs();
		$this->assertSame( array( array( 'echo-user-1', 'Thanks, it ships today.', $id ) ), EchoChannel::$outbox );
		$thread = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket . '/messages' )->get_data();
		$this->assertSame( 'sent', end( $thread )['deliveries'][0]['status'] );
		$this->assertSame( 1, end( $thread )['deliveries'][0]['attempts'] );
		$this->assertSame( array(), $thread[0]['deliveries'], 'no acknowledgement: the customer has no email, and notices are email\'s' );
	}

	/** A refused send is tried after 1, 2, 4 and 8 minutes, then shown as failed with the error; Retry sends it. */
	public function test_a_failing_send_is_retried_with_backoff_then_fails_visibly(): void {
		EchoChannel::$refuse = 'Provider timed out';
		list( $ticket, $id ) = $this->reply();
		$outbound            = $this->service( Outbound::class );
		$gaps                = array();
		$this->run_jobs();
		for ( $try = 1; $try < Outbound::MAX_ATTEMPTS; $try++ ) {
			$row = $this->delivery( $id );
			$this->assertSame( array( 'queued', $try, 'Provider timed out' ), array( $row->status, (int) $row->attempts, $row->last_error ) );
			$gaps[] = strtotime( $row->next_attempt_at . ' UTC' ) - time();
			$outbound->deliver( $id );
			$this->assertSame( $try, (int) $this->delivery( $id )->attempts, 'not due yet: not tried' );
			$this->make_due( $id );
			$outbound->deliver( $id );
		}
		foreach ( array( 60, 120, 240, 480 ) as $i => $expected ) {
			$this->assertEqualsWithDelta( $expected, $gaps[ $i ], 2, "gap after try {$i}" );
		}
		$row = $this->delivery( $id );
		$this->assertSame( array( 'failed', Outbound::MAX_ATTEMPTS, 'Provider timed out' ), array( $row->status, (int) $row->attempts, $row->last_error ) );
		$this->assertSame( Outbound::MAX_ATTEMPTS, EchoChannel::$calls );
		$thread = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket . '/messages' )->get_data();
		$shown  = end( $thread )['deliveries'][0];
		$this->assertSame( array( 'failed', 'Provider timed out' ), array( $shown['status'], $shown['error'] ) );

		$agent = get_current_user_id();
		$this->assertStatus( 403, $this->rest( 'GET', '/storedesk/v1/deliveries' ), 'the list is the managers\'' );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$listed = wp_list_filter( $this->rest( 'GET', '/storedesk/v1/deliveries' )->get_data(), array( 'id' => $id ) );
		$this->assertCount( 1, $listed, 'managers see it among the deliveries that failed' );
		$this->assertSame( array( 'failed', 'Provider timed out', $ticket ), array( reset( $listed )['status'], reset( $listed )['error'], reset( $listed )['ticket_id'] ) );
		wp_set_current_user( $agent );

		EchoChannel::$refuse = null;
		$retry               = $this->rest( 'POST', '/storedesk/v1/deliveries/' . $id . '/retry' );
		$this->assertStatus( 202, $retry );
		$this->assertSame( 'queued', $retry->get_data()['status'] );
		$this->run_jobs();
		$this->assertSame( 'sent', $this->delivery( $id )->status );
		$this->assertCount( 1, EchoChannel::$outbox );
		$this->assertStatus( 409, $this->rest( 'POST', '/storedesk/v1/deliveries/' . $id . '/retry' ), 'a sent delivery is not retried' );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertSame( array(), wp_list_filter( $this->rest( 'GET', '/storedesk/v1/deliveries' )->get_data(), array( 'id' => $id ) ), 'sent: off the list' );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStatus( 403, $this->rest( 'POST', '/storedesk/v1/deliveries/' . $id . '/retry' ) );
	}

	/** One delivery per message and type, and one pending job for it however often it is asked for. */
	public function test_nothing_is_queued_twice(): void {
		list( $ticket, $id ) = $this->reply();
		$outbound            = $this->service( Outbound::class );
		$tickets             = $this->service( \Storedesk\Tickets\TicketRepository::class );
		$message             = $this->service( \Storedesk\Messages\MessageRepository::class )->find( (int) $this->delivery( $id )->message_id );
		$this->assertSame( $id, $outbound->send( $tickets->find( $ticket ), $message, 'customer-reply' ) );
		$queue = $this->service( Queue::class );
		$queue->push( Outbound::JOB, array( $id ) );
		$queue->push( Outbound::JOB, array( $id ) );
		$this->assertSame( 1, $this->pending( Outbound::JOB, array( $id ) ) );
		$this->run_jobs();
		$this->assertSame( 1, EchoChannel::$calls );
	}

	/** A runner that died mid-send holds the delivery until its lease ends; then the sweep sends it, once. */
	public function test_a_send_killed_mid_run_is_picked_up_and_sent_once(): void {
		list( , $id ) = $this->reply();
		$deliveries   = $this->service( Deliveries::class );
		$outbound     = $this->service( Outbound::class );
		$this->assertTrue( $deliveries->claim( $id, 300 ), 'a runner takes it, then dies' );
		$this->run_jobs();
		$outbound->sweep();
		$this->assertSame( 0, EchoChannel::$calls, 'while its lease runs, nobody else sends it' );
		global $wpdb;
		$wpdb->update( Schema::table( 'deliveries' ), array( 'claimed_until' => gmdate( 'Y-m-d H:i:s', time() - 1 ) ), array( 'id' => $id ) );
		$outbound->sweep();
		$outbound->sweep();
		$outbound->deliver( $id );
		$this->assertSame( 1, EchoChannel::$calls );
		$this->assertCount( 1, EchoChannel::$outbox );
		$this->assertSame( array( 'sent', 2 ), array( $this->delivery( $id )->status, (int) $this->delivery( $id )->attempts ) );
	}

	/**
	 * Pending jobs of a hook with these arguments.
	 *
	 * @param string $hook Hook.
	 * @param array  $args Arguments.
	 */
	private function pending( string $hook, array $args ): int {
		if ( function_exists( 'as_get_scheduled_actions' ) && did_action( 'action_scheduler_init' ) ) {
			return count( as_get_scheduled_actions( array( 'hook' => $hook, 'args' => $args, 'status' => \ActionScheduler_Store::STATUS_PENDING ), 'ids' ) );
		}
		$count = 0;
		foreach ( (array) _get_cron_array() as $hooks ) {
			foreach ( $hooks[ $hook ] ?? array() as $event ) {
				$count += $event['args'] === $args ? 1 : 0;
			}
		}
		return $count;
	}

	/**
	 * Moves a conversation's customer messages back in time, as waiting would.
	 *
	 * @param int $ticket  Ticket id.
	 * @param int $seconds How long ago.
	 */
	private function age( int $ticket, int $seconds ): void {
		global $wpdb;
		$wpdb->update( Schema::table( 'messages' ), array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() - $seconds ) ), array( 'ticket_id' => $ticket, 'kind' => 'customer' ) );
	}

	/**
	 * The agent may reply on any channel the customer has (the composer
	 * offers only those); one whose reply window closed is not offered and
	 * is refused, and the default moves to the next.
	 */
	public function test_the_reply_goes_on_a_channel_the_customer_has_while_its_window_is_open(): void {
		$received = $this->service( Intake::class )->receive( new InboundMessage( channel: 'echo', source: 'test', address: 'echo-user-2', name: 'Bo', also: array( array( 'email', 'bo@example.test' ) ), body: 'Is my lamp on its way?' ) );
		$this->run_jobs();
		$ticket = $received->ticket->id();
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$data = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data();
		$this->assertSame( array( 'echo', 'email' ), array_column( $data['reply_options'], 'via' ), 'the conversation\'s own channel first' );
		$this->assertSame( array( 'echo-user-2', 'bo@example.test' ), array_column( $data['reply_options'], 'to' ) );
		$this->assertSame( array( true, true ), array_column( $data['reply_options'], 'open' ) );
		$this->assertEqualsWithDelta( time() + HOUR_IN_SECONDS, strtotime( $data['reply_options'][0]['closes_at'] ), 5, 'Echo\'s window: an hour from the customer\'s message' );
		$this->assertNull( $data['reply_options'][1]['closes_at'], 'email has no window' );
		$this->assertSame( 'echo', $data['reply_via']['via'] );

		// The agent picks email: the reply is carried and delivered by email.
		$path = '/storedesk/v1/tickets/' . $ticket . '/messages';
		$res  = $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => '<p>By email, with the invoice.</p>', 'via' => 'email' ) );
		$this->assertStatus( 201, $res );
		$this->assertSame( array( 'email', 'email', 'bo@example.test' ), array( $res->get_data()['channel'], $res->get_data()['deliveries'][0]['channel'], $res->get_data()['deliveries'][0]['to'] ) );
		$bad = $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => '<p>By SMS?</p>', 'via' => 'phone' ) );
		$this->assertStatus( 400, $bad );
		$this->assertSame( 'storedesk_reply_channel', $bad->get_data()['code'] );

		// Two hours later Echo's window has closed: not offered, refused, and the default is email.
		$this->age( $ticket, 2 * HOUR_IN_SECONDS );
		$data = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data();
		$this->assertSame( array( false, true ), array_column( $data['reply_options'], 'open' ) );
		$this->assertSame( array( 'email', 'bo@example.test' ), array( $data['reply_via']['via'], $data['reply_via']['to'] ) );
		$this->assertStatus( 400, $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => '<p>On Echo?</p>', 'via' => 'echo' ) ) );
		$this->assertSame( 'email', $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => '<p>Default.</p>' ) )->get_data()['deliveries'][0]['channel'] );
		$this->assertSame( array(), EchoChannel::$outbox );
	}

	/** A reply queued while the window was open but sent after it closed fails at once, without retries; with no other channel the reply stays in the desk. */
	public function test_a_reply_whose_window_closed_before_the_send_fails_without_retries(): void {
		list( $ticket, $id ) = $this->reply( 'Queued in time.' );
		$this->age( $ticket, 2 * HOUR_IN_SECONDS );
		$this->run_jobs();
		$row = $this->delivery( $id );
		$this->assertSame( array( 'failed', 1 ), array( $row->status, (int) $row->attempts ) );
		$this->assertStringContainsString( 'reply window closed', $row->last_error );
		$this->assertSame( array(), EchoChannel::$outbox );
		$data = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data();
		$this->assertSame( array( null, 'window_closed' ), array( $data['reply_via']['via'], $data['reply_via']['reason'] ), 'Ada has only Echo, closed' );
		$res = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket . '/messages', array( 'kind' => 'reply', 'body' => '<p>Kept here.</p>' ) );
		$this->assertSame( array(), $res->get_data()['deliveries'], 'nothing queued' );
	}
}
