<?php
/**
 * Emails to agents.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Install\Roles;
use Storedesk\Jobs\Queue;
use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * New tickets, customer replies, assignments and mentions. Each goes only
 * to agents who may see the ticket and kept that notification on, and
 * never to the agent whose own action caused it. Each agent's email is a
 * job of its own, so a mail server that refuses one is asked again for that
 * one alone, and a manager sees which agent missed what.
 */
class AgentNotifications {

	/** Job that sends one agent one email; args: type, ticket, agent, message, actor. */
	public const JOB = 'storedesk_agent_mail';

	/** Most agents one notification goes to; a larger desk uses teams. */
	private const MAX_RECIPIENTS = 200;

	/**
	 * Builds the notifications.
	 *
	 * @param EmailBuilder      $builder     Builds emails.
	 * @param Mailer            $mailer      Sends them.
	 * @param Preferences       $preferences Agents' switches.
	 * @param TeamRepository    $teams       Teams, for who watches a ticket.
	 * @param TicketRepository  $tickets     Tickets, read again when the email is sent.
	 * @param MessageRepository $messages    Messages, likewise.
	 * @param Queue             $queue       Background jobs.
	 */
	public function __construct(
		private EmailBuilder $builder,
		private Mailer $mailer,
		private Preferences $preferences,
		private TeamRepository $teams,
		private TicketRepository $tickets,
		private MessageRepository $messages,
		private Queue $queue,
	) {}

	/**
	 * The job in words, for the managers' list of failed jobs.
	 *
	 * @param array $args The job's arguments.
	 * @return array{0: string, 1: int}
	 */
	public function describe( array $args ): array {
		list( $type, $ticket_id, $user_id ) = array_pad( $args, 3, 0 );
		$user                               = get_userdata( (int) $user_id );
		return array(
			/* translators: 1: agent's name, 2: ticket number, 3: kind of email, such as "Agent: new ticket" */
			sprintf( __( 'Email to %1$s about #%2$d (%3$s)', 'storedesk' ), $user ? $user->display_name : '#' . (int) $user_id, (int) $ticket_id, EmailTypes::labels()[ $type ] ?? $type ),
			(int) $ticket_id,
		);
	}

	/**
	 * A new ticket: to its team's members, or every agent when it has no team.
	 *
	 * @param Ticket  $ticket   The ticket.
	 * @param Message $first    Its first message.
	 * @param int     $actor_id Agent who opened it (not notified), 0 for the customer.
	 * @param int[]   $skip     Agents who get a more specific email instead.
	 * @return int[] Agents an email is queued for.
	 */
	public function new_ticket( Ticket $ticket, Message $first, int $actor_id, array $skip = array() ): array {
		$skip[] = (int) ( $first->meta['logged_by'] ?? 0 );
		return $this->deliver( 'agent-new-ticket', $ticket, array_diff( $this->watchers( $ticket ), $skip ), $actor_id, $first->id );
	}

	/**
	 * The customer wrote again: to the assignee, or as for a new ticket when nobody is assigned.
	 *
	 * @param Ticket  $ticket  The ticket.
	 * @param Message $message The customer's message.
	 * @return int[] Agents an email is queued for.
	 */
	public function customer_reply( Ticket $ticket, Message $message ): array {
		$to = $ticket->assignee_id() ? array( $ticket->assignee_id() ) : $this->watchers( $ticket );
		return $this->deliver( 'agent-customer-reply', $ticket, $to, (int) ( $message->meta['logged_by'] ?? 0 ), $message->id );
	}

	/**
	 * A ticket was assigned: to the new assignee, unless they took it themselves.
	 *
	 * @param Ticket $ticket   The ticket.
	 * @param int    $assignee New assignee.
	 * @param int    $actor_id Who assigned it.
	 * @param int    $key      Message the assignment is recorded in (event, or the first message at creation).
	 * @return int[] Agents an email is queued for.
	 */
	public function assigned( Ticket $ticket, int $assignee, int $actor_id, int $key ): array {
		return $this->deliver( 'agent-assigned', $ticket, array( $assignee ), $actor_id, $key );
	}

