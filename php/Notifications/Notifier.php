<?php
/**
 * When Storedesk sends email.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Conversations\Received;
use Storedesk\Jobs\Queue;
use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Support\Transaction;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * Decides which emails go out:
 * - a new ticket: the acknowledgement (when the customer opened it) and the
 *   agents' "new ticket" (or "assigned to you" for an assignee set at once);
 * - a message: a customer message goes to
 *   the agents; status and assignment events become "resolved" and
 *   "assigned to you";
 * - a shopper asking for their links again.
 * Conversations\Intake calls received() for what customers write; events
 * still arrive through storedesk_message_created until the ticket
 * repository calls here directly. Mentions in notes come from
 * Inbox\Mentions. Every email is sent by a
 * background job queued once the data is committed: the shopper's or agent's
 * request never waits on mail, and a failure never reaches it.
 */
class Notifier {

	/**
	 * Builds the listener.
	 *
	 * @param CustomerNotifications $customers Emails to customers.
	 * @param AgentNotifications    $agents    Emails to agents.
	 * @param GuestLinks            $links     The links email.
	 * @param TicketRepository      $tickets   Tickets.
	 * @param MessageRepository     $messages  Threads.
	 * @param MailLog               $log       Failure log.
	 * @param Queue                 $queue     Background jobs.
	 */
	public function __construct(
		private CustomerNotifications $customers,
		private AgentNotifications $agents,
		private GuestLinks $links,
		private TicketRepository $tickets,
		private MessageRepository $messages,
		private MailLog $log,
		private Queue $queue,
	) {}

	/** Background job that sends the links email (GuestLinks::JOB). */
	public const LINKS_JOB = GuestLinks::JOB;

	/** Background job that sends what a new ticket or message calls for; args: kind, id, actor. */
	public const JOB = 'storedesk_notify';

	/** Hooks the listeners. */
	public function register(): void {
		add_action( 'storedesk_message_created', array( $this, 'message_created' ) );
		add_action( self::JOB, array( $this, 'run' ), 10, 3 );
		add_action( self::LINKS_JOB, array( $this, 'send_links' ), 10, 2 );
	}

	/**
	 * A customer's message was taken in: the new ticket's emails, or the
	 * agents' "customer replied", queued once it is committed. A call an
	 * agent made (a reply they logged) announces nothing.
	 *
	 * @param Received $received What Intake stored.
	 * @param int      $actor_id Agent who entered it, 0 for the customer.
	 */
	public function received( Received $received, int $actor_id ): void {
		$job = $received->opened ? array( 'ticket', $received->ticket->id(), $actor_id ) : array( 'message', $received->message->id, 0 );
		if ( $received->opened || 'customer' === $received->message->kind ) {
			Transaction::after_commit( fn() => $this->queue->push( self::JOB, $job ) );
		}
	}

	/**
	 * An event was stored (a resolution, an assignment): its emails are
	 * queued once it is committed. Customer messages come through
	 * received(); replies leave through Outbound from where they are written.
	 *
	 * @param Message $message The message.
	 */
	public function message_created( Message $message ): void {
		if ( 'event' !== $message->kind ) {
			return;
		}
		$id = $message->id;
		Transaction::after_commit( fn() => $this->queue->push( self::JOB, array( 'message', $id, 0 ) ) );
	}

	/**
	 * The job: reads the ticket or message as it is now and sends its emails.
	 * Whatever it throws is logged: one bad email must not stop the queue.
	 *
	 * @param string $kind     'ticket' or 'message'.
	 * @param int    $id       Ticket or message id.
	 * @param int    $actor_id Agent who opened the ticket, 0 for the customer.
	 */
	public function run( $kind, $id, $actor_id = 0 ): void {
		$ticket_id = (int) $id;
		try {
			if ( 'ticket' === $kind ) {
				$this->opened( (int) $id, (int) $actor_id );
				return;
			}
			$message   = $this->messages->find( (int) $id );
			$ticket_id = $message ? $message->ticket_id : 0;
			if ( $message ) {
				$this->posted( $message );
			}
		} catch ( \Throwable $e ) {
			$this->log->record( 'ticket' === $kind ? 'ticket_created' : 'message_created', $ticket_id, '', '', $e->getMessage() );
		}
	}

