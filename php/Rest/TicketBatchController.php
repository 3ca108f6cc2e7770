<?php
/**
 * REST: /storedesk/v1/tickets/batch.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Channels\ChannelRegistry;
use Storedesk\Tickets\TicketRepository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Changes many tickets in one request, all or none: a bulk action that
 * half-applies leaves an agent unsure which tickets changed.
 */
class TicketBatchController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets/batch';

	/**
	 * Builds the controller.
	 *
	 * @param TicketRepository  $tickets   Tickets.
	 * @param TicketPresenter   $presenter Ticket shapes.
	 * @param TicketsController $single    Single-ticket checks.
	 * @param ChannelRegistry   $channels  Channels.
	 */
	public function __construct( private TicketRepository $tickets, private TicketPresenter $presenter, private TicketsController $single, private ChannelRegistry $channels ) {}

	/** Registers the route. */
	public function register_routes() {
		$schema = TicketSchema::get( $this->channels->slugs() )['properties'];
		$tags   = $schema['tags'];
		unset( $tags['context'], $tags['description'] );
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'update_items' ),
				'permission_callback' => array( $this, 'update_items_permissions_check' ),
				'args'                => array(
					'ids'         => array(
						'description' => __( 'Tickets to change, at most 100.', 'storedesk' ),
						'type'        => 'array',
						'items'       => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'minItems'    => 1,
						'maxItems'    => 100,
						'uniqueItems' => true,
						'required'    => true,
					),
					'status'      => array_intersect_key( $schema['status'], array_flip( array( 'type', 'enum' ) ) ),
					'priority'    => array_intersect_key( $schema['priority'], array_flip( array( 'type', 'enum' ) ) ),
					'assignee'    => array_intersect_key( $schema['assignee'], array_flip( array( 'type', 'minimum' ) ) ),
					'team'        => array_intersect_key( $schema['team'], array_flip( array( 'type', 'minimum' ) ) ),
					'unread'      => array( 'type' => 'boolean' ),
					'add_tags'    => $tags,
					'remove_tags' => $tags,
				),
			)
		);
	}

	/**
	 * Every ticket must be editable by the user, or nothing happens.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_items_permissions_check( $request ) {
		foreach ( (array) $request['ids'] as $id ) {
			$allowed = $this->single->ticket_check( (int) $id, 'storedesk_edit_ticket' );
			if ( is_wp_error( $allowed ) ) {
				// A new error, not add_data(): that keeps the old data as additional_data, repeating the status.
				return new WP_Error( $allowed->get_error_code(), $allowed->get_error_message(), array_merge( (array) $allowed->get_error_data(), array( 'ticket_id' => (int) $id ) ) );
			}
		}
		return true;
	}

	/**
	 * POST /tickets/batch.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_items( $request ) {
		$changes = $this->sent( $request, array( 'status', 'priority', 'assignee', 'team', 'unread', 'add_tags', 'remove_tags' ) );
		if ( ! $changes ) {
			return new WP_Error( 'storedesk_nothing_to_change', __( 'Say what to change: status, priority, assignee, team, unread, add_tags or remove_tags.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$tickets = $this->tickets->update_many( array_map( 'intval', (array) $request['ids'] ), $changes, get_current_user_id() );
		return is_wp_error( $tickets ) ? $tickets : rest_ensure_response( array_map( fn( $t ) => $this->shape( $t, $request ), $this->presenter->present_many( $tickets ) ) );
	}
}
