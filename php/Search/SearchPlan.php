<?php
/**
 * How the inbox finds tickets by their words.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

use Storedesk\Install\Schema;
use Storedesk\Tickets\TagIndex;

defined( 'ABSPATH' ) || exit;

/**
 * Turns a search, with the list's other filters and tags, into conditions
 * on the inbox index (alias i), so that the work is bounded whatever the
 * number of tickets.
 *
 * Reading a list of ticket ids in key order costs a fraction of checking one
 * ticket by key, so the plan first sizes each part (each word's tickets,
 * each tag's, the filters'), each counted only up to list_limit():
 * - parts under the limit are read as lists, smallest first, and intersected
 *   here; when few tickets are left, each other part is checked on those
 *   alone, by key, and the caller sorts only the matches;
 * - when every part is common, the inbox's own sorted index drives and each
 *   ticket is checked for its words by key until the page is full, which
 *   common parts fill quickly.
 *
 * A word's prefix (the last word, while typed) stands for the words it
 * starts, looked up once, so checking a ticket is always an exact key.
 */
class SearchPlan {

	/**
	 * Candidates times parts still to check, up to which the candidates are
	 * checked by key rather than paged from the sorted index: that index,
	 * with every part common and few matches, reads until the count limit
	 * and can read the whole of a word.
	 */
	private const NARROW_BUDGET = 12000;

	/** A prefix standing for more words than this is matched as a range. */
	private const EXPAND_LIMIT = 20;

	/**
	 * Candidates that are always checked by key, however many parts are left.
	 */
	public static function in_limit(): int {
		/**
		 * Filters how many candidate tickets are always checked by key (1,000 by default).
		 *
		 * @since 0.3.0
		 * @param int $limit Ticket ids.
		 */
		return max( 1, (int) apply_filters( 'storedesk_search_in_limit', 1000 ) );
	}

	/**
	 * Parts of a search with at most this many tickets are read as lists.
	 */
	public static function list_limit(): int {
		/**
		 * Filters how many ticket ids a search reads for one word, tag or filter (10,000 by default).
		 *
		 * @since 0.3.0
		 * @param int $limit Ticket ids.
		 */
		return max( 0, (int) apply_filters( 'storedesk_search_list_limit', 10000 ) );
	}

