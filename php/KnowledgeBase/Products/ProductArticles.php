<?php
/**
 * The help articles about a product or an order's products.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Products;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\KnowledgeBase\ArticlePostType;
use WP_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Articles linked to a product, or to one of its categories or their
 * parents (an article about "Kitchen" also answers for a mug filed under
 * "Kitchen › Mugs"), in the order editors gave them (menu_order). The query
 * is a WP_Query, so ArticleAccess leaves out what the reader may not read.
 */
class ProductArticles {

	/** Most articles listed. */
	public const LIMIT = 10;

	/**
	 * Articles about one product (a variation counts as its parent).
	 *
	 * @param int $product_id Product.
	 * @return \WP_Post[]
	 */
	public function for_product( int $product_id ): array {
		return $this->linked( array( $product_id ) );
	}

	/**
	 * Articles about the products of an order, the caller having checked
	 * that the reader may see the order.
	 *
	 * @param \WC_Order $order Order.
	 * @return \WP_Post[]
	 */
	public function for_order( \WC_Order $order ): array {
		$ids = array();
		foreach ( $order->get_items() as $item ) {
			if ( $item instanceof \WC_Order_Item_Product ) {
				$ids[] = (int) $item->get_product_id();
			}
		}
		return $this->linked( $ids );
	}

	/**
	 * Articles linked to any of the products or their categories.
	 *
	 * @param int[] $products Product ids.
	 * @return \WP_Post[]
	 */
	private function linked( array $products ): array {
		$products = array_values( array_unique( array_filter( array_map( fn( $id ) => $this->parent( (int) $id ), $products ) ) ) );
		if ( ! $products || ! Store::active() ) {
			return array();
		}
		$cats = array();
		foreach ( $products as $id ) {
			foreach ( wc_get_product_term_ids( $id, 'product_cat' ) as $term ) {
				$cats = array_merge( $cats, array( (int) $term ), array_map( 'intval', get_ancestors( (int) $term, 'product_cat', 'taxonomy' ) ) );
			}
		}
		$links = array(
			'relation' => 'OR',
			array(
				'key'     => ProductLinks::PRODUCTS,
				'value'   => array_map( 'strval', $products ),
				'compare' => 'IN',
			),
		);
		if ( $cats ) {
			$links[] = array(
				'key'     => ProductLinks::CATS,
				'value'   => array_map( 'strval', array_unique( $cats ) ),
				'compare' => 'IN',
			);
		}
		$query = new WP_Query(
			array(
				'post_type'           => ArticlePostType::POST_TYPE,
				'post_status'         => 'publish',
				'meta_query'          => array( $links ), // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- exact values on our own keys.
				'orderby'             => array(
					'menu_order' => 'ASC',
					'title'      => 'ASC',
				),
				'posts_per_page'      => self::LIMIT, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- ten.
				'no_found_rows'       => true,
				'ignore_sticky_posts' => true,
			)
		);
		return array_values( array_filter( $query->posts, static fn( $p ) => $p instanceof \WP_Post ) );
	}

	/**
	 * The product an id stands for in links: a variation's parent; 0 for
	 * anything that is not a product.
	 *
	 * @param int $id Product or variation id.
	 */
	private function parent( int $id ): int {
		$product = $id > 0 && Store::active() ? wc_get_product( $id ) : null;
		if ( ! $product instanceof \WC_Product ) {
			return 0;
		}
		return $product->get_parent_id() ? (int) $product->get_parent_id() : (int) $product->get_id();
	}
}
