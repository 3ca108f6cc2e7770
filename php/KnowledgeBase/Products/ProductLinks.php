<?php
/**
 * Help articles linked to products and product categories.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Products;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\KnowledgeBase\ArticlePostType;

defined( 'ABSPATH' ) || exit;

/**
 * Which products and product categories an article is about, on a
 * WooCommerce store. Each id is a meta row of its own (not one serialised
 * array), so "articles about product 42" is an exact match on meta_value,
 * never a LIKE over serialised text; the REST API still reads and writes
 * each as an array of ids.
 */
final class ProductLinks {

	public const PRODUCTS = 'storedesk_products';
	public const CATS     = 'storedesk_product_cats';

	/** Hooks the meta registration; nothing without WooCommerce. */
	public function register(): void {
		add_action( 'init', array( $this, 'register_meta' ), 20 );
	}

	/** Registers both keys on the article type, for the block editor's REST saves. */
	public function register_meta(): void {
		if ( ! Store::active() ) {
			return;
		}
		$labels = array(
			self::PRODUCTS => __( 'Products the article is about (ids).', 'storedesk' ),
			self::CATS     => __( 'Product categories the article is about (term ids).', 'storedesk' ),
		);
		foreach ( $labels as $key => $description ) {
			register_post_meta(
				ArticlePostType::POST_TYPE,
				$key,
				array(
					'type'              => 'integer',
					'description'       => $description,
					'single'            => false,
					'show_in_rest'      => array(
						'schema' => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
					),
					'sanitize_callback' => 'absint',
					'auth_callback'     => static fn( $allowed, $meta_key, $post_id ) => current_user_can( 'edit_post', (int) $post_id ),
				)
			);
		}
	}

	/**
	 * Links an article to products and categories, replacing what it had
	 * (seeders, tests, importers).
	 *
	 * @param int   $article  Article.
	 * @param int[] $products Product ids.
	 * @param int[] $cats     product_cat term ids.
	 */
	public static function link( int $article, array $products, array $cats = array() ): void {
		foreach ( array( self::PRODUCTS => $products, self::CATS => $cats ) as $key => $ids ) {
			delete_post_meta( $article, $key );
			foreach ( array_unique( array_filter( array_map( 'absint', $ids ) ) ) as $id ) {
				add_post_meta( $article, $key, $id );
			}
		}
	}
}
