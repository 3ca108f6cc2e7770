<?php
/**
 * REST: /storedesk/v1/agents and /me.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Inbox\LandingView;
use Storedesk\Install\Roles;
use Storedesk\Settings\Settings;
use Storedesk\Teams\TeamRepository;
use WP_REST_Request;
use WP_REST_Server;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * The people who work the helpdesk, and the one asking.
 */
class AgentsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'agents';

	/**
	 * Builds the controller.
	 *
	 * @param TeamRepository $teams    Teams.
	 * @param LandingView    $landing  Where the agent lands in the inbox.
	 */
	public function __construct( private TeamRepository $teams, private LandingView $landing ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/agents',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'can_access' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/me',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_me' ),
					'permission_callback' => array( $this, 'can_access' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_me' ),
					'permission_callback' => array( $this, 'can_access' ),
					'args'                => array(
						'inbox_view' => array(
							'description' => __( 'The inbox view to land on from now on.', 'storedesk' ),
							'type'        => 'string',
							'pattern'     => LandingView::PATTERN,
							'required'    => true,
						),
					),
				),
			)
		);
	}

	/**
	 * GET /agents: everyone with helpdesk access.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$users = get_users(
			array(
				'capability' => Roles::ACCESS,
				'orderby'    => 'display_name',
				'number'     => 500,
			)
		);
		$teams = array();
		foreach ( $this->teams->all() as $team ) {
			foreach ( $team['members'] as $user_id ) {
				$teams[ $user_id ][] = $team['id'];
			}
		}
		return rest_ensure_response( array_map( fn( WP_User $u ) => $this->agent( $u, $teams[ $u->ID ] ?? array() ), $users ) );
	}

	/**
	 * GET /me: who is asking, what they may do and how the desk is set up.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_me( $request ) {
		$user = wp_get_current_user();
		$caps = array();
		foreach ( Roles::manager_caps() as $cap ) {
			$caps[ $cap ] = current_user_can( $cap );
		}
		return rest_ensure_response(
			$this->agent( $user, $this->teams->teams_of( $user->ID ) ) + array(
				'capabilities' => $caps,
				'agent_scope'  => Settings::get( 'agent_scope' ),
				'woocommerce'  => class_exists( 'WooCommerce' ),
				'inbox_view'   => $this->landing->for_user( $user->ID ),
				'count_limit'  => \Storedesk\Tickets\TicketQuery::count_limit(),
			)
		);
	}

	/**
	 * PATCH /me: remembers the inbox view the agent picked.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_me( $request ) {
		$this->landing->choose( get_current_user_id(), (string) $request['inbox_view'] );
		return $this->get_me( $request );
	}

	/**
	 * API shape of an agent.
	 *
	 * @param WP_User $user  User.
	 * @param int[]   $teams Team ids.
	 */
	private function agent( WP_User $user, array $teams ): array {
		return array(
			'id'     => $user->ID,
			'name'   => $user->display_name,
			// Mentions in notes are written @login (see Inbox\Mentions).
			'login'  => $user->user_login,
			'email'  => $user->user_email,
			'avatar' => get_avatar_url( $user->ID ),
			'roles'  => array_values( $user->roles ),
			'teams'  => $teams,
		);
	}
}