	/**
	 * Conditions for a search, or null when no ticket can match.
	 *
	 * @param string   $query What the agent typed.
	 * @param string[] $base  The list's other conditions on i; those on status and channel keyed so.
	 * @param int[]    $tags  Tags every ticket must have: their ticket counts by term taxonomy id.
	 * @return array{ids: int[]}|array{join: string[], where: string[], tags: int[], count_from?: string, count_where?: string[]}|null
	 *         ids: few tickets, every condition checked: the matches, to be sorted and paged;
	 *         otherwise conditions beside the caller's: tags are those it must still join, as given;
	 *         count_from and count_where: the count starts from the rarest word and needs only the other words.
	 */
	public function build( string $query, array $base, array $tags ): ?array {
		$asked = Tokenizer::query( $query );
		if ( ! $asked['exact'] && null === $asked['prefix'] ) {
			return null;
		}
		if ( ! SearchIndex::ready() ) {
			return $this->documents( array_merge( $asked['exact'], (array) $asked['prefix'] ), $tags );
		}
		$words = $this->words( $asked );
		if ( null === $words ) {
			return null;
		}
		$parts = array();
		foreach ( $words as $word ) {
			$parts[] = array( 'word', $word, 'SELECT d.ticket_id AS id FROM ' . Schema::table( 'terms' ) . ' d WHERE ' . $this->has( 'd', $word ), 'd.ticket_id' );
		}
		// A tag's list carries the status and channel asked for (TagIndex), and
		// is then sized like a word's; without them, its size is its term count.
		$by_tag = TagIndex::ready() ? array_intersect_key( $base, array_flip( array( 'status', 'channel' ) ) ) : array();
		foreach ( array_keys( $tags ) as $tt ) {
			$parts[] = $by_tag
				? array( 'tag', $tt, 'SELECT i.ticket_id AS id FROM ' . Schema::table( 'ticket_tags' ) . ' i WHERE i.term_taxonomy_id = ' . (int) $tt . ' AND ' . implode( ' AND ', $by_tag ), 'i.ticket_id' )
				: array( 'tag', $tt, "SELECT object_id AS id FROM {$GLOBALS['wpdb']->term_relationships} WHERE term_taxonomy_id = " . (int) $tt, 'object_id' );
		}
		$sized = $by_tag ? $parts : array_filter( $parts, static fn( $p ) => 'word' === $p[0] );
		// Filters the tags' lists already hold need no list of their own.
		$list  = $base && ! ( $tags && count( $by_tag ) === count( $base ) ) ? 'SELECT i.ticket_id AS id FROM ' . Schema::table( 'ticket_index' ) . ' i WHERE ' . implode( ' AND ', $base ) : null;
		$guess = Lists::estimates( array_column( $sized, 2, null ) + ( $list ? array( 'base' => $list ) : array() ) );
		$sizes = $this->sizes( array_column( $sized, 2 ), $guess );
		if ( $sizes && 0 === min( $sizes ) ) {
			return null;
		}
		foreach ( $by_tag ? array() : $tags as $count ) {
			$sizes[] = max( 1, $count ); // Never "none" on a count alone: the list itself decides.
		}
		// The other filters help only beside a short list, and are read only
		// then, up to the limit, in place of a count.
		if ( $list && min( $sizes ) <= self::list_limit() ) {
			if ( null === $guess || $guess['base'] <= 2 * self::list_limit() ) {
				// Without an estimate, the read itself stops past the limit.
				$parts[] = array( 'base', null, null === $guess ? $list . ' LIMIT ' . ( self::list_limit() + 1 ) : $list, 'i.ticket_id' );
				$sizes[] = self::list_limit();
			}
		}
		asort( $sizes );
		$ids  = $this->intersect( $parts, $sizes, $list && ! in_array( 'base', array_column( $parts, 0 ), true ) ? 1 : 0 );
		$left = array_diff_key( $parts, $ids['read'] );
		if ( null !== $ids['ids'] ) {
			$rest = array();
			foreach ( array_keys( $sizes ) as $key ) {
				if ( isset( $left[ $key ] ) && 'base' !== $left[ $key ][0] ) {
					$rest[] = $left[ $key ];
				}
			}
			if ( $list && ! in_array( 'base', array_column( array_intersect_key( $parts, $ids['read'] ), 0 ), true ) ) {
				$rest[] = array( 'base', null, $list, 'i.ticket_id' );
			}
			$found = $this->narrow( $ids['ids'], $rest );
			return $found ? array( 'ids' => $found ) : null;
		}
		$probes = array();
		foreach ( $left as $key => $part ) {
			if ( 'word' === $part[0] ) {
				$probes[ $key ] = $this->probe( $part[1] );
			}
		}
		$plan = array(
			'join'  => array(),
			'where' => array_values( $probes ),
			'tags'  => array_intersect_key( $tags, array_flip( array_column( array_filter( $left, static fn( $p ) => 'tag' === $p[0] ), 1 ) ) ),
		);
		// Counting starts from the rarest word's tickets, in key order, and stops at
		// the count limit; MariaDB is told the order, SQLite finds it.
		$rarest              = array_key_first( array_filter( $sizes, static fn( $n, $k ) => 'word' === $parts[ $k ][0], ARRAY_FILTER_USE_BOTH ) );
		$plan['count_from']  = Schema::table( 'terms' ) . ' d ' . ( Schema::is_sqlite() ? 'JOIN' : 'STRAIGHT_JOIN' ) . ' ' . Schema::table( 'ticket_index' ) . ' i ON i.ticket_id = d.ticket_id AND ' . $this->has( 'd', $parts[ $rarest ][1] );
		$plan['count_where'] = array_values( array_diff_key( $probes, array( $rarest => true ) ) );
		return $plan;
	}

