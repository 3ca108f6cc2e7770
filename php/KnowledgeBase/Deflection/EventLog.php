<?php
/**
 * The self-service events table.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Deflection;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Owner of storedesk_kb_events: one row per thing a shopper did with the
 * help articles (searched, opened one, left without writing, wrote
 * anyway), keyed by a per-tab session id so reports can follow a visit
 * from its first search to its end. Rows carry no user, address or IP:
 * what was asked, not who asked.
 */
class EventLog {

	public const KINDS   = array( 'search', 'click', 'deflected', 'submitted' );
	public const SOURCES = array( 'widget', 'form', 'help' );

	/** Longest query kept, in characters: the column's width. */
	public const MAX_QUERY = 191;

	/**
	 * Stores an event; the caller has checked kind and source.
	 *
	 * @param array{kind: string, source: string, query?: string, results?: int, article_id?: int, session: string} $event Event.
	 * @param int|null                                                                                              $now   Time, for tests.
	 */
	public function record( array $event, ?int $now = null ): bool {
		global $wpdb;
		return (bool) $wpdb->insert(
			Schema::table( 'kb_events' ),
			array(
				'kind'       => $event['kind'],
				'source'     => $event['source'],
				'query'      => self::clip( (string) ( $event['query'] ?? '' ) ),
				'results'    => max( 0, min( 65535, (int) ( $event['results'] ?? 0 ) ) ),
				'article_id' => max( 0, (int) ( $event['article_id'] ?? 0 ) ),
				'session'    => $event['session'],
				'created_at' => gmdate( 'Y-m-d H:i:s', $now ?? time() ),
			),
			array( '%s', '%s', '%s', '%d', '%d', '%s', '%s' )
		);
	}

	/**
	 * A session's events, oldest first (tests, and reports that follow a visit).
	 *
	 * @param string $session Session id.
	 * @return array<int, array{kind: string, source: string, query: string, results: int, article_id: int}>
	 */
	public function of_session( string $session ): array {
		global $wpdb;
		$rows = (array) $wpdb->get_results( $wpdb->prepare( 'SELECT kind, source, query, results, article_id FROM ' . Schema::table( 'kb_events' ) . ' WHERE session = %s ORDER BY id', $session ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery
		return array_map(
			static fn( $r ) => array(
				'kind'       => (string) $r['kind'],
				'source'     => (string) $r['source'],
				'query'      => (string) $r['query'],
				'results'    => (int) $r['results'],
				'article_id' => (int) $r['article_id'],
			),
			$rows
		);
	}

	/**
	 * A query as stored: one line, trimmed, cut to the column, never in the
	 * middle of a character.
	 *
	 * @param string $query What was typed.
	 */
	public static function clip( string $query ): string {
		$query = trim( (string) preg_replace( '/\s+/u', ' ', wp_check_invalid_utf8( $query ) ) );
		return mb_substr( $query, 0, self::MAX_QUERY );
	}

	/**
	 * Whether a session id is one the storefront makes: 32 lower-case hex digits.
	 *
	 * @param mixed $session Value sent.
	 */
	public static function valid_session( $session ): bool {
		return is_string( $session ) && 1 === preg_match( '/^[0-9a-f]{32}$/', $session );
	}
}
