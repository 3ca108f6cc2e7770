<?php
/**
 * Query-plan check: EXPLAIN of the inbox list, inbox filtered, search only and
 * inbox poll SQL, as the REST list builds it for the given agent. Prints
 * JSON: per query, its plan rows, whether any big table is read in full
 * (type ALL), and any filesort over more than one page of rows (counted by
 * ANALYZE: the rows that reached the sort).
 *
 * Usage: STOREDESK_SITE=DIR php bench-explain.php AGENT_ID TAG WORD
 *
 * @package Storedesk
 */

require __DIR__ . '/load-wp.php';

use Storedesk\Plugin;
use Storedesk\Tickets\TicketQuery;

global $wpdb;
list( , $sd_agent, $sd_tag, $sd_word ) = $argv;
$sd_query = Plugin::container()->get( TicketQuery::class );
$sd_cases = array(
	'inbox list'     => array( 'assignee' => 'me', 'status' => array( 'open' ), 'per_page' => 25 ),
	'inbox filtered' => array( 'channel' => array( 'email' ), 'tag' => array( $sd_tag ), 'search' => $sd_word, 'status' => array( 'open' ), 'per_page' => 25 ),
	'search only'    => array( 'search' => $sd_word, 'status' => array( 'open', 'pending', 'on-hold', 'resolved', 'closed' ), 'per_page' => 25 ),
	'inbox poll'     => array( 'orderby' => 'updated', 'updated_since' => gmdate( 'Y-m-d H:i:s', time() - 10 ), 'per_page' => 100 ),
);
/**
 * Filesorts that sorted more rows than one page, from ANALYZE FORMAT=JSON:
 * the rows that reached the sort (read times kept), not EXPLAIN's estimate
 * of the rows read before the conditions.
 *
 * @param mixed $node     Part of the ANALYZE tree.
 * @param int   $per_page Rows of one page.
 * @return string[]
 */
function sd_sorted_rows( $node, int $per_page ): array {
	$out = array();
	if ( ! is_array( $node ) ) {
		return $out;
	}
	if ( isset( $node['filesort'] ) ) {
		// The last table of the join under the sort is what reaches it.
		$tables = sd_tables( $node['filesort'] );
		$t      = end( $tables );
		$rows   = $t ? ( $t['r_rows'] ?? 0 ) * ( $t['r_loops'] ?? 1 ) * ( $t['r_filtered'] ?? 100 ) / 100 : 0;
		if ( $rows > $per_page ) {
			$out[] = implode( ',', array_column( sd_tables( $node['filesort'] ), 'table_name' ) ) . ' (' . (int) round( $rows ) . ' rows sorted)';
		}
	}
	foreach ( $node as $child ) {
		$out = array_merge( $out, sd_sorted_rows( $child, $per_page ) );
	}
	return $out;
}

/**
 * The tables read under a node, outside its subqueries.
 *
 * @param array $node Part of the ANALYZE tree.
 * @return array[]
 */
function sd_tables( array $node ): array {
	$out = isset( $node['table'] ) ? array( $node['table'] ) : array();
	foreach ( $node as $key => $child ) {
		if ( is_array( $child ) && 'subqueries' !== $key && 'table' !== $key ) {
			$out = array_merge( $out, sd_tables( $child ) );
		}
	}
	return $out;
}

$sd_big = array( $wpdb->posts, $wpdb->postmeta, $wpdb->term_relationships );
foreach ( array( 'ticket_index', 'messages', 'search', 'terms', 'contacts' ) as $sd_t ) {
	$sd_big[] = \Storedesk\Install\Schema::table( $sd_t );
}
$sd_out = array();
foreach ( $sd_cases as $sd_name => $sd_args ) {
	$sd_sql = $sd_query->sql_for( $sd_args, (int) $sd_agent );
	if ( ! is_array( $sd_sql ) ) {
		continue;
	}
	foreach ( array_intersect( array( 'select', 'keys', 'count' ), array_keys( array_filter( $sd_sql ) ) ) as $sd_kind ) {
		$sd_plan  = $wpdb->get_results( 'EXPLAIN ' . $sd_sql[ $sd_kind ], ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		$sd_scans = array();
		$sd_sorts = sd_sorted_rows( json_decode( (string) $wpdb->get_var( 'ANALYZE FORMAT=JSON ' . $sd_sql[ $sd_kind ] ), true ), (int) ( $sd_args['per_page'] ?? 25 ) ); // phpcs:ignore WordPress.DB.PreparedSQL
		foreach ( $sd_plan as $sd_row ) {
			$sd_table = $sd_row['table'];
			// EXPLAIN names aliases; map them back to tables through the SQL.
			if ( preg_match( '/(\w+)\s+' . preg_quote( $sd_table, '/' ) . '\b/', $sd_sql[ $sd_kind ], $sd_m ) ) {
				$sd_table = $sd_m[1];
			}
			if ( 'ALL' === $sd_row['type'] && in_array( $sd_table, $sd_big, true ) ) {
				$sd_scans[] = $sd_table;
			}
		}
		$sd_out[] = array(
			'query'      => "{$sd_name} ({$sd_kind})",
			'full_scans' => $sd_scans,
			'filesorts'  => $sd_sorts,
			'plan'       => array_map( static fn( $r ) => array_intersect_key( $r, array_flip( array( 'table', 'type', 'key', 'rows', 'Extra' ) ) ), $sd_plan ),
		);
	}
}
echo wp_json_encode( $sd_out ) . "\n";
