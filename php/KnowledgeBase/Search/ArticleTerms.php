<?php
/**
 * The terms of an article and of a shopper's question.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Search;

use Storedesk\Search\Tokenizer;

defined( 'ABSPATH' ) || exit;

/**
 * Cuts text into terms the same way for articles and questions, on top of
 * the ticket search's Tokenizer (lower case, accents folded, so "sipariş"
 * and "siparis" meet; Thai and other unspaced scripts in character pairs).
 * Words are reduced to a stem by a light suffix rule ("refunded", "refunds"
 * → "refund"); what a stem cannot join (Turkish suffixes, typos) is matched
 * at search time against the vocabulary (ArticleMatcher).
 */
final class ArticleTerms {

	/** Weight of a word in the title; a body word weighs at most 22 (see body()). */
	public const TITLE = 80;

	/** Weight of a tag or category name. */
	public const LABEL = 30;

	/** BM25's term-frequency saturation and length normalisation, and a typical body's terms. */
	private const K1             = 1.2;
	private const B              = 0.75;
	private const TYPICAL_LENGTH = 150;

	/** Words that say nothing about what is asked (English and Turkish). */
	private const STOP = array( 'the', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'is', 'are', 'was', 'be', 'it', 'my', 'me', 'we', 'you', 'your', 'our', 'an', 'can', 'do', 'does', 'how', 'what', 'when', 'where', 'why', 'with', 'this', 'that', 'from', 'by', 'as', 'if', 'will', 'would', 'should', 'have', 'has', 'not', 'no', 'yes', 'so', 'up', 'get', 'bir', 've', 'ile', 'bu', 'da', 'de', 'mi', 'mu', 'ne', 'nasil', 'icin', 'ben', 'benim', 'var', 'yok', 'ki', 'gibi', 'daha', 'cok' );

	/**
	 * Weighted terms of an article (tenths, so the index keeps integers).
	 *
	 * @param string   $title  Title.
	 * @param string   $body   Plain text of the body.
	 * @param string[] $labels Category and tag names.
	 * @return array<string, int> Term => weight.
	 */
	public static function document( string $title, string $body, array $labels = array() ): array {
		$weights = array();
		foreach ( self::terms( $title ) as $term ) {
			$weights[ $term ] = self::TITLE;
		}
		foreach ( self::terms( implode( ' ', $labels ) ) as $term ) {
			$weights[ $term ] = max( $weights[ $term ] ?? 0, self::LABEL );
		}
		$terms  = self::terms( $body );
		$length = count( $terms );
		foreach ( array_count_values( $terms ) as $term => $count ) {
			$weights[ (string) $term ] = ( $weights[ (string) $term ] ?? 0 ) + self::body( $count, $length );
		}
		return $weights;
	}

	/**
	 * A body term's weight, as BM25 counts it: each repetition adds less,
	 * and a word in a long article weighs less than in a short one.
	 *
	 * @param int $count  Times in the body.
	 * @param int $length Terms in the body.
	 */
	private static function body( int $count, int $length ): int {
		$norm = self::K1 * ( 1 - self::B + self::B * $length / self::TYPICAL_LENGTH );
		return max( 1, (int) round( 10 * $count * ( self::K1 + 1 ) / ( $count + $norm ) ) );
	}

	/**
	 * What a question asks for: its words (stemmed, or a character pair of
	 * an unspaced script, which is matched only exactly), distinct, in order.
	 *
	 * @param string $question What the shopper typed.
	 * @return array<int, array{term: string, pair: bool}>
	 */
	public static function question( string $question ): array {
		$out = array();
		foreach ( Tokenizer::runs( $question ) as list( $run, $unspaced ) ) {
			foreach ( $unspaced ? self::pairs( $run ) : self::words( $run ) as $term ) {
				$out[ $term ] = array(
					'term' => $term,
					'pair' => $unspaced,
				);
			}
		}
		return array_slice( array_values( $out ), 0, 16 );
	}

	/**
	 * Every term of a text, repeated as often as it occurs.
	 *
	 * @param string $text Plain text.
	 * @return string[]
	 */
	public static function terms( string $text ): array {
		$out = array();
		foreach ( Tokenizer::runs( $text ) as list( $run, $unspaced ) ) {
			array_push( $out, ...( $unspaced ? self::pairs( $run ) : self::words( $run ) ) );
		}
		return $out;
	}

	/**
	 * Overlapping pairs of letters of an unspaced run, a letter being a
	 * grapheme: a Thai consonant with its vowel and tone marks ("ล็"), so a
	 * pair is two sounds, not a consonant and half of the next.
	 *
	 * @param string $run Characters of an unspaced script.
	 * @return string[]
	 */
	private static function pairs( string $run ): array {
		preg_match_all( '/\X/u', $run, $found );
		$letters = $found[0];
		if ( count( $letters ) < 2 ) {
			return $letters;
		}
		$pairs = array();
		for ( $i = 0, $n = count( $letters ) - 1; $i < $n; $i++ ) {
			$pairs[] = $letters[ $i ] . $letters[ $i + 1 ];
		}
		return $pairs;
	}

	/**
	 * A spaced word as terms: none for a stop word, else its stem.
	 *
	 * @param string $word Folded word.
	 * @return string[]
	 */
	private static function words( string $word ): array {
		return in_array( $word, self::STOP, true ) ? array() : array( self::stem( $word ) );
	}

	/**
	 * A light suffix rule for Latin-script words: plural, -ing, -ed, -ly, a
	 * final e and a doubled last consonant go ("shipping", "shipped",
	 * "ships" → "ship"; "changing", "change" → "chang"). Words with digits
	 * and short words stay as they are.
	 *
	 * @param string $word Folded word.
	 */
	public static function stem( string $word ): string {
		if ( strlen( $word ) < 4 || ! preg_match( '/^[a-z]+$/', $word ) ) {
			return $word;
		}
		$stem = $word;
		if ( preg_match( '/ies$/', $stem ) && strlen( $stem ) > 4 ) {
			$stem = substr( $stem, 0, -3 ) . 'y';
		} elseif ( preg_match( '/(ing|ed)$/', $stem, $m ) && strlen( $stem ) - strlen( $m[1] ) >= 3 ) {
			$stem = substr( $stem, 0, -strlen( $m[1] ) );
		} elseif ( preg_match( '/(ches|shes|sses|xes|zes)$/', $stem ) ) {
			$stem = substr( $stem, 0, -2 );
		} elseif ( str_ends_with( $stem, 's' ) && ! preg_match( '/(ss|us|is)$/', $stem ) ) {
			// "address", "status", "this" are not plurals.
			$stem = substr( $stem, 0, -1 );
		} elseif ( str_ends_with( $stem, 'ly' ) && strlen( $stem ) > 5 ) {
			$stem = substr( $stem, 0, -2 );
		}
		if ( preg_match( '/([bdfgklmnprtz])\1$/', $stem ) && strlen( $stem ) > 3 ) {
			$stem = substr( $stem, 0, -1 );
		}
		if ( str_ends_with( $stem, 'e' ) && strlen( $stem ) > 4 ) {
			$stem = substr( $stem, 0, -1 );
		}
		return $stem;
	}
}
