<?php
/**
 * Attachments storage (rows).
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

use Storedesk\Install\Schema;
use Storedesk\Support\Dates;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Rows of uploaded files: recorded on upload, claimed by the message they
 * are sent with, read per message for threads and downloads.
 */
class AttachmentRepository {

	/**
	 * Records a stored file.
	 *
	 * @param array $data ticket_id, user_id, contact_id, name, mime, size, path.
	 * @return Attachment|WP_Error
	 */
	public function add( array $data ) {
		global $wpdb;
		$ok = $wpdb->insert(
			Schema::table( 'attachments' ),
			array(
				'ticket_id'  => (int) $data['ticket_id'],
				'message_id' => null,
				'user_id'    => (int) ( $data['user_id'] ?? 0 ),
				'contact_id' => (int) ( $data['contact_id'] ?? 0 ),
				'name'       => mb_substr( (string) $data['name'], 0, 255 ),
				'mime'       => (string) $data['mime'],
				'size'       => (int) $data['size'],
				'path'       => (string) $data['path'],
				'created_at' => $data['created_at'] ?? Dates::now(),
			)
		);
		if ( ! $ok ) {
			return new WP_Error( 'storedesk_db_error', __( 'The attachment could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
		}
		return $this->find( (int) $wpdb->insert_id );
	}

	/**
	 * One attachment, or null.
	 *
	 * @param int $id Attachment id.
	 */
	public function find( int $id ): ?Attachment {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'attachments' ) . ' WHERE id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ? Attachment::from_row( $row ) : null;
	}

	/**
	 * Attachments of many messages in one query, by message id.
	 *
	 * @param int[] $message_ids Message ids.
	 * @return array<int, Attachment[]>
	 */
	public function for_messages( array $message_ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $message_ids ) ) ) );
		if ( ! $ids ) {
			return array();
		}
		$in  = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$out = array();
		foreach ( $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'attachments' ) . " WHERE message_id IN ({$in}) ORDER BY id", $ids ) ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL, WordPress.DB.PreparedSQLPlaceholders
			$out[ (int) $row->message_id ][] = Attachment::from_row( $row );
		}
		return $out;
	}

	/**
	 * Attachments of one message.
	 *
	 * @param int $message_id Message id.
	 * @return Attachment[]
	 */
	public function for_message( int $message_id ): array {
		return $this->for_messages( array( $message_id ) )[ $message_id ] ?? array();
	}

	/**
	 * Hands unsent uploads to the message they are sent with. Every id must
	 * be an upload of the same ticket by the same uploader that no message
	 * carries yet; otherwise nothing changes. Run it in the transaction that
	 * adds the message, so a refused claim refuses the message too.
	 *
	 * @param int[] $ids        Attachment ids.
	 * @param int   $ticket_id  Ticket of the message.
	 * @param int   $user_id    Uploader (agent), 0 when a contact uploaded.
	 * @param int   $contact_id Uploader (customer), 0 when an agent uploaded.
	 * @param int   $message_id Message.
	 * @return true|WP_Error
	 */
	public function claim( array $ids, int $ticket_id, int $user_id, int $contact_id, int $message_id ) {
		global $wpdb;
		$ids = array_values( array_unique( array_map( 'intval', $ids ) ) );
		if ( ! $ids ) {
			return true;
		}
		$in      = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$changed = $wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'attachments' ) . " SET message_id = %d WHERE id IN ({$in}) AND ticket_id = %d AND user_id = %d AND contact_id = %d AND message_id IS NULL", array_merge( array( $message_id ), $ids, array( $ticket_id, $user_id, $contact_id ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL, WordPress.DB.PreparedSQLPlaceholders
		if ( count( $ids ) !== (int) $changed ) {
			return new WP_Error( 'storedesk_invalid_attachment', __( 'One of the attachments cannot be sent with this message: it belongs to another ticket, someone else uploaded it, or it was already sent.', 'storedesk' ), array( 'status' => 400 ) );
		}
		return true;
	}

	/**
	 * Uploads no message claimed, older than a time, oldest first.
	 *
	 * @param string $before UTC time.
	 * @param int    $limit  Most rows.
	 * @return Attachment[]
	 */
	public function orphans( string $before, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'attachments' ) . ' WHERE message_id IS NULL AND created_at < %s ORDER BY created_at LIMIT %d', $before, $limit ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return array_map( array( Attachment::class, 'from_row' ), $rows );
	}

	/**
	 * Deletes a row.
	 *
	 * @param int $id Attachment id.
	 */
	public function delete( int $id ): void {
		global $wpdb;
		$wpdb->delete( Schema::table( 'attachments' ), array( 'id' => $id ) );
	}
}
