<?php
/**
 * Query-plan check of the customer panel (GET /tickets/{id}/customer): runs
 * CustomerPanel::for_ticket() on a ticket as an agent with SAVEQUERIES on,
 * cold (WooCommerce's per-customer totals, cached in user meta, dropped
 * first, so the queries that work them out run too), then EXPLAINs every
 * SELECT it made. Prints JSON: the query count, and per distinct query
 * (numbers and strings folded) how often it ran, its plan, any big table
 * read in full (type ALL) or through a whole index (type index), and any
 * filesort with the rows that reached it (counted by ANALYZE).
 *
 * Usage: STOREDESK_SITE=DIR php bench-explain-panel.php TICKET_ID AGENT_ID
 *
 * @package Storedesk
 */

// phpcs:disable WordPress.DB.PreparedSQL, WordPress.Security.EscapeOutput -- EXPLAIN of queries the panel made; a CLI script.

define( 'SAVEQUERIES', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own switch.
require __DIR__ . '/load-wp.php';

use Storedesk\Integrations\WooCommerce\CustomerPanel;
use Storedesk\Plugin;
use Storedesk\Tickets\TicketRepository;

global $wpdb;
$storedesk_ticket = (int) ( $argv[1] ?? 0 );
$storedesk_agent  = (int) ( $argv[2] ?? 0 );
if ( ! $storedesk_ticket || ! class_exists( 'WooCommerce' ) ) {
	echo wp_json_encode( array( 'error' => 'Usage: bench-explain-panel.php TICKET_ID AGENT_ID, with WooCommerce active.' ) ) . "\n";
	exit( 1 );
}
if ( $storedesk_agent ) {
	wp_set_current_user( $storedesk_agent );
}
$storedesk_panel = Plugin::container()->get( CustomerPanel::class );
$storedesk_found = Plugin::container()->get( TicketRepository::class )->find( $storedesk_ticket );
$storedesk_who   = $storedesk_panel->customer_of( $storedesk_found );
if ( $storedesk_who->user_id ) {
	foreach ( array( 'wc_order_count', 'wc_money_spent', 'wc_last_order' ) as $storedesk_key ) {
		delete_user_meta( $storedesk_who->user_id, $storedesk_key );
	}
}
wp_cache_flush();
$storedesk_ticket_obj = Plugin::container()->get( TicketRepository::class )->find( $storedesk_ticket );
$wpdb->queries        = array();
$storedesk_before     = $wpdb->num_queries;
$storedesk_t          = microtime( true );
$storedesk_result     = $storedesk_panel->for_ticket( $storedesk_ticket_obj );
$storedesk_ms         = ( microtime( true ) - $storedesk_t ) * 1000;
$storedesk_count      = $wpdb->num_queries - $storedesk_before;
$storedesk_ran        = $wpdb->queries;
// Warm, as every request after the first finds WooCommerce's totals cached
// (no persistent object cache: each request reads again what it needs).
wp_cache_flush();
$storedesk_before = $wpdb->num_queries;
$storedesk_t      = microtime( true );
$storedesk_panel->for_ticket( Plugin::container()->get( TicketRepository::class )->find( $storedesk_ticket ) );
$storedesk_ms_warm    = ( microtime( true ) - $storedesk_t ) * 1000;
$storedesk_count_warm = $wpdb->num_queries - $storedesk_before;

/**
 * Filesorts in an ANALYZE FORMAT=JSON tree, with the rows that reached each
 * (the last table of the join under the sort, read times kept).
 *
 * @param mixed $node Part of the tree.
 * @return array<int, array{tables: string, rows: int}>
 */
function storedesk_panel_sorts( $node ): array {
	$out = array();
	if ( ! is_array( $node ) ) {
		return $out;
	}
	if ( isset( $node['filesort'] ) ) {
		$tables = storedesk_panel_tables( $node['filesort'] );
		$t      = end( $tables );
		$out[]  = array(
			'tables' => implode( ',', array_column( $tables, 'table_name' ) ),
			'rows'   => (int) round( $t ? ( $t['r_rows'] ?? 0 ) * ( $t['r_loops'] ?? 1 ) * ( $t['r_filtered'] ?? 100 ) / 100 : 0 ),
		);
	}
	foreach ( $node as $child ) {
		$out = array_merge( $out, storedesk_panel_sorts( $child ) );
	}
	return $out;
}

/**
 * The tables read under a node, outside its subqueries unless asked.
 *
 * @param array $node       Part of the tree.
 * @param bool  $subqueries Whether to go into subqueries.
 * @return array[]
 */
function storedesk_panel_tables( array $node, bool $subqueries = false ): array {
	$out = isset( $node['table'] ) ? array( $node['table'] ) : array();
	foreach ( $node as $key => $child ) {
		if ( is_array( $child ) && ( $subqueries || 'subqueries' !== $key ) && 'table' !== $key ) {
			$out = array_merge( $out, storedesk_panel_tables( $child, $subqueries ) );
		}
	}
	return $out;
}

// Tables that grow with the store or the helpdesk.
$storedesk_big = array( $wpdb->posts, $wpdb->postmeta, $wpdb->comments, $wpdb->commentmeta, $wpdb->users, $wpdb->usermeta );
foreach ( array( 'wc_orders', 'wc_order_addresses', 'wc_order_operational_data', 'wc_orders_meta', 'woocommerce_order_items', 'woocommerce_order_itemmeta', 'wc_order_stats', 'wc_order_product_lookup', 'wc_customer_lookup' ) as $storedesk_t ) {
	$storedesk_big[] = $wpdb->prefix . $storedesk_t;
}
foreach ( array( 'ticket_index', 'messages', 'contacts', 'contact_identities' ) as $storedesk_t ) {
	$storedesk_big[] = \Storedesk\Install\Schema::table( $storedesk_t );
}
$storedesk_distinct = array();
foreach ( $storedesk_ran as $storedesk_q ) {
	$storedesk_sql   = trim( (string) $storedesk_q[0] );
	$storedesk_shape = preg_replace( array( "/'(?:[^'\\\\]|\\\\.)*'/", '/\b\d+\b/', '/\s+/' ), array( "'?'", 'N', ' ' ), $storedesk_sql );
	$storedesk_shape = preg_replace( '/(?:\'\?\'|N)(?:\s*,\s*(?:\'\?\'|N))+/', '…', $storedesk_shape );
	if ( ! isset( $storedesk_distinct[ $storedesk_shape ] ) ) {
		$storedesk_distinct[ $storedesk_shape ] = array(
			'sql'    => $storedesk_sql,
			'times'  => 0,
			'caller' => (string) $storedesk_q[2],
		);
	}
	++$storedesk_distinct[ $storedesk_shape ]['times'];
}
$storedesk_out = array();
foreach ( $storedesk_distinct as $storedesk_shape => $storedesk_q ) {
	if ( ! preg_match( '/^\s*\(?\s*SELECT\b/i', $storedesk_q['sql'] ) ) {
		$storedesk_out[] = array(
			'query' => $storedesk_shape,
			'times' => $storedesk_q['times'],
			'write' => true,
		);
		continue;
	}
	$storedesk_plan  = (array) $wpdb->get_results( 'EXPLAIN ' . $storedesk_q['sql'], ARRAY_A );
	$storedesk_tree  = json_decode( (string) $wpdb->get_var( 'ANALYZE FORMAT=JSON ' . $storedesk_q['sql'] ), true );
	$storedesk_scans = array();
	$storedesk_read  = array();
	foreach ( storedesk_panel_tables( array( $storedesk_tree ), true ) as $storedesk_t ) {
		$storedesk_read[ $storedesk_t['table_name'] ?? '' ] = (int) round( ( $storedesk_t['r_rows'] ?? 0 ) * ( $storedesk_t['r_loops'] ?? 1 ) );
	}
	foreach ( $storedesk_plan as $storedesk_row ) {
		$storedesk_table = (string) $storedesk_row['table'];
		// EXPLAIN names aliases; map them back to tables through the SQL.
		if ( preg_match( '/(\w+)\s+(?:AS\s+)?' . preg_quote( $storedesk_table, '/' ) . '\b/i', $storedesk_q['sql'], $storedesk_m ) && in_array( $storedesk_m[1], $storedesk_big, true ) ) {
			$storedesk_table = $storedesk_m[1];
		}
		if ( in_array( $storedesk_row['type'], array( 'ALL', 'index' ), true ) && in_array( $storedesk_table, $storedesk_big, true ) ) {
			$storedesk_scans[] = $storedesk_table . ( 'index' === $storedesk_row['type'] ? ' (in index order, ' . $storedesk_row['key'] . ')' : ' (full scan)' ) . ': ' . ( $storedesk_read[ $storedesk_row['table'] ] ?? '?' ) . ' rows read';
		}
	}
	$storedesk_out[] = array(
		'query'      => $storedesk_shape,
		'times'      => $storedesk_q['times'],
		'caller'     => implode( ', ', array_slice( array_map( 'trim', explode( ',', $storedesk_q['caller'] ) ), -3 ) ),
		'full_scans' => $storedesk_scans,
		'filesorts'  => storedesk_panel_sorts( $storedesk_tree ),
		'plan'       => array_map( static fn( $r ) => array_intersect_key( $r, array_flip( array( 'table', 'type', 'key', 'rows', 'Extra' ) ) ), $storedesk_plan ),
	);
}
echo wp_json_encode(
	array(
		'ticket'   => $storedesk_ticket,
		'queries'  => $storedesk_count,
		'distinct' => count( $storedesk_out ),
		'ms_cold'  => round( $storedesk_ms, 1 ),
		'warm'     => $storedesk_count_warm,
		'ms_warm'  => round( $storedesk_ms_warm, 1 ),
		'orders'   => count( $storedesk_result['orders'] ),
		'stats'    => $storedesk_result['stats']['orders'],
		'explain'  => $storedesk_out,
	)
) . "\n";
