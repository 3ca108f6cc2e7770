<?php
/**
 * Articles ranked for a question.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Search;

use Storedesk\Install\Schema;
use Storedesk\KnowledgeBase\Visibility;

defined( 'ABSPATH' ) || exit;

/**
 * Scores articles by the words of a question, in one query over the
 * postings of the matched terms: for each word, its best match in the
 * article (the term's weight there: title over labels over body; times
 * how sure the match is; times how rare the term is), summed, and
 * multiplied by how much of the question's weight the article answers, so
 * an article that answers the whole question beats one that repeats a
 * word, and a rare word ("rust") counts for more than a common one.
 * The same SQL on MariaDB and SQLite, so both rank alike.
 */
class ArticleSearch {

	/**
	 * Builds the search.
	 *
	 * @param ArticleMatcher $matcher Word variants.
	 * @param ArticleIndex   $index   Written first, when this request changed an article.
	 */
	public function __construct( private ArticleMatcher $matcher, private ArticleIndex $index ) {}

	/**
	 * Article ids with their scores, best first.
	 *
	 * @param string   $question     What was asked.
	 * @param string[] $visibilities What the reader may read (Visibility::readable()).
	 * @param int      $limit        How many.
	 * @return array<int, float> Article id => score.
	 */
	public function search( string $question, array $visibilities, int $limit = 10 ): array {
		global $wpdb;
		$this->index->flush();
		$words = ArticleTerms::question( $question );
		$codes = array_values( array_intersect_key( Visibility::CODES, array_flip( $visibilities ) ) );
		if ( ! $words || ! $codes ) {
			return array();
		}
		$match   = $this->matcher->variants( $words, $codes );
		$total   = max( 1, $match['total'] );
		$factors = array();
		$single  = true;
		foreach ( $match['variants'] as $i => $variants ) {
			$single = $single && count( $variants ) <= 1;
			foreach ( $variants as $term => $factor ) {
				$factors[ $term ] ??= array( $i, $factor * log( 1 + $total / max( 1, $match['df'][ $term ] ?? 1 ) ) );
			}
		}
		if ( ! $factors ) {
			return array();
		}
		// How much each word of the question counts: its surest, rarest match.
		$importance = array();
		foreach ( $factors as list( $i, $value ) ) {
			$importance[ $i ] = max( $importance[ $i ] ?? 0.0, $value );
		}
		$word  = array();
		$value = array();
		$worth = array();
		$in    = array();
		foreach ( $factors as $term => list( $i, $factor ) ) {
			$quoted  = $wpdb->prepare( '%s', $term );
			$in[]    = $quoted;
			$word[]  = "WHEN {$quoted} THEN " . (int) $i;
			$value[] = "WHEN {$quoted} THEN " . sprintf( '%.4F', $factor );
			$worth[] = "WHEN {$quoted} THEN " . sprintf( '%.4F', $importance[ $i ] );
		}
		$table = Schema::table( 'kb_terms' );
		// Per article and word, the best match; per article, their sum times the share
		// of the question's weight it answers (a rare word counts more than "order").
		$from = "FROM {$table} WHERE term IN (" . implode( ',', $in ) . ') AND visibility IN (' . implode( ',', $codes ) . ')';
		// With one match per word (exact words, Thai pairs) a word's best match is its only
		// one, and one grouping does; otherwise each word's best is taken first.
		$sql  = $single
			? 'SELECT article_id, SUM((CASE term ' . implode( ' ', $value ) . ' END) * weight) * SUM(CASE term ' . implode( ' ', $worth ) . " END) AS score {$from} GROUP BY article_id"
			: 'SELECT article_id, SUM(best) * SUM(q) AS score FROM (
			SELECT article_id, w, MAX(f * weight) AS best, MAX(q) AS q FROM (
				SELECT article_id, weight, CASE term ' . implode( ' ', $word ) . ' END AS w, CASE term ' . implode( ' ', $value ) . ' END AS f, CASE term ' . implode( ' ', $worth ) . " END AS q
				{$from}
			) x GROUP BY article_id, w
		) y GROUP BY article_id";
		$sql .= ' ORDER BY score DESC, article_id DESC LIMIT ' . max( 1, $limit );
		$out  = array();
		foreach ( (array) $wpdb->get_results( $sql ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- every value prepared or an integer.
			$out[ (int) $row->article_id ] = (float) $row->score;
		}
		return $out;
	}

}
