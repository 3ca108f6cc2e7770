<?php
/**
 * A page of a search's few matches.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * When a search leaves at most a thousand tickets, all are known by id.
 * Their sort values are read by key and ordered here, and only the page's
 * rows are then read in full (TicketIndex::get_many()): the database would otherwise sort every match,
 * with all its columns, for one page. The work is bounded by the number of
 * matches, never by the number of tickets.
 */
final class Matches {

	/**
	 * The ids of the page's tickets, in order.
	 *
	 * @param array $sql From TicketQuery::sql_for(): keys (SQL of the matches' ids and sort values), columns, desc, offset, per_page.
	 * @return int[]
	 */
	public static function page( array $sql ): array {
		global $wpdb;
		$keys = $wpdb->get_results( $sql['keys'], ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- integers, our columns and a checked cursor.
		$sign = $sql['desc'] ? -1 : 1;
		usort(
			$keys,
			static function ( array $a, array $b ) use ( $sql, $sign ): int {
				foreach ( $sql['columns'] as $column ) {
					// Dates compare as text; the priority is a number.
					$by = 'priority' === $column ? (int) $a[ $column ] <=> (int) $b[ $column ] : strcmp( (string) $a[ $column ], (string) $b[ $column ] );
					if ( 0 !== $by ) {
						return $sign * $by;
					}
				}
				return $sign * ( (int) $a['ticket_id'] <=> (int) $b['ticket_id'] );
			}
		);
		return array_map( 'intval', array_column( array_slice( $keys, $sql['offset'], $sql['per_page'] ), 'ticket_id' ) );
	}
}
