<?php
/**
 * An article in a list, as the storefront routes answer it.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Rest;

use Storedesk\KnowledgeBase\HelpCentre\Listings;
use Storedesk\KnowledgeBase\Visibility;

defined( 'ABSPATH' ) || exit;

/**
 * Title, excerpt (cut by characters, so a Thai article's is short too),
 * link and who may read it, the same for the help search and the lists of
 * a product's or an order's articles.
 */
final class ArticleSummary {

	/**
	 * The summary of an article the caller may read.
	 *
	 * @param \WP_Post $post Article.
	 */
	public static function of( \WP_Post $post ): array {
		return array(
			'id'         => $post->ID,
			'title'      => html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' ),
			'excerpt'    => Listings::excerpt( $post ),
			'url'        => (string) get_permalink( $post ),
			// Only ever one the caller may read: agents see which are internal.
			'visibility' => Visibility::of( $post->ID ),
		);
	}

	/**
	 * An answer about articles: what a logged-in customer or an agent sees
	 * differs from a visitor's, and an order's articles are its customer's,
	 * so such answers are never kept by a shared cache.
	 *
	 * @param array $data     Body.
	 * @param bool  $personal About an order, whoever asks.
	 */
	public static function answer( array $data, bool $personal = false ): \WP_REST_Response {
		$response = rest_ensure_response( $data );
		if ( $personal || is_user_logged_in() ) {
			$response->header( 'Cache-Control', 'private, no-store' );
		}
		return $response;
	}
}
