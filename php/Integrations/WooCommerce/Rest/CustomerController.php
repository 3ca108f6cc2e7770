<?php
/**
 * REST: /storedesk/v1/tickets/{id}/customer and /storedesk/v1/orders.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Rest;

use Storedesk\Install\Roles;
use Storedesk\Integrations\WooCommerce\CustomerPanel;
use Storedesk\Integrations\WooCommerce\OrderSummary;
use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Rest\Controller;
use Storedesk\Rest\TicketsController;
use Storedesk\Tickets\TicketRepository;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The customer panel of a ticket, and the order search an agent links a
 * ticket with. Both need the ticket's or the helpdesk's access plus the
 * right to see orders.
 */
class CustomerController extends Controller {

	/**
	 * Builds the controller.
	 *
	 * @param TicketsController $single  Single-ticket checks.
	 * @param TicketRepository  $tickets Tickets.
	 * @param CustomerPanel     $panel   The panel.
	 * @param OrderSummary      $summary An order's line.
	 */
	public function __construct( private TicketsController $single, private TicketRepository $tickets, private CustomerPanel $panel, private OrderSummary $summary ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/tickets/(?P<id>\d+)/customer',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_item' ),
				'permission_callback' => array( $this, 'get_item_permissions_check' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/orders',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'get_items_permissions_check' ),
				'args'                => array(
					'search' => array(
						'description' => __( 'Order number, or the customer\'s name, email or phone.', 'storedesk' ),
						'type'        => 'string',
						'required'    => true,
						'minLength'   => 1,
						'maxLength'   => 100,
					),
				),
			)
		);
	}

	/**
	 * Who may see a ticket's customer panel.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item_permissions_check( $request ) {
		$ticket = $this->single->ticket_check( (int) $request['id'], 'storedesk_view_ticket' );
		return true === $ticket ? $this->allow( current_user_can( Roles::VIEW_ORDERS ) ) : $ticket;
	}

	/**
	 * GET /tickets/{id}/customer.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ) {
		return rest_ensure_response( $this->panel->for_ticket( $this->tickets->find( (int) $request['id'] ) ) );
	}

	/**
	 * Who may search orders.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items_permissions_check( $request ) {
		return $this->allow( current_user_can( Roles::ACCESS ) && current_user_can( Roles::VIEW_ORDERS ) );
	}

	/**
	 * GET /orders?search=: ten orders at most, the number's own first.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$term  = trim( (string) $request['search'] );
		$exact = ctype_digit( ltrim( $term, '#' ) ) ? Store::order( (int) ltrim( $term, '#' ) ) : null;
		$ids   = array_map( 'intval', wc_order_search( wc_clean( ltrim( $term, '#' ) ) ) );
		rsort( $ids );
		$orders = $exact ? array( $exact ) : array();
		foreach ( array_slice( array_diff( $ids, $exact ? array( $exact->get_id() ) : array() ), 0, 10 - count( $orders ) ) as $id ) {
			$order = Store::order( $id );
			if ( $order ) {
				$orders[] = $order;
			}
		}
		return rest_ensure_response( array_map( array( $this->summary, 'present' ), $orders ) );
	}
}
