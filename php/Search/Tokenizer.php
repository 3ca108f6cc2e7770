<?php
/**
 * Words of text, the same way for what is stored and what is searched.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

defined( 'ABSPATH' ) || exit;

/**
 * Splits text into search terms in PHP, so MariaDB and SQLite index and match
 * exactly the same terms whatever their own full-text support.
 *
 * Terms are lower-case and without accents ("Café" finds "cafe"). Scripts
 * written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese,
 * Japanese) are cut into overlapping pairs of characters, as MySQL's ngram
 * parser does: a word of any length is then found by all of its pairs.
 */
final class Tokenizer {

	/** Longest term kept; longer words are cut, at indexing and searching alike. */
	public const MAX_LENGTH = 32;

	/** Characters of the scripts that have no spaces between words. */
	private const UNSPACED = '\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Han}\p{Hiragana}\p{Katakana}';

	/**
	 * Distinct terms of a text, for the index.
	 *
	 * @param string $text Plain text.
	 * @return string[]
	 */
	public static function terms( string $text ): array {
		$terms = array();
		foreach ( self::runs( $text ) as $run ) {
			foreach ( $run[1] ? self::pairs( $run[0] ) : array( $run[0] ) as $term ) {
				$terms[ $term ] = true;
			}
		}
		return array_map( 'strval', array_keys( $terms ) );
	}

	/**
	 * What a search asks for: terms every ticket must have, and the last word
	 * as a prefix when the agent may still be typing it (results appear while
	 * typing), as in the inbox before.
	 *
	 * @param string $query What the agent typed.
	 * @return array{exact: string[], prefix: ?string}
	 */
	public static function query( string $query ): array {
		$runs   = self::runs( $query );
		$prefix = null;
		$last   = end( $runs );
		// A word followed by a space or punctuation is complete; the last one typed is not.
		if ( $last && ! preg_match( '/[^\p{L}\p{M}\p{N}]$/u', $query ) && ( ! $last[1] || 1 === mb_strlen( $last[0] ) ) ) {
			array_pop( $runs );
			$prefix = $last[0];
		}
		$exact = array();
		foreach ( $runs as $run ) {
			foreach ( $run[1] ? self::pairs( $run[0] ) : array( $run[0] ) as $term ) {
				$exact[ $term ] = true;
			}
		}
		$exact = array_map( 'strval', array_keys( $exact ) );
		if ( null !== $prefix && in_array( $prefix, $exact, true ) ) {
			$prefix = null;
		}
		return array(
			'exact'  => array_slice( $exact, 0, 12 ),
			'prefix' => $prefix,
		);
	}

	/**
	 * Word runs of a text: [run, unspaced script?]. Latin-like words need two
	 * characters or a digit, so "a" and "I" are not terms but "7" is.
	 *
	 * @param string $text Text.
	 * @return array<int, array{0: string, 1: bool}>
	 */
	public static function runs( string $text ): array {
		$text = mb_strtolower( remove_accents( $text ) );
		preg_match_all( '/([' . self::UNSPACED . ']+)|(?:(?![' . self::UNSPACED . '])[\p{L}\p{M}\p{N}])+/u', $text, $found, PREG_SET_ORDER );
		$runs = array();
		foreach ( $found as $match ) {
			$unspaced = isset( $match[1] ); // An unmatched last group is left out.
			$word     = $unspaced ? $match[0] : mb_substr( $match[0], 0, self::MAX_LENGTH );
			if ( $unspaced || mb_strlen( $word ) > 1 || preg_match( '/\p{N}/u', $word ) ) {
				$runs[] = array( $word, $unspaced );
			}
		}
		return $runs;
	}

	/**
	 * Overlapping character pairs of an unspaced run; a lone character is its own term.
	 *
	 * @param string $run Characters of an unspaced script.
	 * @return string[]
	 */
	private static function pairs( string $run ): array {
		$chars = mb_str_split( $run );
		if ( count( $chars ) < 2 ) {
			return $chars;
		}
		$pairs = array();
		for ( $i = 0, $n = count( $chars ) - 1; $i < $n; $i++ ) {
			$pairs[] = $chars[ $i ] . $chars[ $i + 1 ];
		}
		return $pairs;
	}
}
