<?php
/**
 * Messages storage.
 *
 * @package Storedesk
 */

namespace Storedesk\Messages;

use Storedesk\Install\Schema;
use Storedesk\Search\SearchIndex;
use Storedesk\Support\Dates;
use Storedesk\Support\Text;
use Storedesk\Support\Transaction;
use Storedesk\Tickets\TicketIndex;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Appends to and reads ticket threads. Messages are never edited: the
 * thread is the record of what was said.
 */
class MessageRepository {

	/** Largest body accepted, in bytes; larger text is refused, never cut. */
	public const MAX_BODY_BYTES = 262144;

	/**
	 * Builds the repository.
	 *
	 * @param TicketIndex $index  Inbox index writer.
	 * @param SearchIndex $search Search document writer.
	 */
	public function __construct( private TicketIndex $index, private SearchIndex $search ) {}

	/**
	 * Appends a message and updates the ticket's counters and search text.
	 * A message already stored under the same channel id is returned as is,
	 * so a redelivered email or webhook is stored once.
	 *
	 * @param int   $ticket_id Ticket id.
	 * @param array $data      kind, body, format, channel, author_id, contact_id, external_id, meta, created_at,
	 *                         with_files (files come with it, so no text is needed).
	 * @return Message|WP_Error
	 */
	public function add( int $ticket_id, array $data ) {
		global $wpdb;
		$kind   = (string) ( $data['kind'] ?? '' );
		$format = (string) ( $data['format'] ?? 'html' );
		$body   = (string) ( $data['body'] ?? '' );
		if ( ! in_array( $kind, Message::KINDS, true ) || ! in_array( $format, array( 'html', 'text', 'email' ), true ) ) {
			return new WP_Error( 'storedesk_invalid_message', __( 'A message must be a customer message, reply, note or event in HTML or plain text.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( strlen( $body ) > self::MAX_BODY_BYTES ) {
			return new WP_Error( 'storedesk_message_too_long', sprintf( /* translators: %d: kilobytes */ __( 'The message is longer than %d KB. Shorten it or send the rest as an attachment.', 'storedesk' ), self::MAX_BODY_BYTES / 1024 ), array( 'status' => 413 ) );
		}
		// An email's HTML keeps its layout (EmailHtml); what agents write, the composer's (MessageHtml).
		$body = 'html' === $format ? MessageHtml::clean( $body ) : ( 'email' === $format ? EmailHtml::clean( $body ) : $body );
		if ( 'event' !== $kind && empty( $data['with_files'] ) && '' === Text::plain( $body, $format ) ) {
			return new WP_Error( 'storedesk_empty_message', __( 'The message is empty.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$channel  = (string) ( $data['channel'] ?? 'email' );
		$external = isset( $data['external_id'] ) && '' !== $data['external_id'] ? substr( (string) $data['external_id'], 0, 191 ) : null;
		if ( null !== $external ) {
			$existing = $this->find_by_external( $channel, $external );
			if ( $existing ) {
				return $existing;
			}
		}
		$time = isset( $data['created_at'] ) ? (string) $data['created_at'] : Dates::now();
		return Transaction::run(
			function () use ( $wpdb, $ticket_id, $kind, $data, $channel, $body, $format, $external, $time ) {
				$ok = $wpdb->insert(
					Schema::table( 'messages' ),
					array(
						'ticket_id'   => $ticket_id,
						'kind'        => $kind,
						'author_id'   => (int) ( $data['author_id'] ?? 0 ),
						'contact_id'  => (int) ( $data['contact_id'] ?? 0 ),
						'channel'     => $channel,
						'body'        => $body,
						'format'      => $format,
						'external_id' => $external,
						'meta'        => empty( $data['meta'] ) ? null : wp_json_encode( $data['meta'] ),
						'created_at'  => $time,
					)
				);
				if ( ! $ok ) {
					return new WP_Error( 'storedesk_db_error', __( 'The message could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
				}
				$id = (int) $wpdb->insert_id;
				$this->index->apply_message( $ticket_id, $kind, $time, Text::excerpt( $body, $format ) );
				if ( 'event' !== $kind ) {
					$this->search->append( $ticket_id, Text::plain( $body, $format ) );
				}
				$message = $this->find( $id );
				Transaction::after_commit(
					static function () use ( $message ) {
						/**
						 * Fires once a new message (of any kind, from any channel) is committed;
						 * notifications and outbound channels start here. A redelivered
						 * message that was already stored does not fire it again.
						 *
						 * @since 0.2.0
						 * @param Message $message The stored message.
						 */
						do_action( 'storedesk_message_created', $message );
					}
				);
				return $message;
			}
		);
	}

	/**
	 * One message, or null.
	 *
	 * @param int $id Message id.
	 */
	public function find( int $id ): ?Message {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'messages' ) . ' WHERE id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ? Message::from_row( $row ) : null;
	}

	/**
	 * The message a channel knows by its own id, or null.
	 *
	 * @param string $channel     Channel slug.
	 * @param string $external_id Channel's id.
	 */
	public function find_by_external( string $channel, string $external_id ): ?Message {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'messages' ) . ' WHERE channel = %s AND external_id = %s', $channel, $external_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ? Message::from_row( $row ) : null;
	}

	/**
	 * A page of a ticket's thread, oldest first, and the thread's length.
	 * With $latest, the page counts back from the newest message, which is
	 * what a ticket view shows first.
	 *
	 * @param int  $ticket_id Ticket id.
	 * @param int  $page      1-based page.
	 * @param int  $per_page  Messages per page.
	 * @param bool $latest    Page from the end.
	 * @return array{0: Message[], 1: int}
	 */
	public function thread( int $ticket_id, int $page = 1, int $per_page = 50, bool $latest = false ): array {
		global $wpdb;
		$table = Schema::table( 'messages' );
		$total = $this->count( $ticket_id );
		$order = $latest ? 'DESC' : 'ASC';
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE ticket_id = %d ORDER BY created_at {$order}, id {$order} LIMIT %d, %d", $ticket_id, ( $page - 1 ) * $per_page, $per_page ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$list  = array_map( array( Message::class, 'from_row' ), $rows );
		return array( $latest ? array_reverse( $list ) : $list, $total );
	}

	/**
	 * Entries in a ticket's thread.
	 *
	 * @param int $ticket_id Ticket id.
	 */
	public function count( int $ticket_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'messages' ) . ' WHERE ticket_id = %d', $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL
	}

	/**
	 * Messages of a ticket after a given message id, oldest first.
	 *
	 * @param int $ticket_id Ticket id.
	 * @param int $after_id  Last message id already seen.
	 * @return Message[]
	 */
	public function since( int $ticket_id, int $after_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'messages' ) . ' WHERE ticket_id = %d AND id > %d ORDER BY id LIMIT 100', $ticket_id, $after_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL
		return array_map( array( Message::class, 'from_row' ), $rows );
	}

	/**
	 * Makes one contact's messages the other's, when two contacts become one.
	 *
	 * @param int $from Contact folded in.
	 * @param int $to   Contact that remains.
	 */
	public function reassign_contact( int $from, int $to ): void {
		global $wpdb;
		$wpdb->update( Schema::table( 'messages' ), array( 'contact_id' => $to ), array( 'contact_id' => $from ) );
	}

	/**
	 * Adds keys to a message's meta (what was learnt after storing it, such
	 * as the files an email brought).
	 *
	 * @param Message $message The stored message.
	 * @param array   $meta    Keys to add or replace.
	 */
	public function merge_meta( Message $message, array $meta ): void {
		global $wpdb;
		$wpdb->update( Schema::table( 'messages' ), array( 'meta' => (string) wp_json_encode( $meta + $message->meta ) ), array( 'id' => $message->id ) );
	}
}
