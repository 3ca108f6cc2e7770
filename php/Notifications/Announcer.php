<?php
/**
 * Queues the emails a new message calls for.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Conversations\Received;
use Storedesk\Jobs\Queue;
use Storedesk\Messages\Message;
use Storedesk\Support\Transaction;

defined( 'ABSPATH' ) || exit;

/**
 * What the services call, directly, when something worth an email
 * happened: the intake for what customers write, the ticket's event
 * recorder for a resolution or an assignment. It only queues Notifier's
 * job once the data is committed (a rolled-back message announces
 * nothing), so it needs no repository and the services that call it
 * need not know who gets what.
 */
class Announcer {

	/** Background job that sends what a new ticket or message calls for; args: kind, id, actor. */
	public const JOB = 'storedesk_notify';

	/**
	 * Builds the announcer.
	 *
	 * @param Queue $queue Background jobs.
	 */
	public function __construct( private Queue $queue ) {}

	/**
	 * A customer's message was taken in: the new ticket's emails, or the
	 * agents' "customer replied". A call an agent made (a reply they
	 * logged) announces nothing.
	 *
	 * @param Received $received What Intake stored.
	 * @param int      $actor_id Agent who entered it, 0 for the customer.
	 */
	public function received( Received $received, int $actor_id ): void {
		if ( $received->opened ) {
			$this->later( array( 'ticket', $received->ticket->id(), $actor_id ) );
		} elseif ( 'customer' === $received->message->kind ) {
			$this->later( array( 'message', $received->message->id, 0 ) );
		}
	}

	/**
	 * An event was recorded (a resolution, an assignment, a move).
	 *
	 * @param Message $event The event message.
	 */
	public function event( Message $event ): void {
		// Only a status or an assignment is worth an email; a merge's hundreds of moves are not.
		if ( in_array( $event->meta['field'] ?? '', array( 'status', 'assignee' ), true ) ) {
			$this->later( array( 'message', $event->id, 0 ) );
		}
	}

	/**
	 * Queues the job once the data is committed.
	 *
	 * @param array $args Job arguments.
	 */
	private function later( array $args ): void {
		Transaction::after_commit( fn() => $this->queue->push( self::JOB, $args ) );
	}
}