	/**
	 * Agents mentioned in a note.
	 *
	 * @param Ticket  $ticket   The ticket.
	 * @param Message $note     The note.
	 * @param int[]   $user_ids Mentioned agents (Mentions::mentioned()).
	 * @return int[] Agents an email is queued for.
	 */
	public function mentioned( Ticket $ticket, Message $note, array $user_ids ): array {
		return $this->deliver( 'agent-mention', $ticket, $user_ids, $note->author_id, $note->id );
	}

	/**
	 * Queues one email per agent who qualifies.
	 *
	 * @param string $type       Email type.
	 * @param Ticket $ticket     Ticket.
	 * @param int[]  $user_ids   Candidates.
	 * @param int    $actor_id   Agent whose action it was; never notified.
	 * @param int    $message_id The message it is about (for an assignment, the one that records it).
	 * @return int[] Agents an email is queued for.
	 */
	private function deliver( string $type, Ticket $ticket, array $user_ids, int $actor_id, int $message_id ): array {
		if ( 'spam' === $ticket->status() ) {
			return array();
		}
		$queued = array();
		foreach ( array_unique( array_map( 'intval', $user_ids ) ) as $user_id ) {
			if ( $user_id !== $actor_id && $this->wants( $type, $ticket, $user_id ) ) {
				$this->queue->push( self::JOB, array( $type, $ticket->id(), $user_id, $message_id, $actor_id ) );
				$queued[] = $user_id;
			}
		}
		return $queued;
	}

	/**
	 * The job: one agent's email, if they still should have it. A mail
	 * server's refusal throws, and the job is tried again.
	 *
	 * @param string     $type       Email type.
	 * @param int|string $ticket_id  Ticket.
	 * @param int|string $user_id    Agent.
	 * @param int|string $message_id Message it is about.
	 * @param int|string $actor_id   Agent whose action it was.
	 */
	public function send( $type, $ticket_id, $user_id, $message_id, $actor_id ): void {
		$ticket  = $this->tickets->find( (int) $ticket_id );
		$message = $this->messages->find( (int) $message_id );
		if ( ! $ticket || ! $message || 'spam' === $ticket->status() || ! $this->wants( (string) $type, $ticket, (int) $user_id ) ) {
			return;
		}
		// An assignment's email is about the ticket; the message only keys its Message-ID.
		$context = 'agent-assigned' === $type ? array( 'key' => $message->id ) : array( 'message' => $message );
		if ( in_array( $type, array( 'agent-assigned', 'agent-mention' ), true ) ) {
			$context['agent_id'] = (int) $actor_id;
		}
		$context += array(
			'recipient' => (int) $user_id,
			'link'      => admin_url( 'admin.php?page=storedesk#/tickets/' . $ticket->id() ),
			'auto'      => 'auto-generated',
		);
		$this->mailer->deliver( $this->builder->build( (string) $type, get_userdata( (int) $user_id )->user_email, $ticket, $context ) );
	}

	/**
	 * Whether an agent may see the ticket and kept this notification on.
	 *
	 * @param string $type    Email type.
	 * @param Ticket $ticket  Ticket.
	 * @param int    $user_id Agent.
	 */
	private function wants( string $type, Ticket $ticket, int $user_id ): bool {
		$user = $user_id ? get_userdata( $user_id ) : false;
		return $user && is_email( $user->user_email ) && user_can( $user, Roles::ACCESS ) && user_can( $user, 'storedesk_view_ticket', $ticket->id() ) && $this->preferences->wants( $user_id, (string) EmailTypes::preference( $type ) );
	}

	/**
	 * Agents who hear about a ticket nobody has taken: its team, or everyone.
	 *
	 * @param Ticket $ticket Ticket.
	 * @return int[]
	 */
	private function watchers( Ticket $ticket ): array {
		$team = $ticket->team_id() ? $this->teams->find( $ticket->team_id() ) : null;
		if ( $team ) {
			return $team['members'];
		}
		return array_map(
			'intval',
			get_users(
				array(
					'capability' => Roles::ACCESS,
					'fields'     => 'ID',
					'number'     => self::MAX_RECIPIENTS,
				)
			)
		);
	}
}
