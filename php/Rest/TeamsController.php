<?php
/**
 * REST: /storedesk/v1/teams.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Support\Transaction;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tickets\TicketMoves;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Agents read teams; managers create, change and delete them.
 */
class TeamsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'teams';

	/**
	 * Builds the controller.
	 *
	 * @param TeamRepository $teams Teams.
	 * @param TicketMoves    $moves Its tickets leave it.
	 */
	public function __construct( private TeamRepository $teams, private TicketMoves $moves ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/teams',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => fn() => rest_ensure_response( $this->teams->all() ),
					'permission_callback' => array( $this, 'can_access' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/teams/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The team schema. */
	public function get_item_schema() {
		$ctx = array( 'view', 'edit' );
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'storedesk_team',
				'type'       => 'object',
				'properties' => array(
					'id'          => array( 'type' => 'integer', 'readonly' => true, 'context' => $ctx ),
					'name'        => array( 'type' => 'string', 'minLength' => 1, 'maxLength' => 191, 'required' => true, 'context' => $ctx ),
					'description' => array( 'type' => 'string', 'maxLength' => 2000, 'context' => $ctx ),
					'members'     => array( 'type' => 'array', 'items' => array( 'type' => 'integer', 'minimum' => 1 ), 'context' => $ctx ),
				),
			)
		);
	}

	/**
	 * POST /teams.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$team = $this->teams->save( $this->fields( $request ) );
		if ( is_wp_error( $team ) ) {
			return $team;
		}
		$response = rest_ensure_response( $team );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * PATCH /teams/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ) {
		if ( ! $this->teams->exists( (int) $request['id'] ) ) {
			return $this->missing();
		}
		return rest_ensure_response( $this->teams->save( $this->fields( $request ), (int) $request['id'] ) );
	}

	/**
	 * DELETE /teams/{id}; its tickets stay, without a team.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function delete_item( $request ) {
		$team = $this->teams->find( (int) $request['id'] );
		if ( ! $team ) {
			return $this->missing();
		}
		$done = Transaction::run(
			function () use ( $team ) {
				// Each ticket leaves the team through the ticket repository, with its event.
				$cleared = $this->moves->clear_team( $team['id'], get_current_user_id() );
				if ( ! is_wp_error( $cleared ) ) {
					$this->teams->delete( $team['id'] );
				}
				return $cleared;
			}
		);
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		return rest_ensure_response( array( 'deleted' => true, 'previous' => $team ) );
	}

	/**
	 * Fields sent in the request.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	private function fields( $request ): array {
		return $this->sent( $request, array( 'name', 'description', 'members' ) );
	}

	/** 404 for an unknown team. */
	private function missing(): WP_Error {
		return new WP_Error( 'storedesk_team_not_found', __( 'That team does not exist.', 'storedesk' ), array( 'status' => 404 ) );
	}
}
