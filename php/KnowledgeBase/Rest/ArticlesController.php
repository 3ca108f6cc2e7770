<?php
/**
 * REST: GET /storedesk/store/v1/help/articles and /help/articles/{id}.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Rest;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Integrations\WooCommerce\Storefront\ShopperOrders;
use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Products\ProductArticles;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Storefront\Rest\StoreController;
use Storedesk\Storefront\Shopper;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * One article to read inside the widget, and the articles about a product
 * or an order's products. An article the caller may not read, and an order
 * that is not theirs, are "not found", so ids cannot be probed. The order's
 * reader is its customer, logged in, or a guest with the order's key, as
 * for "Get help with this order" (OrderHelp).
 */
class ArticlesController extends StoreController {

	/**
	 * Builds the controller.
	 *
	 * @param Shopper         $shopper  Unused here; the base wants it.
	 * @param ProductArticles $articles Articles linked to products.
	 * @param ShopperOrders   $orders   Whose orders are whose.
	 */
	public function __construct( Shopper $shopper, private ProductArticles $articles, private ShopperOrders $orders ) {
		parent::__construct( $shopper );
	}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/help/articles',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'can_list' ),
					'args'                => $this->get_collection_params(),
				),
			)
		);
		register_rest_route(
			$this->namespace,
			'/help/articles/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'can_read_article' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** What a list is about: a product, or an order (with its key, for a guest). */
	public function get_collection_params() {
		return array(
			'product' => array(
				'description' => __( 'Articles about this product.', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'order'   => array(
				'description' => __( 'Articles about the products of this order, for its customer.', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'key'     => array(
				'description' => __( 'The order key, for a guest who placed the order.', 'storedesk' ),
				'type'        => 'string',
				'maxLength'   => 100,
			),
		);
	}

	/** An article as the widget shows it. */
	public function get_item_schema() {
		$read = static fn( string $type, string $description ) => array(
			'type'        => $type,
			'description' => $description,
			'readonly'    => true,
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_help_article',
			'type'       => 'object',
			'properties' => array(
				'id'      => $read( 'integer', __( 'Article id.', 'storedesk' ) ),
				'title'   => $read( 'string', __( 'Title, as text.', 'storedesk' ) ),
				'content' => $read( 'string', __( 'Body rendered as the article page shows it, limited to the HTML posts may hold.', 'storedesk' ) ),
				'url'     => $read( 'string', __( 'The article page.', 'storedesk' ) ),
			),
		);
	}

	/**
	 * Exactly one of product and order, naming something the caller may see.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function can_list( $request ) {
		$product = (int) $request['product'];
		$order   = (int) $request['order'];
		if ( ( $product > 0 ) === ( $order > 0 ) ) {
			return new WP_Error( 'storedesk_help_articles_about', __( 'Ask for the articles about one product or one order.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( $product ) {
			return $this->visible_product( $product ) ? true : new WP_Error( 'storedesk_product_not_found', __( 'No such product.', 'storedesk' ), array( 'status' => 404 ) );
		}
		return $this->readable_order( $order, (string) $request['key'] ) ? true : new WP_Error( 'storedesk_order_not_found', __( 'No such order.', 'storedesk' ), array( 'status' => 404 ) );
	}

	/**
	 * A published article the caller may read.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function can_read_article( $request ) {
		$post = get_post( (int) $request['id'] );
		$ok   = $post && ArticlePostType::POST_TYPE === $post->post_type && 'publish' === $post->post_status && ! post_password_required( $post ) && Visibility::can_read( $post->ID );
		return $ok ? true : new WP_Error( 'storedesk_article_not_found', __( 'No such article.', 'storedesk' ), array( 'status' => 404 ) );
	}

	/**
	 * GET /help/articles?product=|order=: the linked articles, in the editors' order.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$order = $request['order'] ? Store::order( (int) $request['order'] ) : null;
		$posts = $order ? $this->articles->for_order( $order ) : $this->articles->for_product( (int) $request['product'] );
		return ArticleSummary::answer( array( 'results' => array_map( array( ArticleSummary::class, 'of' ), $posts ) ), (bool) $request['order'] );
	}

	/**
	 * GET /help/articles/{id}: the article to read in the widget.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ) {
		$post = get_post( (int) $request['id'] );
		// Blocks and shortcodes render as on the article's page; the result is held to what posts may contain.
		$previous        = $GLOBALS['post'] ?? null;
		$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the_content's filters read it.
		setup_postdata( $post );
		$content         = wp_kses_post( (string) apply_filters( 'the_content', $post->post_content ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's filter.
		$GLOBALS['post'] = $previous; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		wp_reset_postdata();
		return ArticleSummary::answer(
			array(
				'id'      => $post->ID,
				'title'   => html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' ),
				'content' => $content,
				'url'     => (string) get_permalink( $post ),
			)
		);
	}

	/**
	 * A product shoppers can see.
	 *
	 * @param int $id Product id.
	 */
	private function visible_product( int $id ): bool {
		$product = Store::active() ? wc_get_product( $id ) : null;
		return $product instanceof \WC_Product && ( 'publish' === $product->get_status() || current_user_can( 'read_product', $id ) );
	}

	/**
	 * An order the caller may see: a customer's own, or a guest's with its key.
	 *
	 * @param int    $id  Order id.
	 * @param string $key Order key, for a guest.
	 */
	private function readable_order( int $id, string $key ): bool {
		$user = get_current_user_id();
		if ( $user ) {
			return null !== $this->orders->of_customer( $id, $user );
		}
		$order = Store::order( $id );
		return $order && '' !== $key && hash_equals( (string) $order->get_order_key(), $key );
	}
}
