<?php
/**
 * Articles ranked for a question.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Search;

use Storedesk\Install\Schema;
use Storedesk\KnowledgeBase\ArticlePostType;
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
		$factors = array();
		foreach ( $this->matcher->variants( $words ) as $i => $variants ) {
			foreach ( $variants as $term => $factor ) {
				$factors[ $term ] ??= array( $i, $factor );
			}
		}
		if ( ! $factors ) {
			return array();
		}
		$idf = $this->idf( array_keys( $factors ), $codes );
		// How much each word of the question counts: its surest, rarest match.
		$importance = array();
		foreach ( $factors as $term => list( $i, $factor ) ) {
			$importance[ $i ] = max( $importance[ $i ] ?? 0.0, $factor * ( $idf[ $term ] ?? 0.0 ) );
		}
		$word  = array();
		$value = array();
		$worth = array();
		$in    = array();
		foreach ( $factors as $term => list( $i, $factor ) ) {
			$quoted  = $wpdb->prepare( '%s', $term );
			$in[]    = $quoted;
			$word[]  = "WHEN {$quoted} THEN " . (int) $i;
			$value[] = "WHEN {$quoted} THEN " . sprintf( '%.4F', $factor * ( $idf[ $term ] ?? 0.0 ) );
			$worth[] = "WHEN {$quoted} THEN " . sprintf( '%.4F', $importance[ $i ] );
		}
		$table = Schema::table( 'kb_terms' );
		// Per article and word, the best match; per article, their sum times the share
		// of the question's weight it answers (a rare word counts more than "order").
		$sql = 'SELECT article_id, SUM(best) * SUM(q) AS score FROM (
			SELECT article_id, w, MAX(f * weight) AS best, MAX(q) AS q FROM (
				SELECT article_id, weight, CASE term ' . implode( ' ', $word ) . ' END AS w, CASE term ' . implode( ' ', $value ) . ' END AS f, CASE term ' . implode( ' ', $worth ) . " END AS q
				FROM {$table} WHERE term IN (" . implode( ',', $in ) . ') AND visibility IN (' . implode( ',', $codes ) . ')
			) x GROUP BY article_id, w
		) y GROUP BY article_id ORDER BY score DESC, article_id DESC LIMIT ' . max( 1, $limit );
		$out = array();
		foreach ( (array) $wpdb->get_results( $sql ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- every value prepared or an integer.
			$out[ (int) $row->article_id ] = (float) $row->score;
		}
		return $out;
	}

	/**
	 * How rare each term is among the articles: ln(1 + N / df).
	 *
	 * @param string[] $terms Terms.
	 * @param int[]    $codes Visibility codes searched.
	 * @return array<string, float>
	 */
	private function idf( array $terms, array $codes ): array {
		global $wpdb;
		$list = implode( ',', array_map( static fn( $t ) => $wpdb->prepare( '%s', $t ), $terms ) );
		// phpcs:ignore WordPress.DB.PreparedSQL -- prepared terms and integers.
		$rows  = $wpdb->get_results( 'SELECT term, COUNT(*) AS df FROM ' . Schema::table( 'kb_terms' ) . " WHERE term IN ({$list}) AND visibility IN (" . implode( ',', $codes ) . ') GROUP BY term' );
		$count = wp_count_posts( ArticlePostType::POST_TYPE );
		$total = max( 1, (int) ( $count->publish ?? 0 ) );
		$out   = array();
		foreach ( (array) $rows as $row ) {
			$out[ (string) $row->term ] = log( 1 + $total / max( 1, (int) $row->df ) );
		}
		return $out;
	}
}
