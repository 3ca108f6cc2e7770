<?php
/**
 * REST: /storedesk/v1/me/notifications.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Notifications\Preferences;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The current agent's notification switches. There is no user in the
 * route: an agent reads and changes only their own.
 */
class NotificationPreferencesController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'me/notifications';

	/**
	 * Builds the controller.
	 *
	 * @param Preferences $preferences Agents' switches.
	 */
	public function __construct( private Preferences $preferences ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => fn() => rest_ensure_response( $this->preferences->all( get_current_user_id() ) ),
					'permission_callback' => array( $this, 'can_access' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'can_access' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** One boolean per agent notification. */
	public function get_item_schema() {
		$labels     = array(
			'new_ticket'     => __( 'Email me about new tickets (of my teams, or all when a ticket has no team).', 'storedesk' ),
			'customer_reply' => __( 'Email me when a customer replies on my tickets (or on unassigned ones I would hear about).', 'storedesk' ),
			'assignment'     => __( 'Email me when someone assigns a ticket to me.', 'storedesk' ),
			'mention'        => __( 'Email me when someone mentions me in a note.', 'storedesk' ),
		);
		$properties = array();
		foreach ( Preferences::EVENTS as $event ) {
			$properties[ $event ] = array(
				'description' => $labels[ $event ],
				'type'        => 'boolean',
				'context'     => array( 'view', 'edit' ),
			);
		}
		return $this->add_additional_fields_schema(
			array(
				'$schema'              => 'http://json-schema.org/draft-04/schema#',
				'title'                => 'storedesk_notification_preferences',
				'type'                 => 'object',
				'additionalProperties' => false,
				'properties'           => $properties,
			)
		);
	}

	/**
	 * PUT: changes the switches that were sent.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ) {
		return rest_ensure_response( $this->preferences->update( get_current_user_id(), $this->sent( $request ) ) );
	}
}
