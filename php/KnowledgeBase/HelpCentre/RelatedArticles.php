<?php
/**
 * Articles about the same thing as the one being read.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use WP_Post;
use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Candidates share a category or a tag with the article (one WP_Query, so
 * ArticleAccess keeps hidden ones from the reader); they rank by what they
 * share, a category counting twice a tag, then by the editor's order.
 */
class RelatedArticles {

	/** Candidates ranked, at most. */
	private const CANDIDATES = 20;

	/**
	 * Up to $limit related articles the reader may read.
	 *
	 * @param WP_Post $post  Article.
	 * @param int     $limit How many.
	 * @return WP_Post[]
	 */
	public function for_article( WP_Post $post, int $limit = 4 ): array {
		$mine = $this->terms( $post );
		if ( ! array_filter( $mine ) ) {
			return array();
		}
		$tax = array( 'relation' => 'OR' );
		foreach ( $mine as $taxonomy => $ids ) {
			if ( $ids ) {
				$tax[] = array(
					'taxonomy'         => $taxonomy,
					'terms'            => $ids,
					'include_children' => false,
				);
			}
		}
		$query  = new WP_Query(
			array(
				'post_type'           => ArticlePostType::POST_TYPE,
				'post_status'         => 'publish',
				'post__not_in'        => array( $post->ID ), // phpcs:ignore WordPressVIPMinimum.Performance.WPQueryParams.PostNotIn_post__not_in -- one id.
				'tax_query'           => $tax, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_query_tax_query -- by the term index.
				'posts_per_page'      => self::CANDIDATES, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- 20.
				'no_found_rows'       => true,
				'ignore_sticky_posts' => true,
				'orderby'             => array(
					'menu_order' => 'ASC',
					'title'      => 'ASC',
				),
			)
		);
		$scores = array();
		foreach ( $query->posts as $rank => $candidate ) {
			$theirs                   = $this->terms( $candidate );
			$shared                   = 2 * count( array_intersect( $mine[ ArticlePostType::CATEGORY ], $theirs[ ArticlePostType::CATEGORY ] ) ) + count( array_intersect( $mine[ ArticlePostType::TAG ], $theirs[ ArticlePostType::TAG ] ) );
			$scores[ $candidate->ID ] = array( -$shared, $rank );
		}
		asort( $scores );
		$by_id = array_column( $query->posts, null, 'ID' );
		return array_map( static fn( $id ) => $by_id[ $id ], array_slice( array_keys( $scores ), 0, $limit ) );
	}

	/**
	 * An article's category and tag ids (from the term cache the query primed).
	 *
	 * @param WP_Post $post Article.
	 * @return array<string, int[]>
	 */
	private function terms( WP_Post $post ): array {
		$ids = array();
		foreach ( array( ArticlePostType::CATEGORY, ArticlePostType::TAG ) as $taxonomy ) {
			$terms            = get_the_terms( $post, $taxonomy );
			$ids[ $taxonomy ] = is_array( $terms ) ? array_map( 'intval', wp_list_pluck( $terms, 'term_id' ) ) : array();
		}
		return $ids;
	}
}
