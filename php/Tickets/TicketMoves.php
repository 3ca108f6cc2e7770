<?php
/**
 * Moving many tickets at once.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Messages\MessageRepository;
use Storedesk\Support\Transaction;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * When two contacts become one or a team goes, their tickets change
 * through the ticket repository like any other change: the post meta, the
 * index and the search terms move together, each ticket records the move
 * in its thread and fires storedesk_ticket_updated, so what reads the
 * index (views, SLA timers, reports) never drifts from the tickets.
 */
class TicketMoves {

	/**
	 * Builds the mover.
	 *
	 * @param TicketRepository  $tickets      Tickets.
	 * @param TicketIndex       $index        Which tickets.
	 * @param Participants      $participants Contacts in CC.
	 * @param MessageRepository $messages     Messages.
	 */
	public function __construct(
		private TicketRepository $tickets,
		private TicketIndex $index,
		private Participants $participants,
		private MessageRepository $messages,
	) {}

	/**
	 * Every ticket, message and participation of one contact becomes the other's.
	 *
	 * @param int $from     Contact folded in.
	 * @param int $to       Contact that remains.
	 * @param int $actor_id Who merged them.
	 * @return true|WP_Error
	 */
	public function move_contact( int $from, int $to, int $actor_id ) {
		return Transaction::run(
			function () use ( $from, $to, $actor_id ) {
				$moved = $this->tickets->update_many( $this->index->ids_of( 'contact_id', $from ), array( 'contact_id' => $to ), $actor_id );
				if ( is_wp_error( $moved ) ) {
					return $moved;
				}
				$this->messages->reassign_contact( $from, $to );
				$this->participants->replace_contact( $from, $to );
				return true;
			}
		);
	}

	/**
	 * Takes every ticket out of a team that is going.
	 *
	 * @param int $team_id  Team.
	 * @param int $actor_id Who deleted it.
	 * @return true|WP_Error
	 */
	public function clear_team( int $team_id, int $actor_id ) {
		$moved = $this->tickets->update_many( $this->index->ids_of( 'team_id', $team_id ), array( 'team' => 0 ), $actor_id );
		return is_wp_error( $moved ) ? $moved : true;
	}
}
