<?php
/**
 * REST: POST /storedesk/store/v1/help/articles/{id}/feedback.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Rest;

use Storedesk\KnowledgeBase\Feedback\ArticleFeedback;
use Storedesk\Storefront\Rest\StoreController;
use Storedesk\Storefront\Shopper;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * "Was this helpful?" from the article page's script. Anyone who may read
 * the article may answer; an article they may not read is not found. Posts
 * are counted per client by StoreRateLimits under "feedback"; a logged-in
 * caller's cookie counts only with the REST nonce, as on every route.
 */
class FeedbackController extends StoreController {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'help/articles/(?P<id>[\d]+)/feedback';

	/**
	 * Builds the controller.
	 *
	 * @param Shopper         $shopper  Unused here; the base wants it.
	 * @param ArticleFeedback $feedback The use case.
	 */
	public function __construct( Shopper $shopper, private ArticleFeedback $feedback ) {
		parent::__construct( $shopper );
	}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'args'   => array(
					'id' => array(
						'description' => __( 'Help article.', 'storedesk' ),
						'type'        => 'integer',
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'can_read_article' ),
					'args'                => rest_get_endpoint_args_for_schema( self::request_schema(), WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** What the reader sends. */
	public static function request_schema(): array {
		return array(
			'type'       => 'object',
			'properties' => array(
				'helpful' => array(
					'description' => __( 'Whether the article helped.', 'storedesk' ),
					'type'        => 'boolean',
					'required'    => true,
				),
				'comment' => array(
					'description' => __( 'Optional comment, as plain text.', 'storedesk' ),
					'type'        => 'string',
					'maxLength'   => ArticleFeedback::MAX_COMMENT,
					'default'     => '',
				),
			),
		);
	}

	/** The answer. */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_help_feedback',
			'type'       => 'object',
			'properties' => array(
				'message' => array(
					'description' => __( 'What to tell the reader.', 'storedesk' ),
					'type'        => 'string',
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * Whether the caller may read the article in the URL; a hidden or
	 * unknown one is "not found", so ids cannot be probed.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function can_read_article( $request ) {
		return ArticleFeedback::readable( (int) $request['id'] ) ? true : ArticleFeedback::not_found();
	}

	/**
	 * POST: records the answer (or changes the reader's answer of the day).
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$result = $this->feedback->give( (int) $request['id'], (bool) $request['helpful'], (string) $request['comment'] );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$response = rest_ensure_response( array( 'message' => __( 'Thanks for your feedback.', 'storedesk' ) ) );
		$response->set_status( 201 );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}
}
