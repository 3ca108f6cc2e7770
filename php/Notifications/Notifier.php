<?php
/**
 * When Storedesk sends email.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Support\Transaction;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * Listens to what happens to tickets and decides which emails go out:
 * - a new ticket: the acknowledgement (when the customer opened it) and the
 *   agents' "new ticket" (or "assigned to you" for an assignee set at once);
 * - a message: an agent reply goes to the customer, a customer message to
 *   the agents; status and assignment events become "resolved" and
 *   "assigned to you";
 * - a shopper asking for their links again.
 * Mentions in notes come from Inbox\Mentions. Every email is sent once the
 * data is committed, and a failure never reaches the request that caused it.
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
	 */
	public function __construct(
		private CustomerNotifications $customers,
		private AgentNotifications $agents,
		private GuestLinks $links,
		private TicketRepository $tickets,
		private MessageRepository $messages,
		private MailLog $log,
	) {}

	/** Background job that sends the links email (GuestLinks::JOB). */
	public const LINKS_JOB = GuestLinks::JOB;

	/** Hooks the listeners. */
	public function register(): void {
		add_action( 'storedesk_ticket_created', array( $this, 'ticket_created' ), 10, 2 );
		add_action( 'storedesk_message_created', array( $this, 'message_created' ) );
		add_action( self::LINKS_JOB, array( $this, 'send_links' ), 10, 2 );
	}

	/**
	 * A ticket was opened.
	 *
	 * @param Ticket $ticket   The ticket.
	 * @param int    $actor_id Agent who opened it, 0 for the customer.
	 */
	public function ticket_created( Ticket $ticket, int $actor_id = 0 ): void {
		$this->later(
			'ticket_created',
			$ticket->id(),
			function () use ( $ticket, $actor_id ) {
				$ticket = $this->tickets->find( $ticket->id() );
				$first  = $ticket ? ( $this->messages->thread( $ticket->id(), 1, 1 )[0][0] ?? null ) : null;
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
		);
	}

	/**
	 * A message was stored.
	 *
	 * @param Message $message The message.
	 */
	public function message_created( Message $message ): void {
		if ( 'note' === $message->kind ) {
			return;
		}
		$this->later(
			'message_created',
			$message->ticket_id,
			function () use ( $message ) {
				$ticket = $this->tickets->find( $message->ticket_id );
				if ( ! $ticket ) {
					return;
				}
				if ( 'reply' === $message->kind ) {
					$this->customers->reply( $ticket, $message );
				} elseif ( 'customer' === $message->kind && ! $this->opens_ticket( $message ) ) {
					$this->agents->customer_reply( $ticket, $message );
				} elseif ( 'event' === $message->kind ) {
					$this->event( $ticket, $message );
				}
			}
		);
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
