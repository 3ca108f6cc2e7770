<?php
/**
 * Mentions of agents in internal notes.
 *
 * @package Storedesk
 */

namespace Storedesk\Inbox;

use Storedesk\Install\Roles;
use Storedesk\Messages\Message;
use Storedesk\Notifications\AgentNotifications;
use Storedesk\Notifications\Preferences;
use Storedesk\Support\Transaction;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * Finds the agents mentioned in a note and has the notification system
 * email them. The composer marks a mention as <span data-mention="USER_ID">;
 * a typed @login counts too.
 */
class Mentions {

	/** User meta an agent sets to "0" to stop mention emails (one of the notification switches). */
	public const OPT_OUT = Preferences::META_PREFIX . 'mention';

	/**
	 * Builds the mention finder.
	 *
	 * @param AgentNotifications $agents  Emails to agents.
	 * @param TicketRepository   $tickets Tickets.
	 */
	public function __construct( private AgentNotifications $agents, private TicketRepository $tickets ) {}

	/**
	 * Agents mentioned in a message who may see its ticket.
	 *
	 * @param Message $message Note.
	 * @return int[]
	 */
	public function mentioned( Message $message ): array {
		preg_match_all( '/data-mention="(\d+)"/', $message->body, $marked );
		preg_match_all( '/(?<![\w@.])@([A-Za-z0-9._-]{2,60})/', wp_strip_all_tags( $message->body ), $typed );
		$ids = array_map( 'intval', $marked[1] );
		foreach ( $typed[1] as $login ) {
			$user = get_user_by( 'login', rtrim( $login, '.' ) );
			if ( $user ) {
				$ids[] = $user->ID;
			}
		}
		return array_values(
			array_filter(
				array_unique( $ids ),
				static fn( $id ) => $id !== $message->author_id && user_can( $id, Roles::ACCESS ) && user_can( $id, 'storedesk_view_ticket', $message->ticket_id )
			)
		);
	}

	/**
	 * Emails each mentioned agent who kept mention emails on, once the note is committed.
	 *
	 * @param Message $message Note.
	 * @return int[] Agents mentioned (those who switched mentions off are not emailed).
	 */
	public function notify( Message $message ): array {
		if ( 'note' !== $message->kind ) {
			return array();
		}
		$ids = $this->mentioned( $message );
		if ( $ids ) {
			Transaction::after_commit(
				function () use ( $message, $ids ) {
					$ticket = $this->tickets->find( $message->ticket_id );
					if ( $ticket ) {
						$this->agents->mentioned( $ticket, $message, $ids );
					}
				}
			);
		}
		return $ids;
	}
}
