<?php
/**
 * Tickets as the API shows them.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Channels\ReplyRoute;
use Storedesk\Contacts\Contact;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Support\Dates;
use Storedesk\Tickets\Tags;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Shapes tickets. A page of 25 costs three queries (contacts, tags,
 * participants) whatever its size, never one per row.
 */
class TicketPresenter {

	/**
	 * Builds the presenter.
	 *
	 * @param ContactRepository $contacts  Contacts.
	 * @param Tags              $tags      Tags.
	 * @param MessageRepository $messages  Threads.
	 * @param MessagePresenter  $presenter Message shapes.
	 * @param ReplyRoute        $route     How a reply reaches the customer.
	 */
	public function __construct(
		private ContactRepository $contacts,
		private Tags $tags,
		private MessageRepository $messages,
		private MessagePresenter $presenter,
		private ReplyRoute $route,
	) {}

	/**
	 * API arrays for tickets.
	 *
	 * @param Ticket[] $tickets Tickets.
	 * @param bool     $single  One ticket opened: with its reply_options (a look-up per channel with a window).
	 * @return array[]
	 */
	public function present_many( array $tickets, bool $single = false ): array {
		global $wpdb;
		$ids          = array_map( static fn( Ticket $t ) => $t->id(), $tickets );
		$tags         = $this->tags->of_tickets( $ids );
		$participants = array();
		if ( $ids ) {
			$rows = $wpdb->get_results( 'SELECT ticket_id, contact_id FROM ' . Schema::table( 'participants' ) . ' WHERE ticket_id IN (' . implode( ',', $ids ) . ')' ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
			foreach ( $rows as $row ) {
				$participants[ (int) $row->ticket_id ][] = (int) $row->contact_id;
			}
		}
		$contact_ids = array_merge( array_map( static fn( Ticket $t ) => $t->contact_id(), $tickets ), ...array_values( $participants ) );
		$contacts    = $this->contacts->find_many( $contact_ids );
		$person      = static fn( ?Contact $c ) => $c ? array(
			'id'    => $c->id,
			'name'  => $c->display_name(),
			'email' => $c->email,
			'phone' => $c->phone,
		) : null;
		return array_map(
			function ( Ticket $t ) use ( $tags, $contacts, $participants, $person, $single ) {
				$contact = $contacts[ $t->contact_id() ] ?? null;
				$options = $single ? $this->route->options( $t, $contact ) : null;
				$others  = array_values( array_filter( array_map( static fn( $id ) => $person( $contacts[ $id ] ?? null ), $participants[ $t->id() ] ?? array() ) ) );
				$data    = self::shape( $t, $tags[ $t->id() ] ?? array(), $person( $contact ), $others ) + array( 'reply_via' => $this->route->for_reply( $t, $contact, $options ) );
				if ( null !== $options ) {
					$data['reply_options'] = array_map( static fn( array $o ) => array( 'closes_at' => $o['closes_at'] ? gmdate( 'c', $o['closes_at'] ) : null ) + $o, $options );
				}
				return $data;
			},
			$tickets
		);
	}

	/**
	 * A ticket's own fields.
	 *
	 * @param Ticket     $t            Ticket.
	 * @param array      $tags         Its tags.
	 * @param array|null $contact      Its customer, as the API shows a person.
	 * @param array      $participants The others in CC, likewise.
	 */
	private static function shape( Ticket $t, array $tags, ?array $contact, array $participants ): array {
		return array(
			'id'                => $t->id(),
			'subject'           => (string) $t->get( 'subject' ),
			'status'            => $t->status(),
			'priority'          => $t->priority(),
			'channel'           => (string) $t->get( 'channel' ),
			'assignee'          => $t->assignee_id() ? $t->assignee_id() : null,
			'team'              => $t->team_id() ? $t->team_id() : null,
			'tags'              => $tags,
			'order_id'          => (int) $t->get( 'order_id' ) ? (int) $t->get( 'order_id' ) : null,
			'order_status'      => (int) $t->get( 'order_id' ) && '' !== (string) $t->get( 'order_status' ) ? (string) $t->get( 'order_status' ) : null,
			'unread'            => (bool) (int) $t->get( 'unread' ),
			'contact'           => $contact,
			'participants'      => $participants,
			'excerpt'           => (string) $t->get( 'excerpt' ),
			'message_count'     => (int) $t->get( 'message_count' ),
			'created_at'        => Dates::to_rest( $t->get( 'created_at' ) ),
			'last_activity_at'  => Dates::to_rest( $t->get( 'last_activity_at' ) ),
			'updated_at'        => Dates::to_rest( $t->get( 'updated_at' ) ),
			'waiting_since'     => Dates::to_rest( $t->get( 'waiting_since' ) ),
			'first_response_at' => Dates::to_rest( $t->get( 'first_response_at' ) ),
			'resolved_at'       => Dates::to_rest( $t->get( 'resolved_at' ) ),
			'sender_verified'   => (bool) (int) ( $t->get( 'sender_verified' ) ?? 1 ),
		);
	}

	/**
	 * One ticket, optionally with its latest 50 thread entries.
	 *
	 * @param Ticket $ticket        Ticket.
	 * @param bool   $with_messages Include the thread.
	 */
	public function present( Ticket $ticket, bool $with_messages = false ): array {
		$data = $this->present_many( array( $ticket ), true )[0];
		if ( $with_messages ) {
			$data['messages'] = $this->presenter->present_many( $this->messages->thread( $ticket->id(), 1, 50, true )[0] );
		}
		return $data;
	}
}
