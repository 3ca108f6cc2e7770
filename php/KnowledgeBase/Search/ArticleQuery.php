<?php
/**
 * Ranked article search inside WP_Query.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Search;

use Storedesk\KnowledgeBase\ArticleAccess;
use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Visibility;
use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Every article search is a WP_Query with the query var below: ours turns
 * its words into the ranked ids of ArticleSearch before it runs, so the
 * rest (visibility, status, language plugins' filters, caching) is
 * WordPress's. A site with ElasticPress keeps its engine: a query it
 * integrates (ep_integrate) is left for it, and storedesk_help_search_engine
 * can hand over any other.
 */
final class ArticleQuery {

	/** Query var that asks for a ranked help search. */
	public const VAR = 'storedesk_help_search';

	/** Most articles a search ranks. */
	public const MAX = 50;

	/**
	 * Builds the hook.
	 *
	 * @param ArticleSearch $search Ranking.
	 */
	public function __construct( private ArticleSearch $search ) {}

	/** Hooks in after ArticleAccess has narrowed the query. */
	public function register(): void {
		add_action( 'pre_get_posts', array( $this, 'rank' ), 20 );
	}

	/**
	 * Articles for a question, best first, that the current user may read.
	 *
	 * @param string $question What was asked.
	 * @param int    $limit    How many.
	 * @return \WP_Post[]
	 */
	public function find( string $question, int $limit = 5 ): array {
		$query = new WP_Query(
			array(
				'post_type'              => ArticlePostType::POST_TYPE,
				'post_status'            => 'publish',
				's'                      => $question,
				self::VAR                => true,
				'posts_per_page'         => max( 1, min( self::MAX, $limit ) ), // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- at most MAX (50).
				'no_found_rows'          => true,
				'ignore_sticky_posts'    => true,
				// Results show no categories or tags; their visibility check reads the meta cache.
				'update_post_term_cache' => false,
			)
		);
		return array_values( array_filter( $query->posts, static fn( $p ) => $p instanceof \WP_Post ) );
	}

	/**
	 * Replaces WordPress's LIKE search with the ranked ids.
	 *
	 * @param mixed $query Query.
	 */
	public function rank( $query ): void {
		if ( ! $query instanceof WP_Query || ! $query->get( self::VAR ) || '' === trim( (string) $query->get( 's' ) ) ) {
			return;
		}
		/**
		 * Filters which engine answers a help search: 'native' (Storedesk's
		 * index), or anything else to leave the query's `s` to another
		 * plugin such as ElasticPress.
		 *
		 * @since 0.15.0
		 * @param string   $engine 'native', or 'external' for a query ElasticPress integrates.
		 * @param WP_Query $query  The search.
		 */
		if ( 'native' !== apply_filters( 'storedesk_help_search_engine', $query->get( 'ep_integrate' ) ? 'external' : 'native', $query ) ) {
			return;
		}
		$scores = $this->search->search( (string) $query->get( 's' ), Visibility::readable(), self::MAX );
		// The ids are the readable articles only: the visibility join ArticleAccess added is
		// not needed (its result check still runs).
		$meta = (array) $query->get( 'meta_query' );
		unset( $meta[ ArticleAccess::CLAUSE ] );
		$query->set( 'meta_query', $meta );
		$query->set( 's', '' );
		$query->set( 'post__in', $scores ? array_keys( $scores ) : array( 0 ) );
		$query->set( 'orderby', 'post__in' );
	}
}
