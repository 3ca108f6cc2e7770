<?php
/**
 * Keeps customers-only and internal articles from whoever may not read them.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase;

use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Articles are a public post type (the block editor, sitemaps and themes
 * need one), so every way WordPress lists or shows posts is narrowed here
 * to the articles the reader may see: queries of any kind (the theme's,
 * search, feeds, sitemaps, wp/v2, which all run WP_Query) get a meta
 * condition before they run and their results checked after; a single
 * article's page, its wp/v2 item, its oEmbed and its neighbours' links
 * answer as if a hidden article did not exist.
 */
final class ArticleAccess {

	/** The meta_query clause narrow() adds. */
	public const CLAUSE = 'storedesk_visibility';

	/** Hooks every way in. */
	public function register(): void {
		add_action( 'pre_get_posts', array( $this, 'narrow' ) );
		add_filter( 'the_posts', array( $this, 'drop_hidden' ), 10, 2 );
		add_filter( 'rest_request_before_callbacks', array( $this, 'rest_item' ), 10, 3 );
		add_action( 'template_redirect', array( $this, 'single' ) );
		add_filter( 'oembed_request_post_id', array( $this, 'oembed' ) );
		foreach ( array( 'previous', 'next' ) as $side ) {
			add_filter( "get_{$side}_post_where", array( $this, 'adjacent' ), 10, 5 );
		}
	}

	/**
	 * Adds "visibility is one the reader may read" to a query that can list
	 * articles, so counts and pages come out right, not only the rows.
	 *
	 * @param mixed $query Query.
	 */
	public function narrow( $query ): void {
		if ( ! $query instanceof WP_Query || ! $this->may_list_articles( $query ) || Visibility::reads_all() ) {
			return;
		}
		$meta = (array) $query->get( 'meta_query' );
		// Named, so a search ranked by our own index (readable articles only) can drop it.
		$meta[ self::CLAUSE ] = array(
			'relation' => 'OR',
			array(
				'key'     => Visibility::META,
				'value'   => Visibility::readable(),
				'compare' => 'IN',
			),
			// Any other post type in the same query has no such meta.
			array(
				'key'     => Visibility::META,
				'compare' => 'NOT EXISTS',
			),
		);
		$query->set( 'meta_query', $meta );
	}

	/**
	 * Drops hidden articles from any result, whatever built the query: the
	 * last word, for queries that skipped narrow() (suppress_filters ones
	 * run no the_posts either, and list nothing of ours we ever expose).
	 *
	 * @param mixed         $posts Found posts (an array, unless another filter broke it).
	 * @param WP_Query|null $query Query.
	 */
	public function drop_hidden( $posts, $query = null ) {
		if ( ! is_array( $posts ) || Visibility::reads_all() ) {
			return $posts;
		}
		return array_values( array_filter( $posts, static fn( $p ) => ! ( $p instanceof \WP_Post && ArticlePostType::POST_TYPE === $p->post_type ) || Visibility::can_read( $p->ID ) ) );
	}

	/**
	 * A wp/v2 request for a hidden article by id: not found, as core
	 * answers for an id that does not exist.
	 *
	 * @param mixed            $response Response so far (null to go on).
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 */
	public function rest_item( $response, $handler, $request ) {
		$controller = is_array( $handler['callback'] ?? null ) ? $handler['callback'][0] : null;
		$id         = (int) ( $request['id'] ?? 0 );
		if ( null === $response && $controller instanceof \WP_REST_Posts_Controller && $id && ArticlePostType::POST_TYPE === get_post_type( $id ) && ! Visibility::can_read( $id ) ) {
			return new \WP_Error( 'rest_post_invalid_id', __( 'Invalid post ID.', 'storedesk' ), array( 'status' => 404 ) );
		}
		return $response;
	}

	/** A hidden article's page is a 404, never its content. */
	public function single(): void {
		$post = is_singular( ArticlePostType::POST_TYPE ) ? get_queried_object() : null;
		if ( $post instanceof \WP_Post && ! Visibility::can_read( $post->ID ) ) {
			global $wp_query;
			$wp_query->set_404();
			status_header( 404 );
			nocache_headers();
		}
	}

	/**
	 * Embeds show no hidden article.
	 *
	 * @param int $post_id Post the embed asks for.
	 */
	public function oembed( $post_id ) {
		$post = get_post( (int) $post_id );
		return $post && ArticlePostType::POST_TYPE === $post->post_type && ! Visibility::can_read( $post->ID ) ? 0 : $post_id;
	}

	/**
	 * "Previous/next article" links skip hidden articles.
	 *
	 * @param string   $where          WHERE clause on posts aliased p.
	 * @param bool     $in_same_term   Unused.
	 * @param mixed    $excluded_terms Unused.
	 * @param string   $taxonomy       Unused.
	 * @param \WP_Post $post           The article shown.
	 */
	public function adjacent( $where, $in_same_term = false, $excluded_terms = '', $taxonomy = '', $post = null ) {
		if ( ! $post instanceof \WP_Post || ArticlePostType::POST_TYPE !== $post->post_type || Visibility::reads_all() ) {
			return $where;
		}
		global $wpdb;
		$hidden = array_diff( array_keys( Visibility::CODES ), Visibility::readable() );
		$list   = implode( ',', array_map( static fn( $v ) => $wpdb->prepare( '%s', $v ), $hidden ) );
		return $where . " AND p.ID NOT IN (SELECT post_id FROM {$wpdb->postmeta} WHERE meta_key = '" . Visibility::META . "' AND meta_value IN ({$list}))";
	}

	/**
	 * Whether a query may return articles: asked for by type, for any
	 * searchable type, or for a help category or tag.
	 *
	 * @param WP_Query $query Query.
	 */
	private function may_list_articles( WP_Query $query ): bool {
		$types = $query->get( 'post_type' );
		if ( in_array( $types, array( '', null ), true ) ) {
			// No type: a help category or tag page, or a search of every type. A single
			// page's query is left alone (no meta join on every page view): drop_hidden()
			// and single() answer for an article.
			return $query->is_search() || $query->is_tax( array( ArticlePostType::CATEGORY, ArticlePostType::TAG ) );
		}
		return 'any' === $types || in_array( ArticlePostType::POST_TYPE, (array) $types, true );
	}
}
