<?php
/**
 * System events in ticket threads.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Contacts\SpamSenders;
use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Notifications\Announcer;
use Storedesk\Teams\TeamRepository;

defined( 'ABSPATH' ) || exit;

/**
 * Records status, priority, assignment and team changes as event entries in
 * the thread, so the history of who did what sits beside the conversation,
 * and announces each (a resolution emails the customer, an assignment the
 * assignee).
 */
class TicketEvents {

	/** Index columns whose changes are recorded, and their API names. */
	private const TRACKED = array(
		'status'      => 'status',
		'priority'    => 'priority',
		'assignee_id' => 'assignee',
		'team_id'     => 'team',
		'contact_id'  => 'contact',
		'order_id'    => 'order',
	);

	/**
	 * Builds the recorder.
	 *
	 * @param MessageRepository $messages Threads.
	 * @param TeamRepository    $teams    Teams, for their names.
	 * @param Announcer         $announce Queues the emails an event calls for.
	 * @param ContactRepository $contacts Contacts, for their names.
	 * @param SpamSenders       $spam     Learns from "mark as spam".
	 */
	public function __construct( private MessageRepository $messages, private TeamRepository $teams, private Announcer $announce, private ContactRepository $contacts, private SpamSenders $spam ) {}

	/**
	 * Adds one event per tracked field that changed.
	 *
	 * @param Ticket $before   Ticket before the change.
	 * @param array  $row      Changed index columns.
	 * @param int    $actor_id User who changed it.
	 */
	public function record( Ticket $before, array $row, int $actor_id ): void {
		foreach ( array_intersect_key( self::TRACKED, $row ) as $column => $field ) {
			$from = $before->get( $column );
			$to   = $row[ $column ];
			if ( (string) $from === (string) $to ) {
				continue;
			}
			if ( 'priority' === $column ) {
				$from = Vocabulary::priority_name( (int) $from );
				$to   = Vocabulary::priority_name( (int) $to );
			}
			$event = $this->messages->add(
				$before->id(),
				array(
					'kind'      => 'event',
					'channel'   => (string) $before->get( 'channel' ),
					'author_id' => $actor_id,
					'format'    => 'text',
					'body'      => $this->describe( $field, $from, $to, $actor_id ),
					'meta'      => array(
						'field' => $field,
						'from'  => is_numeric( $from ) ? (int) $from : $from,
						'to'    => is_numeric( $to ) ? (int) $to : $to,
					),
				)
			);
			if ( $event instanceof Message ) {
				$this->announce->event( $event );
			}
			// An agent's "spam" or "not spam" teaches the blocklist.
			if ( 'status' === $column && $actor_id && ( 'spam' === $from ) !== ( 'spam' === $to ) ) {
				$this->spam->mark( $before->contact_id(), 'spam' === $to );
			}
		}
	}

	/**
	 * A sentence for the thread, such as "Ana assigned the ticket to Ben".
	 *
	 * @param string $field    API field name.
	 * @param mixed  $from     Old value.
	 * @param mixed  $to       New value.
	 * @param int    $actor_id User who changed it.
	 */
	private function describe( string $field, $from, $to, int $actor_id ): string {
		$actor = $actor_id ? get_the_author_meta( 'display_name', $actor_id ) : __( 'Storedesk', 'storedesk' );
		switch ( $field ) {
			case 'assignee':
				return $to
					/* translators: 1: agent who acted, 2: new assignee */
					? sprintf( __( '%1$s assigned the ticket to %2$s.', 'storedesk' ), $actor, get_the_author_meta( 'display_name', (int) $to ) )
					/* translators: %s: agent who acted */
					: sprintf( __( '%s unassigned the ticket.', 'storedesk' ), $actor );
			case 'team':
				$team = $to ? $this->teams->find( (int) $to ) : null;
				return $team
					/* translators: 1: agent who acted, 2: team name */
					? sprintf( __( '%1$s moved the ticket to the %2$s team.', 'storedesk' ), $actor, $team['name'] )
					/* translators: %s: agent who acted */
					: sprintf( __( '%s removed the ticket from its team.', 'storedesk' ), $actor );
			case 'contact':
				$name = fn( $id ) => ( $this->contacts->find( (int) $id ) )?->display_name() ?? __( 'a deleted contact', 'storedesk' );
				/* translators: 1: agent who acted, 2: previous customer, 3: new customer */
				return sprintf( __( '%1$s moved the ticket from %2$s to %3$s.', 'storedesk' ), $actor, $name( $from ), $name( $to ) );
			case 'order':
				return $to
					/* translators: 1: agent who acted, 2: order number */
					? sprintf( __( '%1$s linked order #%2$s.', 'storedesk' ), $actor, $this->order_number( (int) $to ) )
					/* translators: 1: agent who acted, 2: order number */
					: sprintf( __( '%1$s unlinked order #%2$s.', 'storedesk' ), $actor, $this->order_number( (int) $from ) );
			case 'status':
				$labels = Vocabulary::statuses();
				/* translators: 1: agent who acted, 2: old status, 3: new status */
				return sprintf( __( '%1$s changed the status from %2$s to %3$s.', 'storedesk' ), $actor, $labels[ $from ] ?? $from, $labels[ $to ] ?? $to );
			default:
				/* translators: 1: agent who acted, 2: old priority, 3: new priority */
				return sprintf( __( '%1$s changed the priority from %2$s to %3$s.', 'storedesk' ), $actor, $from, $to );
		}
	}

	/**
	 * An order's number as the store shows it (a sequential-numbers plugin
	 * may differ from the id), or the id once the order is gone.
	 *
	 * @param int $order_id Order id.
	 */
	private function order_number( int $order_id ): string {
		$order = Store::order( $order_id );
		return $order ? (string) $order->get_order_number() : (string) $order_id;
	}
}
