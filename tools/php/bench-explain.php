<?php
/**
 * Query-plan check: EXPLAIN of the inbox list, inbox filtered, search only and
 * inbox poll SQL, as the REST list builds it for the given agent. Prints
 * JSON: per query, its plan rows, whether any big table is read in full
 * (type ALL), and any filesort over more than one page of rows.
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
	foreach ( array_intersect( array( 'select', 'count', 'matching' ), array_keys( array_filter( $sd_sql ) ) ) as $sd_kind ) {
		$sd_plan  = $wpdb->get_results( 'EXPLAIN ' . $sd_sql[ $sd_kind ], ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		$sd_scans = array();
		$sd_sorts = array();
		foreach ( $sd_plan as $sd_row ) {
			if ( str_contains( (string) $sd_row['Extra'], 'filesort' ) && (int) $sd_row['rows'] > 100 ) {
				$sd_sorts[] = $sd_row['table'] . ' (' . $sd_row['rows'] . ' rows)';
			}
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
