<?php
/**
 * Help-centre pages for tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\Tests\KnowledgeBase\KnowledgeBaseTestCase;
use WP_Query;

/**
 * Makes a query the page's main query, as WordPress does for a request,
 * and puts everything back afterwards.
 */
abstract class HelpCentreTestCase extends KnowledgeBaseTestCase {

	/** Gives the next test a fresh main query and no search words. */
	protected function tearDown(): void {
		unset( $_GET['q'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		$this->view( array() );
		wp_reset_postdata();
		parent::tearDown();
	}

	/**
	 * Runs a main query.
	 *
	 * @param array $query Query vars.
	 */
	protected function view( array $query ): WP_Query {
		$GLOBALS['wp_the_query'] = new WP_Query(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the request's main query, as WP::query_posts() sets it.
		$GLOBALS['wp_query']     = $GLOBALS['wp_the_query']; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		if ( $query ) {
			$GLOBALS['wp_query']->query( $query );
		}
		return $GLOBALS['wp_query'];
	}

	/**
	 * An article's page, in its loop, as the theme draws it.
	 *
	 * @param int $id Article.
	 */
	protected function view_article( int $id ): WP_Query {
		$query = $this->view(
			array(
				'p'         => $id,
				'post_type' => ArticlePostType::POST_TYPE,
			)
		);
		if ( $query->have_posts() ) {
			$query->the_post();
		}
		return $query;
	}

	/**
	 * A category (made when missing) and its id.
	 *
	 * @param string $name   Name.
	 * @param int    $parent Parent category.
	 * @param string $description Description.
	 */
	protected function category( string $name, int $parent = 0, string $description = '' ): int {
		$term = wp_insert_term(
			$name,
			ArticlePostType::CATEGORY,
			array(
				'parent'      => $parent,
				'description' => $description,
			)
		);
		$this->assertIsArray( $term );
		return (int) $term['term_id'];
	}

	/**
	 * Files an article under categories by id.
	 *
	 * @param int   $article Article.
	 * @param int[] $terms   Category ids.
	 */
	protected function file_under( int $article, array $terms ): void {
		wp_set_object_terms( $article, $terms, ArticlePostType::CATEGORY );
	}
}
