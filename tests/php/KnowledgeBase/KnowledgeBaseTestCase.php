<?php
/**
 * Help articles for tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Tests\TestCase;

/**
 * Makes published help articles through wp_insert_post(), as the editor
 * does, so they are indexed by the same hooks.
 */
abstract class KnowledgeBaseTestCase extends TestCase {

	/**
	 * A published article.
	 *
	 * @param string $title      Title.
	 * @param string $content    Body HTML.
	 * @param string $visibility Visibility.
	 * @param array  $extra      category (name), tags (names), status, slug.
	 */
	protected function article( string $title, string $content = '', string $visibility = Visibility::PUBLIC, array $extra = array() ): int {
		$id = wp_insert_post(
			array(
				'post_type'    => ArticlePostType::POST_TYPE,
				'post_status'  => $extra['status'] ?? 'publish',
				'post_title'   => $title,
				'post_name'    => $extra['slug'] ?? '',
				'post_content' => $content,
				'meta_input'   => array( Visibility::META => $visibility ),
			),
			true
		);
		$this->assertIsInt( $id );
		if ( ! empty( $extra['category'] ) ) {
			$term = term_exists( $extra['category'], ArticlePostType::CATEGORY );
			$term = $term ? $term : wp_insert_term( $extra['category'], ArticlePostType::CATEGORY );
			wp_set_object_terms( $id, array( (int) $term['term_id'] ), ArticlePostType::CATEGORY );
		}
		if ( ! empty( $extra['tags'] ) ) {
			wp_set_object_terms( $id, (array) $extra['tags'], ArticlePostType::TAG );
		}
		return $id;
	}
}
