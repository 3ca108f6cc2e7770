<?php
/**
 * The articles the help centre's home puts first.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Feedback\FeedbackRepository;
use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Featured articles first, then those readers found helpful most often in
 * the last 90 days, then the editor's order: each step a WP_Query, so the
 * reader only ever gets articles they may read. The feedback ranking is the
 * same for everyone and kept for an hour.
 */
class PopularArticles {

	/** How far back "helpful" answers count, in days. */
	public const DAYS = 90;

	private const CACHE = 'storedesk_help_popular';

	/**
	 * Builds the list.
	 *
	 * @param FeedbackRepository $feedback Answers.
	 */
	public function __construct( private FeedbackRepository $feedback ) {}

	/**
	 * Up to $limit articles, featured, then most helpful, then by the editor's order.
	 *
	 * @param int $limit How many.
	 * @return \WP_Post[]
	 */
	public function get( int $limit = 8 ): array {
		$posts = $this->query(
			array(
				'meta_key'   => ArticlePostType::FEATURED, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_query_meta_key -- a handful of featured articles.
				'meta_value' => '1', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_query_meta_value
				'orderby'    => array(
					'menu_order' => 'ASC',
					'title'      => 'ASC',
				),
			),
			$limit,
			array()
		);
		// WP_Query ignores post__not_in beside post__in: the featured ones are taken out here.
		$ranked = array_values( array_diff( $this->helpful(), wp_list_pluck( $posts, 'ID' ) ) );
		if ( count( $posts ) < $limit && $ranked ) {
			$posts = array_merge( $posts, $this->query( array( 'post__in' => $ranked, 'orderby' => 'post__in' ), $limit - count( $posts ), array() ) );
		}
		if ( count( $posts ) < $limit ) {
			$posts = array_merge( $posts, $this->query( array( 'orderby' => array( 'menu_order' => 'ASC', 'title' => 'ASC' ) ), $limit - count( $posts ), wp_list_pluck( $posts, 'ID' ) ) );
		}
		return $posts;
	}

	/** Forgets the cached ranking (a test, or an owner who wants it now). */
	public function flush(): void {
		delete_transient( self::CACHE );
	}

	/**
	 * Article ids by "helpful" answers, most first.
	 *
	 * @return int[]
	 */
	private function helpful(): array {
		$ids = get_transient( self::CACHE );
		if ( ! is_array( $ids ) ) {
			$ids = $this->feedback->most_helpful( self::DAYS, 50 );
			set_transient( self::CACHE, $ids, HOUR_IN_SECONDS );
		}
		return array_map( 'intval', $ids );
	}

	/**
	 * Published articles the reader may read.
	 *
	 * @param array $args    Query arguments.
	 * @param int   $limit   How many.
	 * @param int[] $exclude Articles already listed.
	 * @return \WP_Post[]
	 */
	private function query( array $args, int $limit, array $exclude ): array {
		$query = new WP_Query(
			$args + array(
				'post_type'           => ArticlePostType::POST_TYPE,
				'post_status'         => 'publish',
				'posts_per_page'      => $limit,
				'post__not_in'        => $exclude, // phpcs:ignore WordPressVIPMinimum.Performance.WPQueryParams.PostNotIn_post__not_in -- at most the few articles already listed.
				'no_found_rows'       => true,
				'ignore_sticky_posts' => true,
			)
		);
		return $query->posts;
	}
}
