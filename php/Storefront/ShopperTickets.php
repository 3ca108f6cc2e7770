<?php
/**
 * Tickets and threads as shoppers see them.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Attachments\Attachment;
use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Attachments\AttachmentUrls;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Schema;
use Storedesk\Messages\Message;
use Storedesk\Messages\MessageHtml;
use Storedesk\Support\Dates;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketIndex;
use Storedesk\Tickets\Vocabulary;

defined( 'ABSPATH' ) || exit;

/**
 * Reads what a shopper may see: their tickets (from the index, by contact)
 * and the customer messages and agent replies of a thread. Notes, events,
 * assignees, tags and agents' accounts never leave this class.
 *
 * Files come with signed download URLs (no login needed, so plain links
 * and thumbnails work for guests too). Every method here runs only after
 * Shopper::check_ticket() let the caller open the ticket, and only files
 * of visible messages are signed, so a note's file is never reachable.
 */
class ShopperTickets {

	/** Thread entries a shopper sees; notes and events are internal. */
	public const VISIBLE_KINDS = array( 'customer', 'reply' );

	/** Largest thread returned at once (the newest entries). */
	private const THREAD_LIMIT = 200;

	/** Seconds a download link in the portal works (an hour): a visit, not an archive. */
	public const URL_TTL = 3600;

	/**
	 * Builds the reader.
	 *
	 * @param TicketIndex          $index    Tickets.
	 * @param ContactRepository    $contacts Contacts.
	 * @param AttachmentRepository $files    Attachment rows.
	 * @param AttachmentUrls       $urls     Signed download URLs.
	 * @param ShopperUploads       $uploads  What shoppers may attach.
	 */
	public function __construct( private TicketIndex $index, private ContactRepository $contacts, private AttachmentRepository $files, private AttachmentUrls $urls, private ShopperUploads $uploads ) {}

	/**
	 * A page of a customer's tickets, newest activity first, and the total:
	 * those of their proven contacts that the customer wrote (not an
	 * unverified sender's), and every ticket they filed while signed in.
	 *
	 * @param int[] $contact_ids Proven contacts of the customer.
	 * @param int   $user_id     The customer's account, 0 for none.
	 * @param int   $page        1-based page.
	 * @param int   $per_page    Page size.
	 * @return array{0: Ticket[], 1: int}
	 */
	public function of_customer( array $contact_ids, int $user_id, int $page, int $per_page ): array {
		$ids  = implode( ',', array_map( 'intval', $contact_ids ) );
		$mine = array();
		if ( '' !== $ids ) {
			$mine[] = "(contact_id IN ({$ids}) AND sender_verified = 1)";
		}
		if ( $user_id ) {
			$mine[] = 'customer_user_id = ' . (int) $user_id;
		}
		return $mine ? $this->page( '(' . implode( ' OR ', $mine ) . ')', $page, $per_page ) : array( array(), 0 );
	}

	/**
	 * Ticket ids of one contact, newest first, for links mailed to its
	 * address: the mailbox owner may open every one, whoever filed it.
	 *
	 * @param int $contact_id Contact.
	 * @param int $limit      Most returned.
	 * @return int[]
	 */
	public function ids_of_contact( int $contact_id, int $limit = 10 ): array {
		return array_map( static fn( Ticket $t ) => $t->id(), $this->page( 'contact_id = ' . $contact_id, 1, $limit )[0] );
	}

