<?php
/**
 * Who reads which help article, on every way in.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Visibility;
use WP_Query;

/**
 * Customers-only and internal articles never reach a visitor, and internal
 * ones never a customer: through queries of any kind, search (WordPress's
 * and ours), feeds, sitemaps, wp/v2, embeds and neighbour links.
 */
class ArticleAccessTest extends KnowledgeBaseTestCase {

	/**
	 * Article ids by visibility, sharing one unusual word.
	 *
	 * @var array<string, int>
	 */
	private array $ids = array();

	/** Three articles, one of each visibility, and the sitemaps' server rebuilt for them. */
	protected function setUp(): void {
		parent::setUp();
		foreach ( array_keys( Visibility::CODES ) as $visibility ) {
			$this->ids[ $visibility ] = $this->article( "Zephyrine kettle {$visibility}", "<p>The zephyrine kettle guide for {$visibility} readers.</p>", $visibility );
		}
	}

	/** A visitor, a customer and an agent each list what they may read. */
	public function test_queries_list_only_what_the_reader_may_read(): void {
		$this->assertSame( array( $this->ids['public'] ), $this->listed() );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertEqualsCanonicalizing( array( $this->ids['public'], $this->ids['customers'] ), $this->listed() );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertEqualsCanonicalizing( array_values( $this->ids ), $this->listed() );
	}

	/** Counts and pages come from the narrowed query, not only the rows. */
	public function test_a_visitors_count_leaves_hidden_articles_out(): void {
		$query = new WP_Query(
			array(
				'post_type'      => ArticlePostType::POST_TYPE,
				'posts_per_page' => 1,
				's'              => 'zephyrine',
			)
		);
		$this->assertSame( 1, (int) $query->found_posts );
	}

	/** WordPress's own search of every type, and its feed, as a visitor. */
	public function test_site_search_and_feeds_show_no_hidden_article(): void {
		$search = new WP_Query(
			array(
				's'         => 'zephyrine',
				'post_type' => 'any',
			)
		);
		$this->assertSame( array( $this->ids['public'] ), wp_list_pluck( $search->posts, 'ID' ) );
		$feed = new WP_Query(
			array(
				'post_type' => ArticlePostType::POST_TYPE,
				'feed'      => 'rss2',
			)
		);
		$this->assertNotContains( $this->ids['internal'], wp_list_pluck( $feed->posts, 'ID' ) );
		$this->assertNotContains( $this->ids['customers'], wp_list_pluck( $feed->posts, 'ID' ) );
	}

	/** The wp/v2 list, a hidden item by id, and a search through /wp/v2/search. */
	public function test_wp_v2_shows_a_visitor_nothing_hidden(): void {
		$list = $this->rest( 'GET', '/wp/v2/storedesk-articles', array( 'search' => 'zephyrine' ) );
		$this->assertStatus( 200, $list );
		$this->assertSame( array( $this->ids['public'] ), array_column( $list->get_data(), 'id' ) );
		foreach ( array( 'internal', 'customers' ) as $hidden ) {
			$item = $this->rest( 'GET', '/wp/v2/storedesk-articles/' . $this->ids[ $hidden ] );
			$this->assertStatus( 404, $item, $hidden );
			$this->assertStringNotContainsString( 'zephyrine', strtolower( (string) wp_json_encode( $item->get_data() ) ) );
		}
		$search = $this->rest( 'GET', '/wp/v2/search', array( 'search' => 'zephyrine' ) );
		$this->assertSame( array( $this->ids['public'] ), array_column( $search->get_data(), 'id' ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 200, $this->rest( 'GET', '/wp/v2/storedesk-articles/' . $this->ids['internal'] ), 'an agent reads internal articles' );
	}

	/** Our help search, as a visitor and as an agent. */
	public function test_help_search_answers_each_reader_with_what_they_may_read(): void {
		$visitor = $this->rest( 'GET', '/storedesk/store/v1/help/search', array( 'q' => 'zephyrine kettle' ) );
		$this->assertStatus( 200, $visitor );
		$this->assertSame( array( $this->ids['public'] ), array_column( $visitor->get_data()['results'], 'id' ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$agent = $this->rest( 'GET', '/storedesk/store/v1/help/search', array( 'q' => 'zephyrine kettle' ) );
		$this->assertEqualsCanonicalizing( array_values( $this->ids ), array_column( $agent->get_data()['results'], 'id' ) );
		$this->assertSame( 'private, no-store', $agent->get_headers()['Cache-Control'] ?? '' );
	}

	/** Sitemaps list public articles only. */
	public function test_sitemaps_list_only_public_articles(): void {
		// The provider WordPress's sitemaps use (the test site is not public, so none is registered).
		$provider = new \WP_Sitemaps_Posts();
		$urls     = array_column( $provider->get_url_list( 1, ArticlePostType::POST_TYPE ), 'loc' );
		$this->assertContains( get_permalink( $this->ids['public'] ), $urls );
		$this->assertNotContains( get_permalink( $this->ids['internal'] ), $urls );
		$this->assertNotContains( get_permalink( $this->ids['customers'] ), $urls );
	}

	/** Embeds and previous/next links know no hidden article. */
	public function test_embeds_and_neighbour_links_skip_hidden_articles(): void {
		$this->assertSame( 0, apply_filters( 'oembed_request_post_id', $this->ids['internal'], get_permalink( $this->ids['internal'] ) ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		$this->assertSame( $this->ids['public'], apply_filters( 'oembed_request_post_id', $this->ids['public'], get_permalink( $this->ids['public'] ) ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		$GLOBALS['post'] = get_post( $this->ids['public'] ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the article being shown.
		$next            = get_adjacent_post( false, '', false );
		$previous        = get_adjacent_post( false, '', true );
		$this->assertNotContains( $this->ids['internal'], array( $next->ID ?? 0, $previous->ID ?? 0 ) );
		$this->assertNotContains( $this->ids['customers'], array( $next->ID ?? 0, $previous->ID ?? 0 ) );
		unset( $GLOBALS['post'] );
	}

	/** The query of a hidden article's own page finds nothing, so WordPress answers 404. */
	public function test_a_hidden_articles_page_finds_nothing_for_a_visitor(): void {
		foreach ( array( 'internal' => array(), 'customers' => array(), 'public' => array( $this->ids['public'] ) ) as $visibility => $expected ) {
			$page = new WP_Query(
				array(
					'p'         => $this->ids[ $visibility ],
					'post_type' => ArticlePostType::POST_TYPE,
				)
			);
			$this->assertSame( $expected, wp_list_pluck( $page->posts, 'ID' ), $visibility );
		}
	}

	/**
	 * Ids of the articles a plain query lists for the current user.
	 *
	 * @return int[]
	 */
	private function listed(): array {
		$query = new WP_Query(
			array(
				'post_type'      => ArticlePostType::POST_TYPE,
				'posts_per_page' => -1,
				's'              => 'zephyrine',
				'fields'         => 'ids',
			)
		);
		return array_map( 'intval', $query->posts );
	}
}
