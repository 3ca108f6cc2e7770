<?php
/**
 * When Storedesk sends email.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * The jobs that decide which emails go out:
 * - a new ticket: the acknowledgement (when the customer opened it) and the
 *   agents' "new ticket" (or "assigned to you" for an assignee set at once);
 * - a message: a customer message goes to the agents; status and
 *   assignment events become "resolved" and "assigned to you";
 * - a shopper asking for their links again.
 * The services queue them through Announcer; mentions in notes come from
 * Inbox\Mentions. The shopper's or agent's request never waits on mail,
 * and a failure never reaches it: the job is retried (Jobs\Worker, which hooks these jobs).
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
	 */
	public function __construct(
		private CustomerNotifications $customers,
		private AgentNotifications $agents,
		private GuestLinks $links,
		private TicketRepository $tickets,
		private MessageRepository $messages,
	) {}

	/** Background job that sends the links email (GuestLinks::JOB). */
	public const LINKS_JOB = GuestLinks::JOB;

	/** Background job that sends what a new ticket or message calls for (Announcer::JOB). */
	public const JOB = Announcer::JOB;

	/**
	 * The links job in words, for the managers' list of failed jobs.
	 *
	 * @param array $args The job's arguments (the address last).
	 * @return array{0: string, 1: int}
	 */
	public function describe_links( array $args ): array {
		/* translators: %s: the shopper's email address */
		return array( sprintf( __( 'Ticket links email to %s', 'storedesk' ), (string) end( $args ) ), 0 );
	}

	/**
	 * The notify job in words, for the managers' list of failed jobs.
	 *
	 * @param array $args kind, id, actor.
	 * @return array{0: string, 1: int}
	 */
	public function describe( array $args ): array {
		if ( 'ticket' === ( $args[0] ?? '' ) ) {
			/* translators: %d: ticket number */
			return array( sprintf( __( 'Notifications of new ticket #%d', 'storedesk' ), (int) $args[1] ), (int) $args[1] );
		}
		$message   = $this->messages->find( (int) ( $args[1] ?? 0 ) );
		$ticket_id = $message ? $message->ticket_id : 0;
		/* translators: %d: ticket number */
		return array( sprintf( __( 'Notifications of a message in #%d', 'storedesk' ), $ticket_id ), $ticket_id );
	}

	/**
	 * The job: reads the ticket or message as it is now and sends its emails.
	 *
	 * @param string $kind     'ticket' or 'message'.
	 * @param int    $id       Ticket or message id.
	 * @param int    $actor_id Agent who opened the ticket, 0 for the customer.
	 */
	public function run( $kind, $id, $actor_id = 0 ): void {
		if ( 'ticket' === $kind ) {
			$this->opened( (int) $id, (int) $actor_id );
			return;
		}
		$message = $this->messages->find( (int) $id );
		if ( $message ) {
			$this->posted( $message );
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
		// Spam is answered by nobody and announced to nobody.
		if ( ! $ticket || ! $first || 'spam' === $ticket->status() ) {
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
		$this->links->send_for_address( (string) ( $email ?? $first ) );
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
}
