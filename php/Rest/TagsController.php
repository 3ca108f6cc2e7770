<?php
/**
 * REST: /storedesk/v1/tags.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Install\Roles;
use Storedesk\Tickets\Tags;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Agents list and create ticket tags; tickets only take tags that exist.
 */
class TagsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tags';

	/**
	 * Builds the controller.
	 *
	 * @param Tags $tags Tags.
	 */
	public function __construct( private Tags $tags ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/tags',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => fn() => rest_ensure_response( $this->tags->all() ),
					'permission_callback' => array( $this, 'can_access' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => fn() => $this->allow( current_user_can( Roles::EDIT_TICKETS ) ),
					'args'                => array(
						'name' => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 60,
							'required'  => true,
						),
					),
				),
			)
		);
	}

	/**
	 * POST /tags: 201 for a new tag, 200 with the existing one of that name.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$tag = $this->tags->create( (string) $request['name'], $created );
		if ( is_wp_error( $tag ) ) {
			return $tag;
		}
		$response = rest_ensure_response( $tag );
		// The same name again is the same tag, not a new resource.
		$response->set_status( $created ? 201 : 200 );
		return $response;
	}
}
