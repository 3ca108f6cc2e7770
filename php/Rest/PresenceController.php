<?php
/**
 * REST: /storedesk/v1/tickets/{id}/presence.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Inbox\Presence;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Collision detection: an agent's ticket view reports viewing or typing
 * every few seconds and learns who else is there.
 */
class PresenceController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets/(?P<ticket_id>\d+)/presence';

	/**
	 * Builds the controller.
	 *
	 * @param Presence          $presence Presence store.
	 * @param TicketsController $single   Single-ticket checks.
	 */
	public function __construct( private Presence $presence, private TicketsController $single ) {}

	/** Registers the routes. */
	public function register_routes() {
		$check = fn( $r ) => $this->single->ticket_check( (int) $r['ticket_id'], 'storedesk_view_ticket' );
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => fn( $r ) => $this->respond( $this->presence->others_in( (int) $r['ticket_id'], get_current_user_id() ) ),
					'permission_callback' => $check,
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( $r ) => $this->respond( $this->presence->touch( (int) $r['ticket_id'], get_current_user_id(), (string) $r['state'] ) ),
					'permission_callback' => $check,
					'args'                => array(
						'state' => array(
							'type'     => 'string',
							'enum'     => array( 'viewing', 'typing', 'left' ),
							'required' => true,
						),
					),
				),
			)
		);
	}

	/**
	 * Others present, with their names.
	 *
	 * @param array $others Presence entries.
	 */
	private function respond( array $others ): \WP_REST_Response {
		return rest_ensure_response(
			array_map(
				static fn( $p ) => $p + array(
					'name'   => (string) get_the_author_meta( 'display_name', $p['user_id'] ),
					'avatar' => get_avatar_url( $p['user_id'] ),
				),
				$others
			)
		);
	}
}
