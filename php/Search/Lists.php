<?php
/**
 * Ticket id lists for the search planner.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

defined( 'ABSPATH' ) || exit;

/**
 * Sizes and reads lists of ticket ids given as SELECTs of one column "id".
 * A list comes back as one concatenated string: ten thousand rows through
 * wpdb would cost more than reading them.
 */
final class Lists {

	/**
	 * How many rows each SELECT gives, counted up to $cap, in one statement.
	 *
	 * @param string[] $sqls SELECTs by key.
	 * @param int      $cap  Count no further.
	 * @return int[] By the same keys.
	 */
	public static function sizes( array $sqls, int $cap ): array {
		global $wpdb;
		$parts = array();
		foreach ( $sqls as $n => $sql ) {
			$parts[] = 'SELECT ' . (int) $n . " AS n, COUNT(*) AS c FROM ({$sql} LIMIT {$cap}) AS l" . (int) $n;
		}
		$sizes = array_fill_keys( array_keys( $sqls ), 0 );
		foreach ( $wpdb->get_results( implode( ' UNION ALL ', $parts ) ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared parts.
			$sizes[ (int) $row->n ] = (int) $row->c;
		}
		return $sizes;
	}

	/**
	 * The optimizer's row estimates for SELECTs, from its index dives: a few
	 * page reads each, however long the list. InnoDB's are often twice the
	 * truth, so they only tell the clearly long from the rest. Null on SQLite,
	 * whose planner gives no estimate.
	 *
	 * @param string[] $sqls SELECTs by key.
	 * @return int[]|null By the same keys.
	 */
	public static function estimates( array $sqls ): ?array {
		global $wpdb;
		if ( \Storedesk\Install\Schema::is_sqlite() || ! $sqls ) {
			return null;
		}
		$plan = $wpdb->get_results( 'EXPLAIN ' . implode( ' UNION ALL ', $sqls ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared parts.
		$rows = array();
		foreach ( (array) $plan as $row ) {
			if ( null !== $row['id'] ) {
				$rows[ (int) $row['id'] ] = max( $rows[ (int) $row['id'] ] ?? 0, (int) $row['rows'] );
			}
		}
		$out = array();
		$n   = 1;
		foreach ( array_keys( $sqls ) as $key ) {
			$out[ $key ] = $rows[ $n++ ] ?? PHP_INT_MAX;
		}
		return $out;
	}

	/**
	 * The distinct ids a SELECT gives, as keys.
	 *
	 * @param string $sql SELECT of one column "id".
	 * @return array<int, int|string>
	 */
	public static function read( string $sql ): array {
		global $wpdb;
		$row = $wpdb->get_row( "SELECT COUNT(*) AS c, GROUP_CONCAT(id) AS ids FROM ({$sql}) AS l" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- prepared parts.
		$ids = $row && null !== $row->ids ? explode( ',', (string) $row->ids ) : array();
		// A server whose group_concat_max_len cut the string gives the rows one by one.
		if ( $row && count( $ids ) !== (int) $row->c ) {
			$ids = $wpdb->get_col( $sql ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared parts.
		}
		// Digit strings become integer keys.
		return array_flip( $ids );
	}
}
