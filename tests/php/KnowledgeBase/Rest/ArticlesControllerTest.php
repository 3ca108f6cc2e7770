<?php
/**
 * GET /storedesk/store/v1/help/articles/{id}.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\Rest;

use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Tests\KnowledgeBase\KnowledgeBaseTestCase;
use Storedesk\Tests\Storefront\StoreRequests;

/**
 * One article to read in the widget: rendered, without anything a post may
 * not hold, matching its schema; an article the caller may not read is not
 * found, exactly like one that does not exist.
 */
class ArticlesControllerTest extends KnowledgeBaseTestCase {

	use StoreRequests;

	/** A public article, rendered and held to what posts may contain. */
	public function test_a_public_article_is_rendered_safely(): void {
		$id       = $this->article( 'Care &amp; cleaning', "<!-- wp:paragraph -->\n<p>Wash by hand.</p>\n<!-- /wp:paragraph -->\n<script>alert(1)</script><p onclick=\"steal()\">Dry at once.</p>" );
		$response = $this->store( 'GET', '/help/articles/' . $id );
		$this->assertStatus( 200, $response );
		$data = $response->get_data();
		$this->assertSame( $id, $data['id'] );
		$this->assertSame( 'Care & cleaning', $data['title'] );
		$this->assertSame( get_permalink( $id ), $data['url'] );
		$this->assertMatchesRegularExpression( '#<p[^>]*>Wash by hand.</p>#', $data['content'] );
		$this->assertStringContainsString( 'Dry at once.', $data['content'] );
		$this->assertStringNotContainsString( '<script', $data['content'] );
		$this->assertStringNotContainsString( 'onclick', $data['content'] );
		$this->assertStringNotContainsString( 'wp:paragraph', $data['content'], 'blocks are rendered' );
		$this->assertMatchesSchema( $this->published_schema( '/storedesk/store/v1/help/articles/' . $id ), $data );
		$this->assertArrayNotHasKey( 'Cache-Control', $response->get_headers(), 'a visitor’s answer may be cached' );
	}

	/** Internal, customers-only (for a visitor), drafts, other posts and unknown ids: 404, one code. */
	public function test_articles_the_caller_may_not_read_are_not_found(): void {
		$internal  = $this->article( 'Refund override steps', '<p>Agents only.</p>', Visibility::INTERNAL );
		$customers = $this->article( 'Loyalty points', '<p>Members.</p>', Visibility::CUSTOMERS );
		$draft     = $this->article( 'Not yet', '<p>Soon.</p>', Visibility::PUBLIC, array( 'status' => 'draft' ) );
		$page      = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'About' ) );
		foreach ( array( $internal, $customers, $draft, $page, 999999 ) as $id ) {
			$response = $this->store( 'GET', '/help/articles/' . $id );
			$this->assertStatus( 404, $response, "article {$id}" );
			$this->assertSame( 'storedesk_article_not_found', $response->get_data()['code'] );
		}

		wp_set_current_user( $this->user( get_role( 'customer' ) ? 'customer' : 'subscriber' ) );
		$member = $this->store( 'GET', '/help/articles/' . $customers );
		$this->assertStatus( 200, $member, 'a logged-in customer reads customers-only articles' );
		$this->assertSame( 'private, no-store', $member->get_headers()['Cache-Control'] );
		$this->assertStatus( 404, $this->store( 'GET', '/help/articles/' . $internal ), 'internal stays internal' );

		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 200, $this->store( 'GET', '/help/articles/' . $internal ), 'agents read internal articles' );
	}

	/** The list asks about exactly one thing. */
	public function test_the_list_needs_one_product_or_one_order(): void {
		$this->assertStatus( 400, $this->store( 'GET', '/help/articles' ) );
		$this->assertSame( 'storedesk_help_articles_about', $this->store( 'GET', '/help/articles', array( 'product' => 1, 'order' => 2 ) )->get_data()['code'] );
	}
}
