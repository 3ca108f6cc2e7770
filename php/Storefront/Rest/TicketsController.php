<?php
/**
 * REST: /storedesk/store/v1/tickets.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Storefront\ContactForm;
use Storedesk\Storefront\Shopper;
use Storedesk\Storefront\ShopperTickets;
use Storedesk\Storefront\ShopperUploads;
use Storedesk\Tickets\Ticket;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The contact form's submissions, a customer's own tickets, and one ticket
 * with its visible thread.
 */
class TicketsController extends StoreController {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets';

	/**
	 * Builds the controller.
	 *
	 * @param Shopper         $shopper Ownership.
	 * @param ShopperTickets  $read    Shopper views of tickets.
	 * @param ContactForm     $form    The form's use case.
	 * @param ShopperUploads  $uploads Files sent with the form.
	 * @param StoreRateLimits $limits  The per-address count of valid submissions.
	 */
	public function __construct(
		Shopper $shopper,
		private ShopperTickets $read,
		private ContactForm $form,
		private ShopperUploads $uploads,
		private StoreRateLimits $limits,
	) {
		parent::__construct( $shopper );
	}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'logged_in' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'anyone' ),
					'args'                => rest_get_endpoint_args_for_schema( StoreSchema::submission(), WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'can_open_ticket' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The shopper's ticket schema. */
	public function get_item_schema() {
		return StoreSchema::ticket();
	}

	/** Paging of the customer's list. */
	public function get_collection_params() {
		return array(
			'page'     => array(
				'description' => __( 'Page of results, from 1.', 'storedesk' ),
				'type'        => 'integer',
				'default'     => 1,
				'minimum'     => 1,
			),
			'per_page' => array(
				'description' => __( 'Results per page, at most 50.', 'storedesk' ),
				'type'        => 'integer',
				'default'     => 20,
				'minimum'     => 1,
				'maximum'     => 50,
			),
		);
	}

	/**
	 * GET /tickets: the customer's tickets from every channel.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$per_page                = (int) $request['per_page'];
		list( $tickets, $total ) = $this->read->of_customer( $this->shopper->contact_ids( get_current_user_id() ), get_current_user_id(), (int) $request['page'], $per_page );
		$response                = rest_ensure_response( array_map( fn( Ticket $t ) => $this->read->present( $t ), $tickets ) );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) (int) ceil( $total / $per_page ) );
		return $response;
	}

	/**
	 * GET /tickets/{id}: the ticket and its visible thread.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ) {
		if ( is_user_logged_in() ) {
			$this->shopper->claim( (int) $request['id'], (string) $request->get_header( self::TOKEN_HEADER ), get_current_user_id() );
		}
		return rest_ensure_response( $this->read->present( $this->ticket( $request ), true ) );
	}

	/**
	 * POST /tickets: a contact-form submission, as JSON or, with files, as
	 * multipart (files in "attachments[]"); see ContactForm.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$result = $this->form->submit(
			$request->get_params(),
			$this->uploads->from_request( $request ),
			fn( string $email ) => $this->limits->count_email( $request, $email ),
			'form'
		);
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$response = rest_ensure_response( $result );
		$response->set_status( 201 );
		return $response;
	}
}
