<?php
/**
 * Help categories as a reader sees them.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use WP_Query;
use WP_Term;

defined( 'ABSPATH' ) || exit;

/**
 * A term's own count includes articles the reader may not read, so each
 * count here is a WP_Query, which ArticleAccess narrows to the reader's
 * articles like every other list: one small COUNT per category shown.
 * Categories with nothing the reader may read are left out.
 */
class Topics {

	/**
	 * The categories under a parent (0: the top level), by name, each with its count.
	 *
	 * @param int $parent Parent term id.
	 * @return array<int, array{term: WP_Term, count: int}>
	 */
	public function children( int $parent = 0 ): array {
		$terms = get_terms(
			array(
				'taxonomy'   => ArticlePostType::CATEGORY,
				'parent'     => $parent,
				'hide_empty' => false,
				'orderby'    => 'name',
			)
		);
		$list  = array();
		foreach ( is_array( $terms ) ? $terms : array() as $term ) {
			$count = $this->count( $term );
			if ( $count > 0 ) {
				$list[] = array(
					'term'  => $term,
					'count' => $count,
				);
			}
		}
		return $list;
	}

	/**
	 * Articles the reader may read in a category and its subcategories.
	 *
	 * @param WP_Term $term Category.
	 */
	public function count( WP_Term $term ): int {
		$query = new WP_Query( $this->args( $term, true ) + array( 'posts_per_page' => 1 ) );
		return (int) $query->found_posts;
	}

	/**
	 * Articles filed directly under a category or tag, in the editor's order then by title.
	 *
	 * @param WP_Term $term  Category or tag.
	 * @param int     $limit Most articles.
	 * @return \WP_Post[]
	 */
	public function articles( WP_Term $term, int $limit = 100 ): array {
		$query = new WP_Query(
			$this->args( $term, false ) + array(
				'posts_per_page' => $limit,
				'no_found_rows'  => true,
				'orderby'        => array(
					'menu_order' => 'ASC',
					'title'      => 'ASC',
				),
			)
		);
		return $query->posts;
	}

	/**
	 * Query arguments for a term's published articles.
	 *
	 * @param WP_Term $term     Term.
	 * @param bool    $children With its subcategories' articles.
	 */
	private function args( WP_Term $term, bool $children ): array {
		return array(
			'post_type'           => ArticlePostType::POST_TYPE,
			'post_status'         => 'publish',
			'ignore_sticky_posts' => true,
			'tax_query'           => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_query_tax_query -- the term's articles, by the term index.
				array(
					'taxonomy'         => $term->taxonomy,
					'terms'            => array( $term->term_id ),
					'include_children' => $children,
				),
			),
		);
	}
}
