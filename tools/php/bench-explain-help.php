<?php
/**
 * Query-plan check of the help search (GET /storedesk/store/v1/help/search):
 * runs ArticleQuery::find() as a visitor for each question of the labelled
 * set with SAVEQUERIES on, then EXPLAINs every SELECT it made. Prints JSON:
 * the queries per search, and per distinct query (values folded) its plan
 * and any large table read in full (type ALL) or through a whole index
 * (type index). Ranking sorts the articles that match, by score: its sorts
 * are reported with their rows, not failed.
 *
 * Usage: STOREDESK_SITE=DIR php bench-explain-help.php
 *
 * @package Storedesk
 */

// phpcs:disable WordPress.DB.PreparedSQL, WordPress.Security.EscapeOutput, WordPress.WP.AlternativeFunctions -- EXPLAIN of queries the search made; a CLI script.

define( 'SAVEQUERIES', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own switch.
require __DIR__ . '/load-wp.php';

use Storedesk\Install\Schema;
use Storedesk\KnowledgeBase\Search\ArticleQuery;
use Storedesk\Plugin;

global $wpdb;
wp_set_current_user( 0 );
$storedesk_questions = array_column( json_decode( (string) file_get_contents( dirname( __DIR__, 2 ) . '/tests/fixtures/kb/questions.json' ), true ), 'q' );
$storedesk_big       = array( $wpdb->posts, $wpdb->postmeta, $wpdb->term_relationships, Schema::table( 'kb_terms' ), Schema::table( 'kb_vocab' ) );
$storedesk_distinct  = array();
$storedesk_counts    = array();
foreach ( $storedesk_questions as $storedesk_q ) {
	$wpdb->queries = array();
	Plugin::container()->get( ArticleQuery::class )->find( $storedesk_q, 5 );
	$storedesk_counts[] = count( $wpdb->queries );
	foreach ( $wpdb->queries as $storedesk_ran ) {
		$storedesk_shape = preg_replace( array( '/\bIN\s*\([^)]*\)/i', "/'(?:[^'\\\\]|\\\\.)*'/", '/\b\d+(\.\d+)?\b/', '/\s+/' ), array( 'IN (…)', '?', 'N', ' ' ), $storedesk_ran[0] );
		if ( preg_match( '/^\s*SELECT/i', $storedesk_ran[0] ) && ! isset( $storedesk_distinct[ $storedesk_shape ] ) ) {
			$storedesk_distinct[ $storedesk_shape ] = $storedesk_ran[0];
		}
	}
}
$storedesk_out = array();
foreach ( $storedesk_distinct as $storedesk_shape => $storedesk_sql ) {
	$storedesk_plan  = (array) $wpdb->get_results( 'EXPLAIN ' . $storedesk_sql, ARRAY_A );
	$storedesk_scans = array();
	foreach ( $storedesk_plan as $storedesk_row ) {
		$storedesk_table = (string) $storedesk_row['table'];
		if ( preg_match( '/(\w+)\s+(?:AS\s+)?' . preg_quote( $storedesk_table, '/' ) . '\b/i', $storedesk_sql, $storedesk_m ) && in_array( $storedesk_m[1], $storedesk_big, true ) ) {
			$storedesk_table = $storedesk_m[1];
		}
		if ( in_array( $storedesk_row['type'], array( 'ALL', 'index' ), true ) && in_array( $storedesk_table, $storedesk_big, true ) ) {
			$storedesk_scans[] = $storedesk_table . ' (' . $storedesk_row['type'] . ', ' . $storedesk_row['rows'] . ' rows)';
		}
	}
	$storedesk_out[] = array(
		'query'      => substr( $storedesk_shape, 0, 300 ),
		'full_scans' => $storedesk_scans,
		'plan'       => array_map( static fn( $r ) => array_intersect_key( $r, array_flip( array( 'table', 'type', 'key', 'rows', 'Extra' ) ) ), $storedesk_plan ),
	);
}
sort( $storedesk_counts );
echo wp_json_encode(
	array(
		'questions'      => count( $storedesk_questions ),
		'queries_median' => $storedesk_counts[ intdiv( count( $storedesk_counts ), 2 ) ] ?? 0,
		'explain'        => $storedesk_out,
	)
) . "\n";
