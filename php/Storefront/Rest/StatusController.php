<?php
/**
 * REST: /storedesk/store/v1/tickets/{id}/close and /reopen.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Storefront\Shopper;
use Storedesk\Storefront\ShopperTickets;
use Storedesk\Tickets\TicketRepository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The shopper closes a request they no longer need, or reopens one.
 */
class StatusController extends StoreController {

	/**
	 * Builds the controller.
	 *
	 * @param Shopper          $shopper Ownership.
	 * @param ShopperTickets   $read    Shopper views.
	 * @param TicketRepository $tickets Tickets.
	 */
	public function __construct( Shopper $shopper, private ShopperTickets $read, private TicketRepository $tickets ) {
		parent::__construct( $shopper );
	}

	/** Registers the routes. */
	public function register_routes() {
		foreach ( array( 'close', 'reopen' ) as $action ) {
			register_rest_route(
				$this->namespace,
				'/tickets/(?P<id>\d+)/' . $action,
				array(
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => fn( $request ) => $this->change( $request, $action ),
						'permission_callback' => array( $this, 'can_open_ticket' ),
					),
					'schema' => array( $this, 'get_public_item_schema' ),
				)
			);
		}
	}

	/** Answers are the ticket. */
	public function get_item_schema() {
		return StoreSchema::ticket();
	}

	/**
	 * Closes or reopens.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string          $action  close or reopen.
	 */
	public function change( $request, string $action ) {
		$ticket  = $this->ticket( $request );
		$present = $this->read->present( $ticket );
		if ( 'close' === $action ? ! $present['can_close'] : ! $present['can_reopen'] ) {
			return new WP_Error(
				'storedesk_invalid_transition',
				'close' === $action ? __( 'This request is already closed.', 'storedesk' ) : __( 'This request is still open.', 'storedesk' ),
				array( 'status' => 409 )
			);
		}
		$updated = $this->tickets->update( $ticket->id(), array( 'status' => 'close' === $action ? 'closed' : 'open' ), get_current_user_id() );
		return is_wp_error( $updated ) ? $updated : rest_ensure_response( $this->read->present( $updated, true ) );
	}
}