	/**
	 * How many tickets each word's list holds, exactly up to one past the
	 * list limit; a list the optimizer puts at over twice the limit is not
	 * counted at all.
	 *
	 * @param string[]   $sqls  SELECTs of the words' ids.
	 * @param int[]|null $guess The optimizer's estimates by the same keys, null without.
	 * @return int[]
	 */
	private function sizes( array $sqls, ?array $guess ): array {
		$cap   = self::list_limit() + 1;
		$long  = array_filter( array_intersect_key( $guess ?? array(), $sqls ), static fn( $n ) => $n > 2 * $cap );
		$exact = array_diff_key( $sqls, $long );
		return $long + ( $exact ? Lists::sizes( $exact, $cap ) : array() );
	}

	/**
	 * Reads the small parts as lists, smallest first, and intersects them,
	 * stopping when checking the rest by key costs less than reading on.
	 *
	 * @param array $parts Parts: [kind, what, SQL of its ids, its id column].
	 * @param int[] $sizes Sizes by part key, ascending, capped at list_limit() + 1.
	 * @param int   $extra Checks to make beside the parts (the filters, when they are no part).
	 * @return array{ids: int[]|null, read: array<int, true>} ids: null when the tickets are too many to check by key.
	 */
	private function intersect( array $parts, array $sizes, int $extra ): array {
		$limit = self::list_limit();
		$small = array_filter( $sizes, static fn( $n ) => $n <= $limit );
		$few   = static fn( int $n, int $read ) => $n <= self::in_limit() || $n * ( count( $parts ) - $read + $extra ) <= self::NARROW_BUDGET;
		// One list alone cannot shrink: read it only if its tickets can be checked by key.
		if ( ! $small || ( 1 === count( $small ) && ! $few( reset( $small ), 1 ) ) ) {
			return array(
				'ids'  => null,
				'read' => array(),
			);
		}
		$ids  = null;
		$read = array();
		foreach ( $small as $key => $size ) {
			if ( null !== $ids && ( count( $ids ) <= 100 || $size > 20 * count( $ids ) ) ) {
				break;
			}
			$list = Lists::read( $parts[ $key ][2] );
			if ( count( $list ) > $limit ) {
				continue; // The filters' list, cut at the limit: they are applied to the rows instead.
			}
			$ids          = null === $ids ? $list : array_intersect_key( $ids, $list );
			$read[ $key ] = true;
			if ( ! $ids ) {
				break;
			}
		}
		$ok = null !== $ids && $few( count( $ids ), count( $read ) );
		return array(
			'ids'  => $ok ? array_keys( $ids ) : null,
			'read' => $ok ? $read : array(),
		);
	}

	/**
	 * Keeps, of a few candidate tickets, those that have every remaining
	 * part: one statement per part, looking each candidate up by key, so
	 * the page is then cut from the matches alone.
	 *
	 * @param int[] $ids   Candidates, at most in_limit() or within NARROW_BUDGET.
	 * @param array $parts Parts still to check, smallest first: [kind, what, SQL of its ids, its id column].
	 * @return int[] The matches.
	 */
	private function narrow( array $ids, array $parts ): array {
		foreach ( $parts as $part ) {
			if ( ! $ids ) {
				break;
			}
			// One statement whatever the number: MariaDB turns a list of over 1,000
			// values into a table it joins by key, instead of 1,000s of ranges.
			$ids = array_keys( array_intersect_key( array_flip( $ids ), Lists::read( "{$part[2]} AND {$part[3]} IN (" . implode( ',', array_map( 'intval', $ids ) ) . ')' ) ) );
		}
		return $ids;
	}

