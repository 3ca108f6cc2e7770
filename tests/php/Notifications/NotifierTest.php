<?php
/**
 * Emails leave from a background job, never inside the request.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Jobs\Queue;
use Storedesk\Notifications\Notifier;

/**
 * Issue 11: the storefront form and an agent's reply each sent their emails
 * inline (five SMTP conversations for one new ticket on a team of four).
 * The request now queues one job and starts a runner once it has answered.
 */
class NotifierTest extends MailTestCase {

	/** A new ticket and a reply queue their emails; the job sends them. */
	public function test_requests_queue_and_the_job_sends(): void {
		$ticket = $this->ticket( array( 'contact' => array( 'email' => 'queued@example.test' ) ) );
		$this->assertSame( array(), $this->mailer->sent, 'opening the ticket sent nothing itself' );
		$this->assertTrue( $this->queued( array( 'ticket', $ticket->id(), 0 ) ) );
		$this->assertNotFalse( has_action( 'shutdown', array( $this->service( Queue::class ), 'kick' ) ), 'a runner starts once the request has answered' );
		$this->assertCount( 1, $this->mails( 'queued@example.test' ), 'the job sends the acknowledgement' );

		$this->clear_mails();
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$reply = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'On its way.' ) );
		$this->assertStatus( 201, $reply );
		$this->assertSame( array(), $this->mailer->sent, 'the reply request sent nothing itself' );
		$delivery = $reply->get_data()['deliveries'][0];
		$this->assertSame( array( 'email', 'queued@example.test', 'queued' ), array( $delivery['channel'], $delivery['to'], $delivery['status'] ), 'the reply is recorded as a delivery in the request' );
		$this->assertTrue( $this->queued( array( $delivery['id'] ), \Storedesk\Conversations\Outbound::JOB ) );
		$mails = $this->mails( 'queued@example.test' );
		$this->assertCount( 1, $mails );
		$this->assertStringContainsString( 'On its way.', $mails[0]['text'] );
	}

	/** A job for a message that is gone sends nothing and fails nothing. */
	public function test_a_job_for_something_gone_is_a_no_op(): void {
		do_action( Notifier::JOB, 'message', PHP_INT_MAX, 0 );
		do_action( Notifier::JOB, 'ticket', PHP_INT_MAX, 0 );
		$this->assertSame( array(), $this->mails() );
	}

	/**
	 * Whether the notification job with these arguments is queued.
	 *
	 * @param array  $args Job arguments.
	 * @param string $hook The job.
	 */
	private function queued( array $args, string $hook = Notifier::JOB ): bool {
		return function_exists( 'as_has_scheduled_action' ) ? as_has_scheduled_action( $hook, $args, Queue::GROUP ) : (bool) wp_next_scheduled( $hook, $args );
	}
}
