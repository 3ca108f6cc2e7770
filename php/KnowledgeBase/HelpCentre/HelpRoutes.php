<?php
/**
 * The help centre's own URLs.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * /help/ and /help/search/ (under the configurable base) are rewrite rules
 * to a query var of ours. Their main query is left with no conditional set
 * (not the blog's home, which themes and SEO plugins would describe as
 * such), fetches nothing, and answers 200. Category and tag pages list
 * their articles in the help centre's order. Changing the base flushes the
 * rules on the next load. The home is added to WordPress's sitemaps.
 */
class HelpRoutes {

	/** Hooks the rules and the main query. */
	public function register(): void {
		add_action( 'init', array( $this, 'add_rules' ), 20 );
		add_filter( 'query_vars', array( $this, 'query_vars' ) );
		add_filter( 'rewrite_rules_array', array( $this, 'terms_first' ) );
		add_action( 'parse_query', array( $this, 'mark' ) );
		add_filter( 'posts_pre_query', array( $this, 'skip_query' ), 10, 2 );
		add_filter( 'pre_handle_404', array( $this, 'found' ), 10, 2 );
		add_action( 'pre_get_posts', array( $this, 'order' ) );
		add_action( 'wp_sitemaps_init', array( $this, 'sitemap' ) );
		foreach ( array( 'add_option_storedesk_help_base', 'update_option_storedesk_help_base' ) as $hook ) {
			add_action( $hook, array( $this, 'flush_later' ) );
		}
	}

	/** The home and the search, before the article rule would read "search" as a slug. */
	public function add_rules(): void {
		$base = preg_quote( ArticlePostType::base(), '#' );
		add_rewrite_rule( '^' . $base . '/?$', 'index.php?' . HelpPage::VAR . '=' . HelpPage::HOME, 'top' );
		add_rewrite_rule( '^' . $base . '/search/?$', 'index.php?' . HelpPage::VAR . '=' . HelpPage::SEARCH, 'top' );
	}

	/**
	 * Category and tag rules (help/topic/…, help/tag/…) before the
	 * article's: WordPress writes the post type's rules first, and its
	 * attachment rule (help/{article}/{attachment}/) would read
	 * help/topic/shipping/ as an attachment called "shipping".
	 *
	 * @param array<string, string> $rules Rewrite rules, regex => query.
	 */
	public function terms_first( $rules ): array {
		$base  = ArticlePostType::base();
		$first = array();
		foreach ( (array) $rules as $match => $query ) {
			if ( str_starts_with( $match, $base . '/topic/' ) || str_starts_with( $match, $base . '/tag/' ) ) {
				$first[ $match ] = $query;
			}
		}
		return $first + (array) $rules;
	}

	/**
	 * Makes the query var public.
	 *
	 * @param string[] $vars Public query vars.
	 */
	public function query_vars( $vars ): array {
		return array_merge( (array) $vars, array( HelpPage::VAR ) );
	}

	/**
	 * The home and the search are no list of posts: no conditional is set.
	 *
	 * @param WP_Query $query Query.
	 */
	public function mark( $query ): void {
		if ( $this->ours( $query ) ) {
			$query->is_home = false;
		}
	}

	/**
	 * Nothing to fetch for the home and the search: their parts run their own queries.
	 *
	 * @param array|null $posts Posts, or null to run the query.
	 * @param WP_Query   $query Query.
	 */
	public function skip_query( $posts, $query ) {
		return $this->ours( $query ) ? array() : $posts;
	}

	/**
	 * The home and the search are found, though their main query has no posts.
	 *
	 * @param bool     $preempt Whether another filter answered.
	 * @param WP_Query $query   Main query.
	 */
	public function found( $preempt, $query ) {
		if ( false === $preempt && $this->ours( $query ) && in_array( $query->get( HelpPage::VAR ), array( HelpPage::HOME, HelpPage::SEARCH ), true ) ) {
			status_header( 200 );
			return true;
		}
		return $preempt;
	}

	/**
	 * A category or tag page lists its articles as an editor ordered them, then by title.
	 *
	 * @param mixed $query Query.
	 */
	public function order( $query ): void {
		if ( $query instanceof WP_Query && $query->is_main_query() && ! is_admin() && $query->is_tax( array( ArticlePostType::CATEGORY, ArticlePostType::TAG ) ) && ! $query->get( 'orderby' ) ) {
			$query->set( 'orderby', array( 'menu_order' => 'ASC', 'title' => 'ASC' ) );
		}
	}

	/**
	 * Adds the home to WordPress's sitemaps.
	 *
	 * @param \WP_Sitemaps $sitemaps Sitemaps.
	 */
	public function sitemap( $sitemaps ): void {
		$sitemaps->registry->add_provider( HelpSitemap::NAME, new HelpSitemap() );
	}

	/** A new base needs new rules; the plugin flushes them on the next init. */
	public function flush_later(): void {
		update_option( 'storedesk_flush_rewrite', 1 );
	}

	/**
	 * Whether a query is the main query of the home or the search.
	 *
	 * @param mixed $query Query.
	 */
	private function ours( $query ): bool {
		return $query instanceof WP_Query && $query->is_main_query() && '' !== (string) $query->get( HelpPage::VAR );
	}
}
