<?php
/**
 * Inbox lookup table writer.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Support\Dates;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps one narrow row per ticket with everything the inbox filters and
 * sorts on, so inbox lists never touch postmeta or count messages.
 */
class TicketIndex {

	/**
	 * The row of a ticket, or null.
	 *
	 * @param int $id Ticket id.
	 */
	public function get( int $id ): ?Ticket {
		return $this->get_many( array( $id ) )[ $id ] ?? null;
	}

	/**
	 * Rows by ticket id in one query, in the order asked.
	 *
	 * @param int[] $ids Ticket ids.
	 * @return array<int, Ticket>
	 */
	public function get_many( array $ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $ids ) ) ) );
		if ( ! $ids ) {
			return array();
		}
		$rows = $wpdb->get_results( 'SELECT * FROM ' . Schema::table( 'ticket_index' ) . ' WHERE ticket_id IN (' . implode( ',', $ids ) . ')', OBJECT_K ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
		$out  = array();
		foreach ( $ids as $id ) {
			if ( isset( $rows[ $id ] ) ) {
				$out[ $id ] = new Ticket( $rows[ $id ] );
			}
		}
		return $out;
	}

	/**
	 * Inserts the row of a new ticket.
	 *
	 * @param array $row Column => value.
	 */
	public function insert( array $row ): bool {
		global $wpdb;
		return (bool) $wpdb->insert( Schema::table( 'ticket_index' ), $row + array( 'updated_at' => Dates::now() ) );
	}

	/**
	 * Changes columns of a ticket's row and stamps the change time.
	 *
	 * @param int   $id  Ticket id.
	 * @param array $row Column => value.
	 */
	public function update( int $id, array $row ): bool {
		global $wpdb;
		TagIndex::moved( $id, $row );
		return false !== $wpdb->update( Schema::table( 'ticket_index' ), $row + array( 'updated_at' => Dates::now() ), array( 'ticket_id' => $id ) );
	}

	/**
	 * Folds a new message into the counters in one statement, so two
	 * messages arriving at once cannot lose a count.
	 *
	 * @param int    $id      Ticket id.
	 * @param string $kind    Message kind.
	 * @param string $time    UTC message time.
	 * @param string $excerpt Plain-text start of the message.
	 */
	public function apply_message( int $id, string $kind, string $time, string $excerpt ): bool {
		global $wpdb;
		$set = array( 'message_count = message_count + 1', $wpdb->prepare( 'updated_at = %s', Dates::now() ) );
		if ( 'event' !== $kind ) {
			$set[] = $wpdb->prepare( 'last_activity_at = %s', $time );
		}
		if ( 'customer' === $kind ) {
			$set[] = $wpdb->prepare( 'waiting_since = COALESCE(waiting_since, %s)', $time );
			$set[] = 'unread = 1';
		}
		if ( 'reply' === $kind ) {
			$set[] = 'waiting_since = NULL';
			$set[] = $wpdb->prepare( 'first_response_at = COALESCE(first_response_at, %s)', $time );
		}
		if ( 'customer' === $kind || 'reply' === $kind ) {
			$set[] = $wpdb->prepare( 'excerpt = %s', $excerpt );
		}
		return false !== $wpdb->query( 'UPDATE ' . Schema::table( 'ticket_index' ) . ' SET ' . implode( ', ', $set ) . $wpdb->prepare( ' WHERE ticket_id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- parts prepared above.
	}

	/**
	 * Ids of the tickets of a contact, a team or an order, by their keys.
	 *
	 * @param string $column contact_id, team_id or order_id.
	 * @param int    $value  Its value.
	 * @return int[]
	 */
	public function ids_of( string $column, int $value ): array {
		global $wpdb;
		if ( ! in_array( $column, array( 'contact_id', 'team_id', 'order_id' ), true ) ) {
			return array();
		}
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT ticket_id FROM ' . Schema::table( 'ticket_index' ) . " WHERE {$column} = %d ORDER BY ticket_id", $value ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL -- a listed column.
	}

	/**
	 * How many tickets a contact opened since a time, up to and including
	 * one (the contact_activity index, then the few rows of one contact).
	 *
	 * @param int    $contact_id Contact.
	 * @param string $since      GMT 'Y-m-d H:i:s'.
	 * @param int    $up_to      Last ticket counted: the jobs that ask may run after later ones were opened.
	 */
	public function opened_since( int $contact_id, string $since, int $up_to ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'ticket_index' ) . ' WHERE contact_id = %d AND created_at >= %s AND ticket_id <= %d', $contact_id, $since, $up_to ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Open, pending and on-hold tickets per order, for many orders in one
	 * query (the order_id key).
	 *
	 * @param int[] $order_ids Orders.
	 * @return array<int, int> order id => count, orders without any left out.
	 */
	public function unresolved_per_order( array $order_ids ): array {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $order_ids ) ) );
		if ( ! $ids ) {
			return array();
		}
		$rows = $wpdb->get_results( 'SELECT order_id, COUNT(*) AS n FROM ' . Schema::table( 'ticket_index' ) . ' WHERE order_id IN (' . implode( ',', $ids ) . ") AND status IN ('open','pending','on-hold') GROUP BY order_id" ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
		return array_combine( array_map( static fn( $r ) => (int) $r->order_id, $rows ), array_map( static fn( $r ) => (int) $r->n, $rows ) );
	}
}
