<?php
/**
 * Tickets storage.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Support\Dates;
use Storedesk\Support\Transaction;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and changes tickets: the post (source of truth), its meta, its
 * tags and its inbox index row, all in one transaction. New tickets are
 * written by TicketCreator.
 */
class TicketRepository {

	/**
	 * Builds the repository.
	 *
	 * @param TicketIndex                   $index   Inbox index.
	 * @param TicketChanges                 $changes Field validation.
	 * @param TicketCreator                 $creator New tickets.
	 * @param TicketEvents                  $events  Change events.
	 * @param \Storedesk\Search\SearchIndex $search Search documents.
	 * @param Participants                  $participants Contacts in CC.
	 */
	public function __construct(
		private TicketIndex $index,
		private TicketChanges $changes,
		private TicketCreator $creator,
		private TicketEvents $events,
		private \Storedesk\Search\SearchIndex $search,
		private Participants $participants,
	) {}

	/**
	 * One ticket, or null.
	 *
	 * @param int $id Ticket id.
	 */
	public function find( int $id ): ?Ticket {
		return $this->index->get( $id );
	}

	/**
	 * Opens a ticket with its first customer message.
	 *
	 * @param array $data     See TicketCreator::create().
	 * @param int   $actor_id User creating it: an agent logging a call, or 0 for the customer.
	 * @return Ticket|WP_Error
	 */
	public function create( array $data, int $actor_id ) {
		return $this->creator->create( $data, $actor_id );
	}

	/**
	 * Changes fields of a ticket and records each change in its thread.
	 *
	 * @param int   $id       Ticket id.
	 * @param array $request  Requested values as the REST schema names them.
	 * @param int   $actor_id User making the change.
	 * @return Ticket|WP_Error
	 */
	public function update( int $id, array $request, int $actor_id ) {
		$fields = $this->changes->normalize( $request );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		return $this->apply( $id, $fields, $actor_id );
	}

	/**
	 * Applies the same changes to many tickets, all or none.
	 *
	 * @param int[] $ids      Ticket ids.
	 * @param array $request  Requested values.
	 * @param int   $actor_id User making the change.
	 * @return Ticket[]|WP_Error
	 */
	public function update_many( array $ids, array $request, int $actor_id ) {
		$fields = $this->changes->normalize( $request );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		return Transaction::run(
			function () use ( $ids, $fields, $actor_id ) {
				$out = array();
				foreach ( $ids as $id ) {
					$ticket = $this->apply( (int) $id, $fields, $actor_id );
					if ( is_wp_error( $ticket ) ) {
						return $ticket;
					}
					$out[] = $ticket;
				}
				return $out;
			}
		);
	}

	/**
	 * Writes normalised changes to one ticket.
	 *
	 * @param int   $id       Ticket id.
	 * @param array $fields   Normalised changes.
	 * @param int   $actor_id User making the change.
	 * @return Ticket|WP_Error
	 */
	private function apply( int $id, array $fields, int $actor_id ) {
		$before = $this->index->get( $id );
		if ( ! $before ) {
			return new WP_Error( 'storedesk_ticket_not_found', __( 'That ticket does not exist.', 'storedesk' ), array( 'status' => 404 ) );
		}
		// Nothing asked, nothing written: inbox polling must not see a change that never happened.
		if ( ! $fields ) {
			return $before;
		}
		$ticket = Transaction::run( fn() => $this->write_changes( $before, $fields, $actor_id ) );
		if ( $ticket instanceof Ticket ) {
			/**
			 * Fires after a ticket's fields changed.
			 *
			 * @since 0.1.0
			 * @param Ticket $ticket   The ticket after the change.
			 * @param Ticket $before   The ticket before the change.
			 * @param int    $actor_id User who changed it.
			 */
			do_action( 'storedesk_ticket_updated', $ticket, $before, $actor_id );
		}
		return $ticket;
	}

	/**
	 * Writes post, meta, tags, index and events; runs inside a transaction.
	 *
	 * @param Ticket $before   Ticket before the change.
	 * @param array  $fields   Normalised changes.
	 * @param int    $actor_id User making the change.
	 * @return Ticket|WP_Error
	 */
	private function write_changes( Ticket $before, array $fields, int $actor_id ) {
		$id   = $before->id();
		$row  = array_intersect_key( $fields, array_flip( array( 'status', 'priority', 'channel', 'assignee_id', 'team_id', 'contact_id', 'order_id', 'order_status', 'subject', 'unread' ) ) );
		$post = array();
		if ( isset( $row['status'] ) && $row['status'] !== $before->status() ) {
			$post['post_status'] = Vocabulary::post_status( $row['status'] );
			$closed              = in_array( $row['status'], array( 'resolved', 'closed' ), true );
			$row['resolved_at']  = $closed ? ( $before->get( 'resolved_at' ) ?? Dates::now() ) : null;
			// A resolved ticket waits for nobody; the next customer message starts a new wait.
			if ( $closed ) {
				$row['waiting_since'] = null;
			}
		}
		if ( isset( $row['subject'] ) && $row['subject'] !== $before->get( 'subject' ) ) {
			$post['post_title'] = $row['subject'];
			$this->search->rename( $id, (string) $before->get( 'subject' ), $row['subject'] );
		}
		if ( $post ) {
			$done = wp_update_post( array( 'ID' => $id ) + $post, true );
			if ( is_wp_error( $done ) ) {
				return new WP_Error( 'storedesk_db_error', __( 'The ticket could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
			}
		}
		TicketMeta::write( $id, $row );
		$this->write_tags( $id, $fields );
		if ( isset( $row['unread'] ) ) {
			$row['unread'] = (int) $row['unread'];
		}
		$this->index->update( $id, $row );
		// The customer's name, email and phone are among the ticket's search terms.
		if ( isset( $row['contact_id'] ) && (int) $row['contact_id'] !== $before->contact_id() ) {
			$this->search->retokenize( array( $id ) );
		}
		$this->events->record( $before, $row, $actor_id );
		return $this->index->get( $id );
	}

	/**
	 * Replaces, adds or removes tags.
	 *
	 * @param int   $id     Ticket id.
	 * @param array $fields Normalised changes.
	 */
	private function write_tags( int $id, array $fields ): void {
		$ids = static fn( array $terms ) => array_map( static fn( $t ) => $t->term_id, array_values( $terms ) );
		if ( isset( $fields['tags'] ) ) {
			wp_set_object_terms( $id, $ids( $fields['tags'] ), TicketPostType::TAG_TAXONOMY );
		}
		if ( ! empty( $fields['add_tags'] ) ) {
			wp_add_object_terms( $id, $ids( $fields['add_tags'] ), TicketPostType::TAG_TAXONOMY );
		}
		if ( ! empty( $fields['remove_tags'] ) ) {
			wp_remove_object_terms( $id, $ids( $fields['remove_tags'] ), TicketPostType::TAG_TAXONOMY );
		}
	}

	/**
	 * Puts people in copy of a ticket by their email addresses.
	 *
	 * @param int      $ticket_id Ticket id.
	 * @param string[] $emails    Addresses.
	 * @return true|WP_Error
	 */
	public function copy_in( int $ticket_id, array $emails ) {
		return $this->creator->copy_in( $ticket_id, $emails );
	}

	/**
	 * Adds a contact to a ticket's participants (CC).
	 *
	 * @param int $ticket_id  Ticket id.
	 * @param int $contact_id Contact id.
	 */
	public function add_participant( int $ticket_id, int $contact_id ): void {
		$this->participants->add( $ticket_id, $contact_id );
	}
}
