<?php
/**
 * REST: /storedesk/v1/settings.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Settings\Settings;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Managers read and change the helpdesk settings.
 */
class SettingsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'settings';

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/settings',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => fn() => rest_ensure_response( Settings::all() ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The settings schema. */
	public function get_item_schema() {
		$properties = array_map( static fn( $p ) => $p + array( 'context' => array( 'view', 'edit' ) ), Settings::schema() );
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_settings',
			'type'       => 'object',
			'properties' => $properties,
		);
	}

	/**
	 * PATCH /settings.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ) {
		return rest_ensure_response( Settings::update( $this->sent( $request, null, false ) ) );
	}
}
