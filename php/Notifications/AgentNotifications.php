<?php
/**
 * Emails to agents.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Install\Roles;
use Storedesk\Messages\Message;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * New tickets, customer replies, assignments and mentions. Each goes only
 * to agents who may see the ticket and kept that notification on, and
 * never to the agent whose own action caused it.
 */
class AgentNotifications {

	/** Most agents one notification goes to; a larger desk uses teams. */
	private const MAX_RECIPIENTS = 200;

	/**
	 * Builds the notifications.
	 *
	 * @param EmailBuilder   $builder     Builds emails.
	 * @param Mailer         $mailer      Sends them.
	 * @param Preferences    $preferences Agents' switches.
	 * @param TeamRepository $teams       Teams, for who watches a ticket.
	 */
	public function __construct(
		private EmailBuilder $builder,
		private Mailer $mailer,
		private Preferences $preferences,
		private TeamRepository $teams,
	) {}

	/**
	 * A new ticket: to its team's members, or every agent when it has no team.
	 *
	 * @param Ticket  $ticket   The ticket.
	 * @param Message $first    Its first message.
	 * @param int     $actor_id Agent who opened it (not notified), 0 for the customer.
	 * @param int[]   $skip     Agents who get a more specific email instead.
	 * @return int[] Agents emailed.
	 */
	public function new_ticket( Ticket $ticket, Message $first, int $actor_id, array $skip = array() ): array {
		$skip[] = (int) ( $first->meta['logged_by'] ?? 0 );
		return $this->deliver( 'agent-new-ticket', $ticket, array_diff( $this->watchers( $ticket ), $skip ), $actor_id, array( 'message' => $first ) );
	}

	/**
	 * The customer wrote again: to the assignee, or as for a new ticket when nobody is assigned.
	 *
	 * @param Ticket  $ticket  The ticket.
	 * @param Message $message The customer's message.
	 * @return int[] Agents emailed.
	 */
	public function customer_reply( Ticket $ticket, Message $message ): array {
		$to = $ticket->assignee_id() ? array( $ticket->assignee_id() ) : $this->watchers( $ticket );
		return $this->deliver( 'agent-customer-reply', $ticket, $to, (int) ( $message->meta['logged_by'] ?? 0 ), array( 'message' => $message ) );
	}

	/**
	 * A ticket was assigned: to the new assignee, unless they took it themselves.
	 *
	 * @param Ticket $ticket   The ticket.
	 * @param int    $assignee New assignee.
	 * @param int    $actor_id Who assigned it.
	 * @param int    $key      Message the assignment is recorded in (event, or the first message at creation).
	 * @return int[] Agents emailed.
	 */
	public function assigned( Ticket $ticket, int $assignee, int $actor_id, int $key ): array {
		return $this->deliver( 'agent-assigned', $ticket, array( $assignee ), $actor_id, array( 'key' => $key, 'agent_id' => $actor_id ) );
	}

	/**
	 * Agents mentioned in a note.
	 *
	 * @param Ticket  $ticket   The ticket.
	 * @param Message $note     The note.
	 * @param int[]   $user_ids Mentioned agents (Mentions::mentioned()).
	 * @return int[] Agents emailed.
	 */
	public function mentioned( Ticket $ticket, Message $note, array $user_ids ): array {
		return $this->deliver( 'agent-mention', $ticket, $user_ids, $note->author_id, array( 'message' => $note, 'agent_id' => $note->author_id ) );
	}

	/**
	 * Sends one email per agent who qualifies.
	 *
	 * @param string $type     Email type.
	 * @param Ticket $ticket   Ticket.
	 * @param int[]  $user_ids Candidates.
	 * @param int    $actor_id Agent whose action it was; never notified.
	 * @param array  $context  See EmailBuilder::build().
	 * @return int[] Agents emailed.
	 */
	private function deliver( string $type, Ticket $ticket, array $user_ids, int $actor_id, array $context ): array {
		if ( 'spam' === $ticket->status() ) {
			return array();
		}
		$event   = (string) EmailTypes::preference( $type );
		$context = $context + array(
			'link' => admin_url( 'admin.php?page=storedesk#/tickets/' . $ticket->id() ),
			'auto' => 'auto-generated',
		);
		$sent    = array();
		foreach ( array_unique( array_map( 'intval', $user_ids ) ) as $user_id ) {
			$user = $user_id && $user_id !== $actor_id ? get_userdata( $user_id ) : false;
			if ( ! $user || ! is_email( $user->user_email ) || ! user_can( $user, Roles::ACCESS ) || ! user_can( $user, 'storedesk_view_ticket', $ticket->id() ) || ! $this->preferences->wants( $user_id, $event ) ) {
				continue;
			}
			if ( $this->mailer->send( $this->builder->build( $type, $user->user_email, $ticket, array( 'recipient' => $user_id ) + $context ) ) ) {
				$sent[] = $user_id;
			}
		}
		return $sent;
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
