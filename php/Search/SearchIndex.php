<?php
/**
 * Ticket full-text search.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * One search document per ticket (subject and every message's text), so a
 * search is a single FULLTEXT match joined to the inbox index by key.
 *
 * The SQLite integration has no FULLTEXT; there the match falls back to
 * LIKE per word, which is fine at the sizes such sites hold.
 */
class SearchIndex {

	/**
	 * Starts a ticket's document.
	 *
	 * @param int    $ticket_id Ticket id.
	 * @param string $subject   Ticket subject.
	 */
	public function create( int $ticket_id, string $subject ): void {
		global $wpdb;
		$wpdb->insert(
			Schema::table( 'search' ),
			array(
				'ticket_id' => $ticket_id,
				'content'   => $subject,
			)
		);
	}

	/**
	 * Replaces the subject, which starts every document.
	 *
	 * @param int    $ticket_id Ticket id.
	 * @param string $old       Previous subject.
	 * @param string $subject   New subject.
	 */
	public function rename( int $ticket_id, string $old, string $subject ): void {
		global $wpdb;
		$table   = Schema::table( 'search' );
		$content = (string) $wpdb->get_var( $wpdb->prepare( "SELECT content FROM {$table} WHERE ticket_id = %d", $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL
		$rest    = str_starts_with( $content, $old ) ? substr( $content, strlen( $old ) ) : "\n" . $content;
		$wpdb->update( $table, array( 'content' => $subject . $rest ), array( 'ticket_id' => $ticket_id ) );
	}

	/**
	 * Adds text to a ticket's document.
	 *
	 * @param int    $ticket_id Ticket id.
	 * @param string $text      Plain text.
	 */
	public function append( int $ticket_id, string $text ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'search' ) . " SET content = CONCAT(content, '\n', %s) WHERE ticket_id = %d", $text, $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Words of a query, without boolean-mode operators.
	 *
	 * @param string $query What the agent typed.
	 * @return string[]
	 */
	public static function words( string $query ): array {
		$words = preg_split( '/[^\p{L}\p{N}_@.\'-]+/u', mb_strtolower( $query ), -1, PREG_SPLIT_NO_EMPTY );
		$words = array_map( static fn( $w ) => trim( $w, ".@'-" ), (array) $words );
		return array_slice( array_values( array_filter( array_unique( $words ), static fn( $w ) => '' !== $w ) ), 0, 10 );
	}

	/**
	 * SQL condition on alias s (the search table) matching every word.
	 *
	 * With $scan, the words are matched row by row with the same semantics as
	 * the FULLTEXT query (whole words, the last one a prefix). That is the
	 * cheaper plan when other, indexed filters already narrowed the tickets to
	 * a few thousand: InnoDB's FULLTEXT first collects every matching
	 * document, which for a common word is most of the table.
	 *
	 * @param string $query What the agent typed.
	 * @param bool   $scan  Match row by row instead of through the FULLTEXT index.
	 * @return string|null Condition, or null when the query has no words.
	 */
	public function condition( string $query, bool $scan = false ): ?string {
		global $wpdb;
		$words = self::words( $query );
		if ( ! $words ) {
			return null;
		}
		if ( $scan && ! Schema::is_sqlite() ) {
			$regexps = array();
			foreach ( $words as $i => $word ) {
				$pattern   = '\\b' . preg_replace( '/[^\p{L}\p{N}_]/u', '\\\\$0', $word ) . ( count( $words ) - 1 === $i ? '' : '\\b' );
				$regexps[] = $wpdb->prepare( 's.content REGEXP %s', $pattern );
			}
			return '(' . implode( ' AND ', $regexps ) . ')';
		}
		if ( Schema::is_sqlite() ) {
			$like = array_map( static fn( $w ) => $wpdb->prepare( 's.content LIKE %s', '%' . $wpdb->esc_like( $w ) . '%' ), $words );
			return '(' . implode( ' AND ', $like ) . ')';
		}
		// Quoted words need all of their parts, the way an agent expects; the
		// last word is a prefix so results appear while typing.
		$terms = array();
		foreach ( $words as $i => $word ) {
			$word    = str_replace( '"', '', $word );
			$terms[] = preg_match( '/[^\p{L}\p{N}_]/u', $word ) ? '+"' . $word . '"' : '+' . $word . ( count( $words ) - 1 === $i ? '*' : '' );
		}
		return $wpdb->prepare( 'MATCH(s.content) AGAINST(%s IN BOOLEAN MODE)', implode( ' ', $terms ) );
	}
}
