<?php
/**
 * Deliveries storage.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Install\Schema;
use Storedesk\Support\Dates;

defined( 'ABSPATH' ) || exit;

/**
 * The record of every message sent to a customer: queued, sending (claimed
 * by one runner until its lease ends), sent, delivered, read or failed,
 * with its tries and last error. Claims are one conditional UPDATE, so two
 * runners never send the same delivery, and a runner that died mid-send
 * leaves a lease that runs out instead of a delivery stuck for ever.
 */
class Deliveries {

	public const STATUSES = array( 'queued', 'sending', 'sent', 'delivered', 'read', 'failed' );

	/**
	 * Records a delivery to make, once per message and type: the id of the
	 * one already recorded otherwise.
	 *
	 * @param array{message_id: int, ticket_id: int, type: string, channel: string, recipient: string} $row Delivery.
	 */
	public function create( array $row ): int {
		global $wpdb;
		$now = Dates::now();
		$wpdb->query(
			$wpdb->prepare(
				'INSERT IGNORE INTO ' . self::table() . ' (message_id, ticket_id, type, channel, recipient, status, attempts, created_at, updated_at) VALUES (%d, %d, %s, %s, %s, %s, 0, %s, %s)', // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
				$row['message_id'],
				$row['ticket_id'],
				$row['type'],
				$row['channel'],
				$row['recipient'],
				'queued',
				$now,
				$now
			)
		);
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM ' . self::table() . ' WHERE message_id = %d AND type = %s', $row['message_id'], $row['type'] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * One delivery, or null.
	 *
	 * @param int $id Delivery id.
	 */
	public function find( int $id ): ?object {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . self::table() . ' WHERE id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ? $row : null;
	}

	/**
	 * Takes a delivery for one try: a queued one that is due, or one whose
	 * runner's lease ran out. Counts the try.
	 *
	 * @param int $id    Delivery id.
	 * @param int $lease Seconds the try may take before another runner may take it over.
	 */
	public function claim( int $id, int $lease ): bool {
		global $wpdb;
		$now = Dates::now();
		return 1 === (int) $wpdb->query(
			$wpdb->prepare(
				'UPDATE ' . self::table() . " SET status = 'sending', attempts = attempts + 1, claimed_until = %s, updated_at = %s WHERE id = %d AND ((status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= %s)) OR (status = 'sending' AND claimed_until < %s))", // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
				gmdate( 'Y-m-d H:i:s', time() + $lease ),
				$now,
				$id,
				$now,
				$now
			)
		);
	}

	/**
	 * The channel took it.
	 *
	 * @param int         $id          Delivery id.
	 * @param string|null $provider_id Provider's id.
	 */
	public function sent( int $id, ?string $provider_id ): void {
		$now = Dates::now();
		$this->update( $id, array( 'status' => 'sent', 'provider_id' => $provider_id, 'last_error' => null, 'claimed_until' => null, 'next_attempt_at' => null, 'sent_at' => $now ) );
	}

	/**
	 * Not taken this time; tried again at $at.
	 *
	 * @param int    $id    Delivery id.
	 * @param string $error Why.
	 * @param int    $at    Unix time of the next try.
	 */
	public function later( int $id, string $error, int $at ): void {
		$this->update( $id, array( 'status' => 'queued', 'last_error' => $error, 'claimed_until' => null, 'next_attempt_at' => gmdate( 'Y-m-d H:i:s', $at ) ) );
	}

	/**
	 * Given up on, with the reason.
	 *
	 * @param int    $id    Delivery id.
	 * @param string $error Why.
	 */
	public function failed( int $id, string $error ): void {
		$this->update( $id, array( 'status' => 'failed', 'last_error' => $error, 'claimed_until' => null, 'next_attempt_at' => null ) );
	}

	/**
	 * The delivery of one message of one type (a message has at most one of each).
	 *
	 * @param int    $message_id Message.
	 * @param string $type       Type, such as customer-reply.
	 */
	public function find_for( int $message_id, string $type ): ?object {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . self::table() . ' WHERE message_id = %d AND type = %s', $message_id, $type ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ? $row : null;
	}

	/**
	 * A failed delivery queued again by a person, with its tries counted afresh.
	 *
	 * @param int $id Delivery id.
	 */
	public function requeue( int $id ): bool {
		global $wpdb;
		return 1 === (int) $wpdb->query( $wpdb->prepare( 'UPDATE ' . self::table() . " SET status = 'queued', attempts = 0, next_attempt_at = NULL, updated_at = %s WHERE id = %d AND status = 'failed'", Dates::now(), $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Ids of deliveries due (queued and due, or sending past their lease), oldest first.
	 *
	 * @param int $most How many at most.
	 * @return int[]
	 */
	public function due( int $most = 100 ): array {
		global $wpdb;
		$now = Dates::now();
		$ids = $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM ' . self::table() . " WHERE (status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= %s)) OR (status = 'sending' AND claimed_until < %s) ORDER BY id LIMIT %d", $now, $now, $most ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return array_map( 'intval', $ids );
	}

	/**
	 * Deliveries that failed or are being retried after an error, newest
	 * first, with their conversation's subject: what a manager looks at.
	 *
	 * @param int $most How many at most.
	 * @return object[]
	 */
	public function troubled( int $most = 50 ): array {
		global $wpdb;
		// Few rows by nature: the (status, …) key finds them; only they are sorted.
		return $wpdb->get_results( $wpdb->prepare( 'SELECT d.*, i.subject FROM ' . self::table() . ' d LEFT JOIN ' . Schema::table( 'ticket_index' ) . " i ON i.ticket_id = d.ticket_id WHERE d.status = 'failed' OR (d.status = 'queued' AND d.last_error IS NOT NULL) ORDER BY d.updated_at DESC, d.id DESC LIMIT %d", $most ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Deliveries of messages, for the thread: message id => rows.
	 *
	 * @param int[] $message_ids Message ids.
	 * @return array<int, object[]>
	 */
	public function for_messages( array $message_ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $message_ids ) ) ) );
		$out = array();
		if ( ! $ids ) {
			return $out;
		}
		foreach ( $wpdb->get_results( 'SELECT * FROM ' . self::table() . ' WHERE message_id IN (' . implode( ',', $ids ) . ') ORDER BY id' ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
			$out[ (int) $row->message_id ][] = $row;
		}
		return $out;
	}

	/**
	 * Writes fields of one delivery.
	 *
	 * @param int   $id     Delivery id.
	 * @param array $fields Columns.
	 */
	private function update( int $id, array $fields ): void {
		global $wpdb;
		$wpdb->update( self::table(), $fields + array( 'updated_at' => Dates::now() ), array( 'id' => $id ) );
	}

	/** The table. */
	private static function table(): string {
		return Schema::table( 'deliveries' );
	}
}
