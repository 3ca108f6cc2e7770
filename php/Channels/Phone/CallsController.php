<?php
/**
 * REST: /storedesk/v1/calls.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Phone;

use Storedesk\Contacts\ContactScope;
use Storedesk\Install\Roles;
use Storedesk\Rest\Controller;
use Storedesk\Rest\MessagePresenter;
use Storedesk\Rest\TicketPresenter;
use Storedesk\Rest\TicketsController;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * "Log a call": a new conversation, or the next entry of one the agent may
 * change. Agents limited to their own customers may only log calls with
 * customers they already serve or new ones.
 */
class CallsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'calls';

	/**
	 * Builds the controller.
	 *
	 * @param CallLog           $calls    The use case.
	 * @param ContactScope      $scope    Which customers an agent may name.
	 * @param TicketsController $single   Single-ticket checks.
	 * @param TicketPresenter   $tickets  Ticket shapes.
	 * @param MessagePresenter  $messages Message shapes.
	 */
	public function __construct( private CallLog $calls, private ContactScope $scope, private TicketsController $single, private TicketPresenter $tickets, private MessagePresenter $messages ) {}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'create_item' ),
				'permission_callback' => array( $this, 'create_item_permissions_check' ),
				'args'                => $this->args(),
			)
		);
	}

	/** The call's fields; the use case checks them again, with messages per field. */
	private function args(): array {
		$text = static fn( string $d, int $max ) => array(
			'description' => $d,
			'type'        => 'string',
			'maxLength'   => $max,
		);
		return array(
			'number'     => array( 'required' => true ) + $text( __( 'The customer\'s phone number, in any common format.', 'storedesk' ), 64 ),
			'name'       => $text( __( 'The caller\'s name, for a new contact.', 'storedesk' ), 191 ),
			'direction'  => array(
				'description' => __( 'inbound: the customer called; outbound: the agent called.', 'storedesk' ),
				'type'        => 'string',
				'enum'        => CallLog::DIRECTIONS,
				'default'     => 'inbound',
			),
			'duration'   => array(
				'description' => __( 'Length of the call in seconds.', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => CallLog::MAX_DURATION,
				'default'     => 0,
			),
			'outcome'    => array(
				'description' => __( 'How the call ended.', 'storedesk' ),
				'type'        => 'string',
				'enum'        => CallLog::OUTCOMES,
				'default'     => 'answered',
			),
			'notes'      => $text( __( 'What was said.', 'storedesk' ), 20000 ),
			'subject'    => $text( __( 'Subject of a new conversation; "Call from …" when empty.', 'storedesk' ), 255 ),
			'ticket_id'  => array(
				'description' => __( 'The conversation the call continues; a new one when absent.', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'contact_id' => array(
				'description' => __( 'The contact called, when the agent picked one.', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/**
	 * Agents who may open tickets, and change the one the call continues.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item_permissions_check( $request ) {
		if ( $request['ticket_id'] ) {
			return $this->single->ticket_check( (int) $request['ticket_id'], 'storedesk_edit_ticket' );
		}
		$allowed = $this->allow( current_user_can( Roles::EDIT_TICKETS ) );
		if ( true !== $allowed ) {
			return $allowed;
		}
		return $this->scope->check_new_ticket(
			get_current_user_id(),
			array(
				'contact_id' => (int) $request['contact_id'],
				'contact'    => array( 'phone' => (string) $request['number'] ),
			)
		);
	}

	/**
	 * POST /calls: 201 with the ticket, the call's entry, and whether it opened the ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$received = $this->calls->log( $request->get_params(), get_current_user_id() );
		if ( is_wp_error( $received ) ) {
			return $received;
		}
		$response = rest_ensure_response(
			array(
				'ticket'  => $this->tickets->present( $received->ticket ),
				'message' => $this->messages->present_many( array( $received->message ) )[0],
				'opened'  => $received->opened,
			)
		);
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( $this->namespace . '/tickets/' . $received->ticket->id() ) );
		return $response;
	}
}
