<?php
/**
 * Tickets storage.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Search\SearchIndex;
use Storedesk\Support\Dates;
use Storedesk\Support\Transaction;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Creates and changes tickets: the post (source of truth), its meta, its
 * tags and its inbox index row, all in one transaction.
 */
class TicketRepository {

	/** Post meta that mirrors index columns, so the index can be rebuilt. */
	public const META = array(
		'priority'    => '_storedesk_priority',
		'channel'     => '_storedesk_channel',
		'assignee_id' => '_storedesk_assignee',
		'team_id'     => '_storedesk_team',
		'contact_id'  => '_storedesk_contact',
		'order_id'    => '_storedesk_order',
	);

	/**
	 * Builds the repository.
	 *
	 * @param TicketIndex       $index    Inbox index.
	 * @param TicketChanges     $changes  Field validation.
	 * @param MessageRepository $messages Threads.
	 * @param ContactRepository $contacts Contacts.
	 * @param SearchIndex       $search   Search documents.
	 * @param TicketEvents      $events   Change events.
	 */
	public function __construct(
		private TicketIndex $index,
		private TicketChanges $changes,
		private MessageRepository $messages,
		private ContactRepository $contacts,
		private SearchIndex $search,
		private TicketEvents $events,
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
	 * @param array $data     subject, channel, message{body, format, external_id}, contact_id or contact{name,email,phone},
	 *                        and optionally status, priority, assignee, team, tags, order_id, cc (emails), created_at.
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
			'subject'          => $fields['subject'],
			'created_at'       => $time,
			'last_activity_at' => $time,
			'resolved_at'      => in_array( $fields['status'], array( 'resolved', 'closed' ), true ) ? $time : null,
		);
		$this->write_meta( $post_id, $row );
		if ( ! empty( $fields['tags'] ) ) {
			wp_set_object_terms( $post_id, array_map( static fn( $t ) => $t->term_id, array_values( $fields['tags'] ) ), TicketPostType::TAG_TAXONOMY );
		}
		$this->index->insert( $row );
		$this->search->create( $post_id, $fields['subject'] );
		foreach ( (array) ( $data['cc'] ?? array() ) as $email ) {
			$cc = $this->contacts->find_or_create( array( 'email' => (string) $email ) );
			if ( is_wp_error( $cc ) ) {
				return $cc;
			}
			$this->add_participant( $post_id, $cc->id );
		}
		$message = (array) ( $data['message'] ?? array() );
		$added   = $this->messages->add(
			$post_id,
			array(
				'kind'        => 'customer',
				'channel'     => $fields['channel'],
				'contact_id'  => $contact->id,
				'author_id'   => 0,
				'body'        => (string) ( $message['body'] ?? '' ),
				'format'      => (string) ( $message['format'] ?? 'html' ),
				'external_id' => $message['external_id'] ?? null,
				'meta'        => $actor_id ? array( 'logged_by' => $actor_id ) : array(),
				'created_at'  => $time,
			)
		);
		return is_wp_error( $added ) ? $added : $this->index->get( $post_id );
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
		$row  = array_intersect_key( $fields, array_flip( array( 'status', 'priority', 'channel', 'assignee_id', 'team_id', 'order_id', 'subject', 'unread' ) ) );
		$post = array();
		if ( isset( $row['status'] ) && $row['status'] !== $before->status() ) {
			$post['post_status'] = Vocabulary::post_status( $row['status'] );
			$closed              = in_array( $row['status'], array( 'resolved', 'closed' ), true );
			$row['resolved_at']  = $closed ? ( $before->get( 'resolved_at' ) ?? Dates::now() ) : null;
		}
		if ( isset( $row['subject'] ) ) {
			$post['post_title'] = $row['subject'];
		}
		if ( $post ) {
			$done = wp_update_post( array( 'ID' => $id ) + $post, true );
			if ( is_wp_error( $done ) ) {
				return new WP_Error( 'storedesk_db_error', __( 'The ticket could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
			}
		}
		$this->write_meta( $id, $row );
		$this->write_tags( $id, $fields );
		if ( isset( $row['unread'] ) ) {
			$row['unread'] = (int) $row['unread'];
		}
		$this->index->update( $id, $row );
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
	 * Mirrors index columns into post meta.
	 *
	 * @param int   $id  Ticket id.
	 * @param array $row Index columns.
	 */
	private function write_meta( int $id, array $row ): void {
		foreach ( array_intersect_key( self::META, $row ) as $column => $key ) {
			$value = 'priority' === $column ? Vocabulary::priority_name( (int) $row[ $column ] ) : $row[ $column ];
			update_post_meta( $id, $key, $value );
		}
	}

	/**
	 * The customer a new ticket belongs to: an existing contact by id, or the
	 * one behind the given email or phone, created when new.
	 *
	 * @param array $data Request data.
	 * @return \Storedesk\Contacts\Contact|WP_Error
	 */
	private function resolve_contact( array $data ) {
		if ( ! empty( $data['contact_id'] ) ) {
			$contact = $this->contacts->find( (int) $data['contact_id'] );
			return $contact && ! $contact->merged_into ? $contact : new WP_Error( 'storedesk_invalid_contact', __( 'That contact does not exist.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( empty( $data['contact'] ) || ! is_array( $data['contact'] ) ) {
			return new WP_Error( 'storedesk_missing_contact', __( 'Say who the customer is: a contact id, or an email address or phone number.', 'storedesk' ), array( 'status' => 400 ) );
		}
		return $this->contacts->find_or_create( $data['contact'] );
	}

	/**
	 * Adds a contact to a ticket's participants (CC).
	 *
	 * @param int $ticket_id  Ticket id.
	 * @param int $contact_id Contact id.
	 */
	public function add_participant( int $ticket_id, int $contact_id ): void {
		global $wpdb;
		$table = Schema::table( 'participants' );
		$known = $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE ticket_id = %d AND contact_id = %d", $ticket_id, $contact_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! $known ) {
			$wpdb->insert( $table, array( 'ticket_id' => $ticket_id, 'contact_id' => $contact_id, 'created_at' => Dates::now() ) );
		}
	}
}
