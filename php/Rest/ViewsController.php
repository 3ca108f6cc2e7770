<?php
/**
 * REST: /storedesk/v1/views.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Inbox\SavedViews;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The current agent's saved inbox views; nobody reads another's.
 */
class ViewsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'views';

	/**
	 * Builds the controller.
	 *
	 * @param SavedViews $views Saved views.
	 */
	public function __construct( private SavedViews $views ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/views',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => fn() => rest_ensure_response( $this->views->all( get_current_user_id() ) ),
					'permission_callback' => array( $this, 'can_access' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'save' ),
					'permission_callback' => array( $this, 'can_access' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/views/(?P<id>[a-f0-9-]{36})',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'save' ),
					'permission_callback' => array( $this, 'can_access' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete' ),
					'permission_callback' => array( $this, 'can_access' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The view schema. */
	public function get_item_schema() {
		$ctx = array( 'view', 'edit' );
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_view',
			'type'       => 'object',
			'properties' => array(
				'id'      => array( 'type' => 'string', 'readonly' => true, 'context' => $ctx ),
				'name'    => array( 'type' => 'string', 'minLength' => 1, 'maxLength' => 100, 'required' => true, 'context' => $ctx ),
				'query'   => array( 'type' => 'object', 'description' => __( 'Parameters of GET /tickets.', 'storedesk' ), 'context' => $ctx ),
				'columns' => array( 'type' => 'array', 'items' => array( 'type' => 'string', 'maxLength' => 40 ), 'maxItems' => 30, 'context' => $ctx ),
			),
		);
	}

	/**
	 * POST /views, PUT /views/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function save( $request ) {
		$user_id = get_current_user_id();
		$id      = (string) $request['id'];
		if ( '' !== $id && ! in_array( $id, wp_list_pluck( $this->views->all( $user_id ), 'id' ), true ) ) {
			return $this->missing();
		}
		$view = $this->views->save( $user_id, array( 'id' => $id ) + $request->get_params() );
		if ( is_wp_error( $view ) ) {
			return $view;
		}
		$response = rest_ensure_response( $view );
		$response->set_status( '' === $id ? 201 : 200 );
		return $response;
	}

	/**
	 * DELETE /views/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function delete( $request ) {
		return $this->views->delete( get_current_user_id(), (string) $request['id'] ) ? rest_ensure_response( array( 'deleted' => true ) ) : $this->missing();
	}

	/** 404 for a view the agent does not have. */
	private function missing(): WP_Error {
		return new WP_Error( 'storedesk_view_not_found', __( 'You have no saved view with that id.', 'storedesk' ), array( 'status' => 404 ) );
	}
}