	/**
	 * A new ticket's emails: the acknowledgement when the customer opened
	 * it, and the agents' "new ticket" (or "assigned to you").
	 *
	 * @param int $ticket_id Ticket.
	 * @param int $actor_id  Agent who opened it, 0 for the customer.
	 */
	private function opened( int $ticket_id, int $actor_id ): void {
		$ticket = $this->tickets->find( $ticket_id );
		$first  = $ticket ? ( $this->messages->thread( $ticket_id, 1, 1 )[0][0] ?? null ) : null;
		if ( ! $ticket || ! $first ) {
			return;
		}
		if ( 0 === $actor_id ) {
			$this->customers->acknowledge( $ticket, $first );
		}
		$assignee = $ticket->assignee_id();
		if ( $assignee ) {
			$this->agents->assigned( $ticket, $assignee, $actor_id, $first->id );
		}
		$this->agents->new_ticket( $ticket, $first, $actor_id, array( $assignee ) );
	}

	/**
	 * A message's emails: an agent reply to the customer, a customer
	 * message to the agents, status and assignment events as such.
	 *
	 * @param Message $message The message.
	 */
	private function posted( Message $message ): void {
		$ticket = $this->tickets->find( $message->ticket_id );
		if ( ! $ticket ) {
			return;
		}
		if ( 'customer' === $message->kind && ! $this->opens_ticket( $message ) ) {
			$this->agents->customer_reply( $ticket, $message );
		} elseif ( 'event' === $message->kind ) {
			$this->event( $ticket, $message );
		}
	}

	/**
	 * The links job: looks the address up and sends the email. Jobs queued
	 * before the lookup moved here carry the ticket ids first; the address
	 * is always the last argument.
	 *
	 * @param mixed       $first The address (or, in older jobs, ticket ids).
	 * @param string|null $email The address, in older jobs.
	 */
	public function send_links( $first, $email = null ): void {
		$address = (string) ( $email ?? $first );
		$this->later( 'guest_links', 0, fn() => $this->links->send_for_address( $address ) );
	}

	/**
	 * Status and assignment events.
	 *
	 * @param Ticket  $ticket Ticket.
	 * @param Message $event  Event message (meta: field, from, to).
	 */
	private function event( Ticket $ticket, Message $event ): void {
		$field = $event->meta['field'] ?? '';
		$to    = $event->meta['to'] ?? null;
		if ( 'status' === $field && 'resolved' === $to ) {
			$this->customers->resolved( $ticket, $event );
		} elseif ( 'assignee' === $field && (int) $to > 0 ) {
			$this->agents->assigned( $ticket, (int) $to, $event->author_id, $event->id );
		}
	}

	/**
	 * Whether a customer message is the one that opened its ticket (the new-ticket emails cover it).
	 *
	 * @param Message $message Customer message.
	 */
	private function opens_ticket( Message $message ): bool {
		$first = $this->messages->thread( $message->ticket_id, 1, 1 )[0][0] ?? null;
		return ! $first || $first->id === $message->id;
	}

	/**
	 * Runs notification work after the commit, catching whatever it throws:
	 * an email is never worth a failed request.
	 *
	 * @param string   $what      What triggered it, for the log.
	 * @param int      $ticket_id Ticket, for the log.
	 * @param callable $work      The work.
	 */
	private function later( string $what, int $ticket_id, callable $work ): void {
		Transaction::after_commit(
			function () use ( $what, $ticket_id, $work ) {
				try {
					$work();
				} catch ( \Throwable $e ) {
					$this->log->record( $what, $ticket_id, '', '', $e->getMessage() );
				}
			}
		);
	}
}
