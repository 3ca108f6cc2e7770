<?php
/**
 * Which indexed terms a question's words may mean.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Search;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Matches each word of a question against the vocabulary, with a factor
 * for how sure the match is: the same stem (1), a longer word it starts
 * ("ship" → "shipment"), a shorter word that starts it (Turkish suffixes:
 * "siparisimi" → "siparis", "kargom" → "kargo"), or one or two letters off
 * (a typo: "pasword", "refnd"). Character pairs of unspaced scripts match
 * only exactly. One query reads the candidates with their article counts:
 * the words sharing the first letter, a few hundred rows of the
 * vocabulary's primary key.
 */
class ArticleMatcher {

	/** Candidates kept per word, best first. */
	private const PER_WORD = 6;

	/**
	 * Variants of each word, with how many readable articles have each
	 * variant and how many readable articles there are.
	 *
	 * @param array<int, array{term: string, pair: bool}> $words ArticleTerms::question().
	 * @param int[]                                       $codes Visibility codes the reader may read.
	 * @return array{variants: array<int, array<string, float>>, df: array<string, int>, total: int}
	 */
	public function variants( array $words, array $codes ): array {
		global $wpdb;
		$exact  = array( ArticleIndex::DOCUMENT );
		$ranges = array();
		foreach ( $words as $word ) {
			$term = $word['term'];
			if ( $word['pair'] || ! preg_match( '/^[a-z0-9]+$/', $term ) ) {
				$exact[] = $term;
				continue;
			}
			foreach ( self::prefixes( $term ) as $prefix ) {
				$exact[] = $prefix;
			}
			// Typos: the words that share the first letter; longer forms of a short word: its own prefix.
			$start            = strlen( $term ) >= 4 ? $term[0] : $term;
			$ranges[ $start ] = $wpdb->prepare( '(term >= %s AND term < %s)', $start, self::after( $start ) );
		}
		$where = array( 'term IN (' . implode( ',', array_map( static fn( $t ) => $wpdb->prepare( '%s', $t ), array_unique( $exact ) ) ) . ')' );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared parts and integers.
		$rows = $wpdb->get_results( 'SELECT term, SUM(df) AS df FROM ' . Schema::table( 'kb_vocab' ) . ' WHERE visibility IN (' . implode( ',', array_map( 'intval', $codes ) ) . ') AND (' . implode( ' OR ', array_merge( $where, array_values( $ranges ) ) ) . ') GROUP BY term' );
		$df   = array();
		foreach ( (array) $rows as $row ) {
			if ( (int) $row->df > 0 ) {
				$df[ (string) $row->term ] = (int) $row->df;
			}
		}
		$total = $df[ ArticleIndex::DOCUMENT ] ?? 0;
		unset( $df[ ArticleIndex::DOCUMENT ] );
		$out = array();
		foreach ( $words as $i => $word ) {
			$scores = array();
			// A word the articles have is taken as typed: "order" is no typo of "older".
			$typos = ! isset( $df[ $word['term'] ] );
			foreach ( $df as $candidate => $count ) {
				$candidate = (string) $candidate;
				$factor    = $word['pair'] ? ( $candidate === $word['term'] ? 1.0 : 0.0 ) : self::factor( $word['term'], $candidate, $typos );
				if ( $factor > 0 ) {
					$scores[ $candidate ] = $factor;
				}
			}
			arsort( $scores );
			$out[ $i ] = array_slice( $scores, 0, self::PER_WORD, true );
		}
		return array(
			'variants' => $out,
			'df'       => $df,
			'total'    => $total,
		);
	}

	/**
	 * How surely a vocabulary term means a question's word, 0 for not.
	 *
	 * @param string $word  Stemmed word of the question.
	 * @param string $term  Indexed term.
	 * @param bool   $typos Whether a term one or two letters off counts.
	 */
	public static function factor( string $word, string $term, bool $typos = true ): float {
		if ( $word === $term ) {
			return 1.0;
		}
		$wl = strlen( $word );
		$tl = strlen( $term );
		if ( $wl >= 3 && str_starts_with( $term, $word ) ) {
			return 0.5 + 0.3 * $wl / $tl;
		}
		if ( $tl >= 4 && $tl * 2 >= $wl && str_starts_with( $word, $term ) ) {
			return 0.8 * $tl / $wl;
		}
		if ( $typos && $wl >= 4 && abs( $wl - $tl ) <= 2 && preg_match( '/^[a-z0-9]+$/', $term ) ) {
			$distance = levenshtein( $word, $term );
			if ( 1 === $distance || ( 2 === $distance && $wl >= 7 ) ) {
				return 1 === $distance ? 0.6 : 0.4;
			}
		}
		return 0.0;
	}

	/**
	 * The word and its prefixes of four letters or more, longest first.
	 *
	 * @param string $word Stemmed word.
	 * @return string[]
	 */
	private static function prefixes( string $word ): array {
		$out      = array( $word );
		$shortest = max( 4, (int) ceil( strlen( $word ) / 2 ) );
		for ( $n = strlen( $word ) - 1; $n >= $shortest; $n-- ) {
			$out[] = substr( $word, 0, $n );
		}
		return $out;
	}

	/**
	 * The smallest string after every string that starts with $prefix
	 * (ASCII only, as the ranges are).
	 *
	 * @param string $prefix Prefix.
	 */
	private static function after( string $prefix ): string {
		return substr( $prefix, 0, -1 ) . chr( ord( substr( $prefix, -1 ) ) + 1 );
	}
}
