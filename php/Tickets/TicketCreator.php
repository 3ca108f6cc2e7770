<?php
/**
 * Opening tickets.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Contacts\Senders;
use Storedesk\Messages\MessageRepository;
use Storedesk\Search\SearchIndex;
use Storedesk\Support\Dates;
use Storedesk\Support\Transaction;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Writes a new ticket whatever channel it came from: the customer's
 * contact (found or created), the post, its meta and tags, the index row,
 * the search document, the participants and the first message, in one
 * transaction, so a failure at any step leaves no trace.
 */
class TicketCreator {

	/**
	 * Builds the creator.
	 *
	 * @param TicketIndex       $index    Inbox index.
	 * @param TicketChanges     $changes  Field validation.
	 * @param MessageRepository $messages Threads.
	 * @param ContactRepository $contacts Contacts.
	 * @param SearchIndex       $search   Search documents.
	 * @param Senders           $senders  Who filed a shopper's ticket.
	 * @param Participants      $participants Contacts in CC.
	 */
	public function __construct(
		private TicketIndex $index,
		private TicketChanges $changes,
		private MessageRepository $messages,
		private ContactRepository $contacts,
		private SearchIndex $search,
		private Senders $senders,
		private Participants $participants,
	) {}

	/**
	 * Opens a ticket with its first customer message.
	 *
	 * @param array $data     subject, channel, message{body, format, external_id, kind, meta, with_files}, contact_id,
	 *                        and optionally status, priority, assignee, team, tags, order_id, cc (emails), created_at,
	 *                        and sender (the signed-in shopper's user id, 0 for a guest) when a shopper filed it.
	 * @param int   $actor_id User creating it: an agent logging a call, or 0 for the customer.
	 * @return Ticket|WP_Error
	 */
	public function create( array $data, int $actor_id ) {
		$fields = $this->changes->normalize( $data + array( 'status' => 'open' ) );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		if ( empty( $fields['subject'] ) || empty( $fields['channel'] ) ) {
			return new WP_Error( 'storedesk_missing_fields', __( 'A ticket needs a subject and a channel.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$ticket = Transaction::run( fn() => $this->insert( $fields, $data, $actor_id ) );
		if ( $ticket instanceof Ticket ) {
			/**
			 * Fires after a ticket and its first message are stored.
			 *
			 * @since 0.1.0
			 * @param Ticket $ticket   The new ticket.
			 * @param int    $actor_id User who created it, 0 for a customer.
			 */
			do_action( 'storedesk_ticket_created', $ticket, $actor_id );
		}
		return $ticket;
	}

	/**
	 * Writes a new ticket; runs inside a transaction.
	 *
	 * @param array $fields   Normalised fields.
	 * @param array $data     Raw request data.
	 * @param int   $actor_id Creating user.
	 * @return Ticket|WP_Error
	 */
	private function insert( array $fields, array $data, int $actor_id ) {
		$contact = $this->resolve_contact( $data );
		if ( is_wp_error( $contact ) ) {
			return $contact;
		}
		$time    = empty( $data['created_at'] ) ? Dates::now() : (string) Dates::from_rest( (string) $data['created_at'] );
		$post_id = wp_insert_post(
			array(
				'post_type'     => TicketPostType::POST_TYPE,
				'post_title'    => $fields['subject'],
				'post_name'     => 'ticket-' . strtolower( wp_generate_password( 16, false ) ),
				'post_status'   => Vocabulary::post_status( $fields['status'] ),
				'post_author'   => $actor_id,
				'post_date_gmt' => $time,
				'post_date'     => get_date_from_gmt( $time ),
			),
			true
		);
		if ( is_wp_error( $post_id ) ) {
			return new WP_Error( 'storedesk_db_error', __( 'The ticket could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
		}
		$row = array(
			'ticket_id'        => $post_id,
			'status'           => $fields['status'],
			'priority'         => $fields['priority'] ?? 1,
			'channel'          => $fields['channel'],
			'assignee_id'      => $fields['assignee_id'] ?? 0,
			'team_id'          => $fields['team_id'] ?? 0,
			'contact_id'       => $contact->id,
			'order_id'         => $fields['order_id'] ?? 0,
			'order_status'     => $fields['order_status'] ?? '',
			'subject'          => $fields['subject'],
			'created_at'       => $time,
			'last_activity_at' => $time,
			'resolved_at'      => in_array( $fields['status'], array( 'resolved', 'closed' ), true ) ? $time : null,
		);
		if ( isset( $data['sender'] ) ) {
			$row += $this->senders->check( $contact, (int) $data['sender'] );
		}
		TicketMeta::write( $post_id, $row );
		$this->index->insert( $row );
		// After the index row, which TagIndex copies the status and channel from.
		if ( ! empty( $fields['tags'] ) ) {
			wp_set_object_terms( $post_id, array_map( static fn( $t ) => $t->term_id, array_values( $fields['tags'] ) ), TicketPostType::TAG_TAXONOMY );
		}
		$this->search->create( $post_id, $fields['subject'], $contact );
		$copied = $this->copy_in( $post_id, (array) ( $data['cc'] ?? array() ) );
		if ( is_wp_error( $copied ) ) {
			return $copied;
		}
		$message = (array) ( $data['message'] ?? array() );
		$kind    = 'reply' === ( $message['kind'] ?? '' ) ? 'reply' : 'customer';
		$added   = $this->messages->add(
			$post_id,
			array(
				'kind'        => $kind,
				'channel'     => $fields['channel'],
				'contact_id'  => 'customer' === $kind ? $contact->id : 0,
				'author_id'   => 'customer' === $kind ? 0 : $actor_id,
				'body'        => (string) ( $message['body'] ?? '' ),
				'format'      => (string) ( $message['format'] ?? 'html' ),
				'external_id' => $message['external_id'] ?? null,
				'meta'        => (array) ( $message['meta'] ?? array() ) + ( $actor_id ? array( 'logged_by' => $actor_id ) : array() ),
				'with_files'  => ! empty( $message['with_files'] ),
				'created_at'  => $time,
			)
		);
		return is_wp_error( $added ) ? $added : $this->index->get( $post_id );
	}

	/**
	 * Puts people in copy of a ticket by their email addresses (contacts
	 * found or created), once each.
	 *
	 * @param int      $ticket_id Ticket id.
	 * @param string[] $emails    Addresses.
	 * @return true|WP_Error
	 */
	public function copy_in( int $ticket_id, array $emails ) {
		foreach ( $emails as $email ) {
			$cc = $this->contacts->find_or_create( array( 'email' => (string) $email ) );
			if ( is_wp_error( $cc ) ) {
				return $cc;
			}
			$this->participants->add( $ticket_id, $cc->id );
		}
		return true;
	}

	/**
	 * The customer a new ticket belongs to, found by Conversations\Intake
	 * (which resolves every way a customer writes to a contact) or named by
	 * a seeder: a contact that exists and was not merged away.
	 *
	 * @param array $data Request data.
	 * @return \Storedesk\Contacts\Contact|WP_Error
	 */
	private function resolve_contact( array $data ) {
		$contact = empty( $data['contact_id'] ) ? null : $this->contacts->find( (int) $data['contact_id'] );
		return $contact && ! $contact->merged_into ? $contact : new WP_Error( 'storedesk_invalid_contact', __( 'That contact does not exist.', 'storedesk' ), array( 'status' => 400 ) );
	}
}
