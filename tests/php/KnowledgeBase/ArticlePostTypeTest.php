<?php
/**
 * Help articles' own rules.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase;

/**
 * The help centre's own paths (/help/search/, /help/topic/, /help/tag/)
 * are never an article's address.
 */
class ArticlePostTypeTest extends KnowledgeBaseTestCase {

	/** An article called "Search" gets search-2, then search-3; other slugs stay. */
	public function test_reserved_paths_are_not_article_slugs(): void {
		$first  = $this->article( 'Search', '<p>How our search works.</p>' );
		$second = $this->article( 'Search', '<p>Again.</p>' );
		$tag    = $this->article( 'Tag', '', 'public', array( 'slug' => 'tag' ) );
		$plain  = $this->article( 'Searching tips' );
		$this->assertSame( 'search-2', get_post_field( 'post_name', $first ) );
		$this->assertSame( 'search-3', get_post_field( 'post_name', $second ) );
		$this->assertSame( 'tag-2', get_post_field( 'post_name', $tag ) );
		$this->assertSame( 'searching-tips', get_post_field( 'post_name', $plain ) );
	}
}
