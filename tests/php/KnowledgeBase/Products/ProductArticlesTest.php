<?php
/**
 * Help articles about products and orders.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\Products;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Products\PageContext;
use Storedesk\KnowledgeBase\Products\ProductLinks;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Tests\Integrations\WooCommerce\WooCommerceTestCase;
use Storedesk\Tests\Storefront\StoreRequests;
use WP_REST_Request;

/**
 * GET /help/articles?product= lists the readable articles linked to the
 * product or to its categories (parents included) in the editors' order;
 * ?order= does so for an order's products, for its customer or a guest
 * with its key, and for nobody else; the links are meta the block editor
 * edits as arrays, for those who edit articles.
 */
class ProductArticlesTest extends WooCommerceTestCase {

	use StoreRequests;

	/** Own client address. */
	protected function setUp(): void {
		parent::setUp();
		$this->own_client();
	}

	/** Back to no page. */
	protected function tearDown(): void {
		$this->on_page( array() );
		$_GET = array();
		parent::tearDown();
	}

	/**
	 * The request's main query, as WP::query_posts() sets it.
	 *
	 * @param array $query Query vars; none for no page.
	 */
	private function on_page( array $query ): void {
		$GLOBALS['wp_the_query'] = new \WP_Query( $query ? $query : null ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the page under test.
		$GLOBALS['wp_query']     = $GLOBALS['wp_the_query']; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	}

	/**
	 * A published article linked to products and categories.
	 *
	 * @param string $title      Title.
	 * @param int[]  $products   Product ids.
	 * @param int[]  $cats       product_cat term ids.
	 * @param int    $order      menu_order.
	 * @param string $visibility Visibility.
	 */
	private function article( string $title, array $products, array $cats = array(), int $order = 0, string $visibility = Visibility::PUBLIC ): int {
		$id = wp_insert_post(
			array(
				'post_type'   => ArticlePostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => $title,
				'menu_order'  => $order,
				'meta_input'  => array( Visibility::META => $visibility ),
			)
		);
		ProductLinks::link( $id, $products, $cats );
		return $id;
	}

	/**
	 * The titles a list answers.
	 *
	 * @param array $params Query.
	 */
	private function titles( array $params ): array {
		$response = $this->store( 'GET', '/help/articles', $params );
		$this->assertStatus( 200, $response );
		return array_column( $response->get_data()['results'], 'title' );
	}

	/** Linked to the product, to its category or the category's parent: listed by menu_order; others and hidden ones not. */
	public function test_a_products_articles_come_from_it_and_its_categories(): void {
		$kitchen = wp_insert_term( 'Kitchen ' . wp_rand(), 'product_cat' )['term_id'];
		$mugs    = wp_insert_term( 'Mugs ' . wp_rand(), 'product_cat', array( 'parent' => $kitchen ) )['term_id'];
		$mug     = $this->product( 'Stoneware mug' );
		wp_set_object_terms( $mug->get_id(), array( $mugs ), 'product_cat' );
		$other = $this->product( 'Linen apron' );
		$this->article( 'Mug care', array( $mug->get_id() ), array(), 2 );
		$this->article( 'All about mugs', array(), array( $mugs ), 1 );
		$this->article( 'Kitchen returns', array(), array( $kitchen ), 3 );
		$this->article( 'Apron sizes', array( $other->get_id() ) );
		$this->article( 'Mug supplier codes', array( $mug->get_id() ), array(), 0, Visibility::INTERNAL );
		$this->article( 'Mug loyalty offer', array( $mug->get_id() ), array(), 4, Visibility::CUSTOMERS );

		$this->assertSame( array( 'All about mugs', 'Mug care', 'Kitchen returns' ), $this->titles( array( 'product' => $mug->get_id() ) ) );
		$response = $this->store( 'GET', '/help/articles', array( 'product' => $mug->get_id() ) );
		$this->assertSame( array( 'id', 'title', 'excerpt', 'url', 'visibility' ), array_keys( $response->get_data()['results'][0] ) );
		wp_set_current_user( $this->customer( 'mia' . wp_rand() . '@example.test' ) );
		$this->assertSame( array( 'All about mugs', 'Mug care', 'Kitchen returns', 'Mug loyalty offer' ), $this->titles( array( 'product' => $mug->get_id() ) ) );
		wp_set_current_user( 0 );
		$this->assertSame( array( 'Apron sizes' ), $this->titles( array( 'product' => $other->get_id() ) ) );
		$this->assertSame( array(), $this->titles( array( 'product' => $this->product( 'Plain plate' )->get_id() ) ) );

		$draft = $this->product( 'Secret prototype' );
		$draft->set_status( 'draft' );
		$draft->save();
		$this->article( 'Prototype notes', array( $draft->get_id() ) );
		$this->assertStatus( 404, $this->store( 'GET', '/help/articles', array( 'product' => $draft->get_id() ) ), 'an unpublished product' );
		$this->assertStatus( 404, $this->store( 'GET', '/help/articles', array( 'product' => 999999 ) ) );
	}

	/** An order's articles: for its customer, or a guest with its key; nobody else learns anything. */
	public function test_an_orders_articles_are_for_who_placed_it(): void {
		$tray  = $this->product( 'Walnut tray' );
		$lamp  = $this->product( 'Tungsten lamp' );
		$cora  = $this->customer( 'cora' . wp_rand() . '@example.test' );
		$order = $this->order(
			array(
				'customer_id' => $cora,
				'lines'       => array( array( $tray, 1 ), array( $lamp, 1 ) ),
			)
		);
		$this->article( 'Oil your tray', array( $tray->get_id() ), array(), 1 );
		$this->article( 'Lamp bulbs', array( $lamp->get_id() ), array(), 2 );
		$this->article( 'Unrelated', array( $this->product( 'Jug' )->get_id() ) );

		wp_set_current_user( $cora );
		$mine = $this->store( 'GET', '/help/articles', array( 'order' => $order->get_id() ) );
		$this->assertSame( array( 'Oil your tray', 'Lamp bulbs' ), array_column( $mine->get_data()['results'], 'title' ) );
		$this->assertSame( 'private, no-store', $mine->get_headers()['Cache-Control'] );

		wp_set_current_user( $this->customer( 'dev' . wp_rand() . '@example.test' ) );
		$theirs = $this->store( 'GET', '/help/articles', array( 'order' => $order->get_id() ) );
		$this->assertStatus( 404, $theirs, 'someone else’s order' );
		$this->assertSame( 'storedesk_order_not_found', $theirs->get_data()['code'] );
		$this->assertArrayNotHasKey( 'results', $theirs->get_data() );
		$this->assertStatus( 404, $this->store( 'GET', '/help/articles', array( 'order' => $order->get_id(), 'key' => $order->get_order_key() ) ), 'a key is a guest’s proof, not an account’s' );

		wp_set_current_user( 0 );
		$guest_order = $this->order( array( 'lines' => array( array( $tray, 1 ) ) ) );
		$this->assertSame( array( 'Oil your tray' ), $this->titles( array( 'order' => $guest_order->get_id(), 'key' => $guest_order->get_order_key() ) ) );
		foreach ( array( array(), array( 'key' => 'wc_order_wrong' ), array( 'key' => $order->get_order_key() ) ) as $proof ) {
			$this->assertStatus( 404, $this->store( 'GET', '/help/articles', array( 'order' => $guest_order->get_id() ) + $proof ) );
		}
	}

	/** The links are arrays of ids in wp/v2, written by whoever edits the article, and by no one else. */
	public function test_links_are_array_meta_for_article_editors(): void {
		$keys = get_registered_meta_keys( 'post', ArticlePostType::POST_TYPE );
		foreach ( array( ProductLinks::PRODUCTS, ProductLinks::CATS ) as $key ) {
			$this->assertArrayHasKey( $key, $keys );
			$this->assertFalse( $keys[ $key ]['single'] );
			$this->assertSame( 'integer', $keys[ $key ]['show_in_rest']['schema']['type'] );
		}
		$mug     = $this->product( 'Enamel mug' );
		$article = $this->article( 'Enamel chips', array() );
		$save    = function ( array $products ) use ( $article ) {
			$request = new WP_REST_Request( 'POST', '/wp/v2/storedesk-articles/' . $article );
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( array( 'meta' => array( ProductLinks::PRODUCTS => $products ) ) ) );
			return rest_do_request( $request );
		};
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$saved = $save( array( $mug->get_id() ) );
		$this->assertStatus( 200, $saved );
		$this->assertSame( array( $mug->get_id() ), $saved->get_data()['meta'][ ProductLinks::PRODUCTS ] );
		$this->assertSame( array( (string) $mug->get_id() ), get_post_meta( $article, ProductLinks::PRODUCTS ) );
		$this->assertStatus( 400, $save( array( 'mug' ) ), 'ids only' );

		wp_set_current_user( $this->customer( 'eve' . wp_rand() . '@example.test' ) );
		$this->assertContains( $save( array() )->get_status(), array( 401, 403 ) );
		$this->assertSame( array( (string) $mug->get_id() ), get_post_meta( $article, ProductLinks::PRODUCTS ) );
	}

	/** The widget learns the product of a product page, and nothing on other pages. */
	public function test_the_page_context_names_the_product_page(): void {
		$mug = $this->product( 'Speckled mug' );
		$this->on_page(
			array(
				'p'         => $mug->get_id(),
				'post_type' => 'product',
			)
		);
		$this->assertSame( array( 'product' => $mug->get_id() ), $this->service( PageContext::class )->current() );

		$this->on_page( array( 'pagename' => 'sample-page' ) );
		$this->assertNull( $this->service( PageContext::class )->current() );
	}
}
