<?php
/**
 * REST: GET /storedesk/store/v1/help/search.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Rest;

use Storedesk\KnowledgeBase\Visibility;
use Storedesk\KnowledgeBase\Search\ArticleQuery;
use Storedesk\Storefront\Rest\StoreController;
use Storedesk\Storefront\Shopper;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Help articles for what a shopper (or an agent, who also sees internal
 * ones) typed, best first. Anyone may ask; each sees only what they may read.
 */
class HelpSearchController extends StoreController {

	/**
	 * Builds the controller.
	 *
	 * @param Shopper      $shopper Unused here; the base wants it.
	 * @param ArticleQuery $query   The search.
	 */
	public function __construct( Shopper $shopper, private ArticleQuery $query ) {
		parent::__construct( $shopper );
	}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/help/search',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'search' ),
					'permission_callback' => array( $this, 'anyone' ),
					'args'                => array(
						'q'        => array(
							'type'      => 'string',
							'required'  => true,
							'minLength' => 1,
							'maxLength' => 200,
						),
						'per_page' => array(
							'type'    => 'integer',
							'default' => 5,
							'minimum' => 1,
							'maximum' => 20,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** Answers are lists of articles. */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_help_results',
			'type'       => 'object',
			'properties' => array(
				'results' => array(
					'type'  => 'array',
					'items' => array(
						'type'       => 'object',
						'properties' => array(
							'id'         => array( 'type' => 'integer' ),
							'title'      => array( 'type' => 'string' ),
							'excerpt'    => array( 'type' => 'string' ),
							'url'        => array( 'type' => 'string' ),
							'visibility' => array(
								'type' => 'string',
								'enum' => array_keys( Visibility::CODES ),
							),
						),
					),
				),
			),
		);
	}

	/**
	 * The search.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function search( $request ) {
		$results = array_map( array( ArticleSummary::class, 'of' ), $this->query->find( (string) $request['q'], (int) $request['per_page'] ) );
		return ArticleSummary::answer( array( 'results' => $results ) );
	}

}
