<?php
/**
 * REST: /storedesk/store/v1/tickets.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Storefront\FormSubmission;
use Storedesk\Storefront\Shopper;
use Storedesk\Storefront\ShopperTickets;
use Storedesk\Storefront\ShopperUploads;
use Storedesk\Storefront\SpamGuard;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketRepository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The contact form's submissions, a customer's own tickets, and one ticket
 * with its visible thread.
 */
class TicketsController extends StoreController {

	/** Post meta with the owner's own form fields as submitted. */
	public const FIELDS_META = '_storedesk_form_fields';

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets';

	/**
	 * Builds the controller.
	 *
	 * @param Shopper           $shopper    Ownership.
	 * @param ShopperTickets    $read       Shopper views of tickets.
	 * @param FormSubmission    $submission Form validation.
	 * @param SpamGuard         $spam       Bot checks.
	 * @param TicketRepository  $tickets    Tickets.
	 * @param MessageRepository $messages   Threads.
	 * @param ShopperUploads    $uploads    Files sent with the form.
	 * @param StoreRateLimits   $limits     The per-address count of valid submissions.
	 */
	public function __construct(
		Shopper $shopper,
		private ShopperTickets $read,
		private FormSubmission $submission,
		private SpamGuard $spam,
		private TicketRepository $tickets,
		private MessageRepository $messages,
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
	 * multipart (files in "attachments[]"). Bots are refused before the
	 * fields are even read; the fields and every file are checked before
	 * anything is written, and nothing is stored unless every check passes.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$params = $request->get_params();
		$files  = $this->uploads->from_request( $request );
		if ( is_wp_error( $files ) && 413 === ( $files->get_error_data()['status'] ?? 0 ) ) {
			return $this->invalid( array(), $files );
		}
		$bot = $this->spam->check_request( $params );
		if ( is_wp_error( $bot ) ) {
			return $bot;
		}
		$user_id = get_current_user_id();
		$data    = $this->submission->validate( $params, $user_id );
		if ( is_wp_error( $data ) || is_wp_error( $files ) ) {
			return $this->invalid( is_wp_error( $data ) ? (array) ( $data->get_error_data()['fields'] ?? array() ) : array(), is_wp_error( $files ) ? $files : null );
		}
		$limited = $this->limits->count_email( $request, $data['email'] );
		if ( $limited ) {
			return $limited;
		}
		$spam = $this->spam->check_content( $data );
		$spam = true === $spam ? $this->spam->claim_stamp( $params ) : $spam;
		if ( is_wp_error( $spam ) ) {
			return $spam;
		}
		$message = $this->uploads->with_message( $files, fn() => $this->open( $data, $user_id ) );
		if ( is_wp_error( $message ) ) {
			return $message;
		}
		$ticket   = $this->tickets->find( $message->ticket_id );
		$response = rest_ensure_response(
			array(
				'id'     => $message->ticket_id,
				'status' => $ticket ? $ticket->status() : 'open',
				'email'  => $data['email'],
			)
		);
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Writes the ticket; runs inside a transaction.
	 *
	 * @param array $data    Clean submission.
	 * @param int   $user_id Logged-in customer or 0.
	 * @return Message|WP_Error The ticket's first message, which the files go with.
	 */
	private function open( array $data, int $user_id ) {
		$body = $data['message'];
		if ( $data['custom'] ) {
			$lines = array_map(
				static fn( $f ) => $f['label'] . ': ' . ( is_bool( $f['value'] ) ? ( $f['value'] ? __( 'Yes', 'storedesk' ) : __( 'No', 'storedesk' ) ) : $f['value'] ),
				$data['custom']
			);
			$body .= "\n\n—\n" . implode( "\n", $lines );
		}
		$ticket = $this->tickets->create(
			array(
				'subject' => $data['subject'],
				'channel' => 'form',
				'team'    => $data['team'],
				'contact' => array(
					'name'  => $data['name'],
					'email' => $data['email'],
				),
				'message' => array(
					'body'   => $body,
					'format' => 'text',
				),
				'sender'  => $user_id,
			),
			0
		);
		if ( is_wp_error( $ticket ) ) {
			return $ticket;
		}
		if ( $data['custom'] ) {
			update_post_meta( $ticket->id(), self::FIELDS_META, wp_slash( array_map( static fn( $f ) => $f['value'], $data['custom'] ) ) );
		}
		$first = $this->messages->thread( $ticket->id(), 1, 1 )[0][0] ?? null;
		return $first ? $first : new WP_Error( 'storedesk_db_error', __( 'The message could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
	}
}