	/**
	 * The words asked for, a prefix replaced by the words it starts; null
	 * when a prefix starts no word at all.
	 *
	 * @param array{exact: string[], prefix: ?string} $asked Tokenizer::query().
	 * @return array<int, array{terms?: string[], like?: string}>|null
	 */
	private function words( array $asked ): ?array {
		$words = array_map( static fn( $t ) => array( 'terms' => array( $t ) ), $asked['exact'] );
		if ( null !== $asked['prefix'] ) {
			$started = $this->started_by( $asked['prefix'] );
			if ( ! $started ) {
				return null;
			}
			$words[] = count( $started ) <= self::EXPAND_LIMIT ? array( 'terms' => $started ) : array( 'like' => $asked['prefix'] );
		}
		return $words;
	}

	/**
	 * The words a prefix starts, up to one past EXPAND_LIMIT, each found by
	 * one key lookup: the database would otherwise read every row of every
	 * such word to list them (MariaDB's loose index scan would jump, but its
	 * optimizer chose it at 100,000 tickets and not at a million, where
	 * listing the two words "refund" starts took 25-38 ms).
	 *
	 * @param string $prefix Start of a word.
	 * @return string[]
	 */
	private function started_by( string $prefix ): array {
		global $wpdb;
		$table = Schema::table( 'terms' );
		$like  = $wpdb->esc_like( $prefix ) . '%';
		$words = array();
		$after = '';
		for ( $n = 0; $n <= self::EXPAND_LIMIT; $n++ ) {
			$next = $wpdb->get_var( $wpdb->prepare( "SELECT term FROM {$table} WHERE term LIKE %s AND term > %s ORDER BY term LIMIT 1", $like, $after ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			if ( null === $next ) {
				break;
			}
			$words[] = (string) $next;
			$after   = (string) $next;
		}
		return $words;
	}

	/**
	 * Condition that ticket i has a word: one key lookup per term it stands
	 * for (a list of terms would read every term of the ticket instead).
	 *
	 * @param array{terms?: string[], like?: string} $word Word.
	 */
	private function probe( array $word ): string {
		global $wpdb;
		$table = Schema::table( 'terms' );
		if ( isset( $word['like'] ) ) {
			return "(SELECT 1 FROM {$table} t WHERE t.ticket_id = i.ticket_id AND " . $this->has( 't', $word ) . ' LIMIT 1) IS NOT NULL';
		}
		$each = array_map( static fn( $term ) => $wpdb->prepare( "(SELECT 1 FROM {$table} t WHERE t.term = %s AND t.ticket_id = i.ticket_id) IS NOT NULL", $term ), (array) ( $word['terms'] ?? array() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return '(' . implode( ' OR ', $each ) . ')';
	}

	/**
	 * Condition that a terms row is one of a word's.
	 *
	 * @param string                                 $alias Alias of the terms table.
	 * @param array{terms?: string[], like?: string} $word  Word.
	 */
	private function has( string $alias, array $word ): string {
		global $wpdb;
		if ( isset( $word['like'] ) ) {
			return $wpdb->prepare( "{$alias}.term LIKE %s", $wpdb->esc_like( $word['like'] ) . '%' ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		$terms = (array) ( $word['terms'] ?? array() );
		return $wpdb->prepare( "{$alias}.term IN (" . implode( ',', array_fill( 0, count( $terms ), '%s' ) ) . ')', $terms ); // phpcs:ignore WordPress.DB.PreparedSQL,WordPress.DB.PreparedSQLPlaceholders -- one placeholder per term.
	}

	/**
	 * While an upgrade is still filling the terms table, the documents are
	 * matched word by word: slower, but it finds the same tickets.
	 *
	 * @param string[] $terms Terms asked for, the prefix among them.
	 * @param int[]    $tags  Tags to join: counts by term taxonomy id.
	 * @return array{join: string[], where: string[], tags: int[]}
	 */
	private function documents( array $terms, array $tags ): array {
		global $wpdb;
		return array(
			'join'  => array( 'JOIN ' . Schema::table( 'search' ) . ' s ON s.ticket_id = i.ticket_id' ),
			'where' => array_map( static fn( $t ) => $wpdb->prepare( 's.content LIKE %s', '%' . $wpdb->esc_like( $t ) . '%' ), $terms ),
			'tags'  => $tags,
		);
	}
}