	/**
	 * Tickets matching a condition built here from integers, spam left out.
	 *
	 * @param string $mine     SQL condition.
	 * @param int    $page     1-based page.
	 * @param int    $per_page Page size.
	 * @return array{0: Ticket[], 1: int}
	 */
	private function page( string $mine, int $page, int $per_page ): array {
		global $wpdb;
		$table = Schema::table( 'ticket_index' );
		$where = "{$mine} AND status <> 'spam'";
		$found = $wpdb->get_col( $wpdb->prepare( "SELECT ticket_id FROM {$table} WHERE {$where} ORDER BY last_activity_at DESC, ticket_id DESC LIMIT %d, %d", ( $page - 1 ) * $per_page, $per_page ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE {$where}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return array( array_values( $this->index->get_many( array_map( 'intval', $found ) ) ), $total );
	}

	/**
	 * The visible part of a thread, oldest first.
	 *
	 * @param int $ticket_id Ticket.
	 * @return Message[]
	 */
	public function thread( int $ticket_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'messages' ) . " WHERE ticket_id = %d AND kind IN ('customer', 'reply') ORDER BY created_at DESC, id DESC LIMIT %d", $ticket_id, self::THREAD_LIMIT ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return array_reverse( array_map( array( Message::class, 'from_row' ), $rows ) );
	}

	/**
	 * A ticket for the shopper, optionally with its thread.
	 *
	 * @param Ticket $ticket      Ticket.
	 * @param bool   $with_thread Include messages.
	 */
	public function present( Ticket $ticket, bool $with_thread = false ): array {
		$status = $ticket->status();
		$data   = array(
			'id'               => $ticket->id(),
			'subject'          => (string) $ticket->get( 'subject' ),
			'status'           => $status,
			'status_label'     => Vocabulary::statuses()[ $status ] ?? $status,
			'channel'          => (string) $ticket->get( 'channel' ),
			'excerpt'          => (string) $ticket->get( 'excerpt' ),
			'created_at'       => Dates::to_rest( $ticket->get( 'created_at' ) ),
			'last_activity_at' => Dates::to_rest( $ticket->get( 'last_activity_at' ) ),
			'can_close'        => ! in_array( $status, array( 'closed', 'spam' ), true ),
			'can_reopen'       => in_array( $status, array( 'resolved', 'closed' ), true ),
		);
		if ( $with_thread ) {
			$data['messages'] = $this->present_messages( $this->thread( $ticket->id() ) );
			$data['upload']   = $this->uploads->limits();
		}
		return $data;
	}

	/**
	 * Thread entries for the shopper: who wrote (a first name for agents,
	 * never their account) and the body as safe HTML.
	 *
	 * @param Message[] $messages Customer messages and replies.
	 * @return array[]
	 */
	public function present_messages( array $messages ): array {
		$contacts = $this->contacts->find_many( array_map( static fn( Message $m ) => $m->contact_id, $messages ) );
		$visible  = array_filter( $messages, static fn( Message $m ) => in_array( $m->kind, self::VISIBLE_KINDS, true ) );
		$files    = $this->files->for_messages( array_map( static fn( Message $m ) => $m->id, $visible ) );
		$out      = array();
		foreach ( $messages as $m ) {
			if ( ! in_array( $m->kind, self::VISIBLE_KINDS, true ) ) {
				continue;
			}
			$agent = 'reply' === $m->kind;
			$name  = $agent ? $this->agent_name( $m->author_id ) : ( isset( $contacts[ $m->contact_id ] ) ? $contacts[ $m->contact_id ]->display_name() : __( 'You', 'storedesk' ) );
			$out[] = array(
				'id'          => $m->id,
				'author'      => array(
					'type' => $agent ? 'agent' : 'customer',
					'name' => $name,
				),
				'body'        => in_array( $m->format, array( 'html', 'email' ), true ) ? MessageHtml::clean( $m->body ) : wpautop( esc_html( $m->body ) ),
				'attachments' => array_map( array( $this, 'present_file' ), $files[ $m->id ] ?? array() ),
				'created_at'  => Dates::to_rest( $m->created_at ),
			);
		}
		return $out;
	}

	/**
	 * A file as the shopper sees it, with a download URL signed for a while.
	 *
	 * @param Attachment $a Attachment of a visible message.
	 */
	private function present_file( Attachment $a ): array {
		return array(
			'id'   => $a->id,
			'name' => $a->name,
			'mime' => $a->mime,
			'size' => $a->size,
			'url'  => $this->urls->signed( $a->id, self::URL_TTL ),
		);
	}

	/**
	 * The name shoppers see for an agent.
	 *
	 * @param int $user_id Agent.
	 */
	private function agent_name( int $user_id ): string {
		$user = $user_id ? get_userdata( $user_id ) : false;
		if ( ! $user ) {
			return __( 'Support team', 'storedesk' );
		}
		return '' !== (string) $user->first_name ? (string) $user->first_name : (string) $user->display_name;
	}
}
