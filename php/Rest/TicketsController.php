<?php
/**
 * REST: /storedesk/v1/tickets.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Channels\ChannelRegistry;
use Storedesk\Contacts\ContactScope;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\Intake;
use Storedesk\Install\Roles;
use Storedesk\Tickets\Cursor;
use Storedesk\Tickets\TicketQuery;
use Storedesk\Tickets\TicketRepository;
use Storedesk\Tickets\Vocabulary;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Lists, opens, reads and changes tickets.
 */
class TicketsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets';

	/**
	 * Builds the controller.
	 *
	 * @param TicketRepository $tickets   Tickets.
	 * @param TicketQuery      $query     Inbox queries.
	 * @param TicketPresenter  $presenter Ticket shapes.
	 * @param ContactScope     $scope     Which customers an agent may name.
	 * @param Intake           $intake    The way customer messages come in.
	 * @param ChannelRegistry  $channels  Channels a ticket can be on.
	 */
	public function __construct(
		private TicketRepository $tickets,
		private TicketQuery $query,
		private TicketPresenter $presenter,
		private ContactScope $scope,
		private Intake $intake,
		private ChannelRegistry $channels,
	) {}

	/** Registers the routes. */
	public function register_routes() {
		$edit_args = array_diff_key( $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ), array_flip( array( 'contact_id', 'customer', 'message', 'cc', 'channel' ) ) );
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'can_access' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
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
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'with' => array(
							'description' => __( 'Embed related data: messages.', 'storedesk' ),
							'type'        => 'string',
							'enum'        => array( 'messages' ),
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => $edit_args,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * The ticket schema.
	 */
	public function get_item_schema() {
		return $this->add_additional_fields_schema( TicketSchema::get( $this->channels->slugs() ) );
	}

	/** Filters, search, sort and paging of the inbox list. */
	public function get_collection_params() {
		$schema = TicketSchema::get( $this->channels->slugs() )['properties'];
		$list   = static fn( array $enum, string $d ) => array(
			'description' => $d,
			'type'        => 'array',
			'items'       => array(
				'type' => 'string',
				'enum' => $enum,
			),
		);
		return $this->paging_params() + array(
			'status'        => $list( $schema['status']['enum'], __( 'Only these statuses; default all but spam.', 'storedesk' ) ),
			'priority'      => $list( $schema['priority']['enum'], __( 'Only these priorities.', 'storedesk' ) ),
			'channel'       => $list( $schema['channel']['enum'], __( 'Only these channels.', 'storedesk' ) ),
			'assignee'      => array(
				'description' => __( 'me, none, or an agent\'s user id.', 'storedesk' ),
				'type'        => 'string',
				'pattern'     => '^(me|none|[0-9]+)$',
			),
			'team'          => array( 'type' => 'integer', 'minimum' => 0, 'description' => __( 'Team id, 0 for no team.', 'storedesk' ) ),
			'contact'       => array( 'type' => 'integer', 'minimum' => 1, 'description' => __( 'Contact id.', 'storedesk' ) ),
			'order_id'      => array( 'type' => 'integer', 'minimum' => 1, 'description' => __( 'WooCommerce order id.', 'storedesk' ) ),
			'has_order'     => array( 'type' => 'boolean', 'description' => __( 'Only tickets linked to an order (true) or to none (false).', 'storedesk' ) ),
			'order_status'  => array(
				'description' => __( 'Only tickets whose linked order has one of these WooCommerce statuses (processing, completed…).', 'storedesk' ),
				'type'        => 'array',
				'items'       => array(
					'type'    => 'string',
					'pattern' => '^[a-z0-9_-]{1,20}$',
				),
			),
			'tag'           => array( 'type' => 'array', 'items' => array( 'type' => 'string' ), 'description' => __( 'Tickets with all of these tag slugs.', 'storedesk' ) ),
			'search'        => array( 'type' => 'string', 'maxLength' => 200, 'description' => __( 'Words in the subject, any message, or the customer\'s name, email or phone.', 'storedesk' ) ),
			'updated_since' => array( 'type' => 'string', 'format' => 'date-time', 'description' => __( 'Only tickets changed after this time, for polling. Not counted: X-WP-Total then only says whether another page follows.', 'storedesk' ) ),
			'orderby'       => array( 'type' => 'string', 'enum' => array( 'last_activity', 'created', 'updated', 'priority' ), 'default' => 'last_activity' ),
			'after'         => array( 'type' => 'string', 'maxLength' => 300, 'description' => __( 'The X-Storedesk-Next header of the previous page, with page set to this one: the page starts after it, however deep.', 'storedesk' ) ),
			'order'         => array( 'type' => 'string', 'enum' => array( 'asc', 'desc' ), 'default' => 'desc' ),
		);
	}

	/**
	 * GET /tickets.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$args           = $request->get_params();
		$args['status'] = $request['status'] ? $request['status'] : array_diff( array_keys( Vocabulary::statuses() ), array( 'spam' ) );
		if ( ! empty( $args['updated_since'] ) ) {
			$args['updated_since'] = \Storedesk\Support\Dates::from_rest( (string) $args['updated_since'] );
		}
		$result = $this->query->run( $args, get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		list( $tickets, $total ) = $result;
		$items                   = array_map( fn( $item ) => $this->shape( $item, $request ), $this->presenter->present_many( $tickets ) );
		$response                = $this->collection( $items, $total, (int) $request['per_page'] );
		if ( $tickets && count( $tickets ) === (int) $request['per_page'] ) {
			$response->header( 'X-Storedesk-Next', Cursor::after( end( $tickets ), (string) $request['orderby'], (string) $request['order'] ) );
		}
		return $response;
	}

	/**
	 * Who may read one ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item_permissions_check( $request ) {
		return $this->ticket_check( (int) $request['id'], 'storedesk_view_ticket' );
	}

	/**
	 * GET /tickets/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ) {
		$ticket = $this->tickets->find( (int) $request['id'] );
		return rest_ensure_response( $this->shape( $this->presenter->present( $ticket, 'messages' === $request['with'] ), $request ) );
	}

	/**
	 * Who may open tickets on a customer's behalf.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item_permissions_check( $request ) {
		return $this->allow( current_user_can( Roles::EDIT_TICKETS ) );
	}

	/**
	 * POST /tickets: a ticket opened by an agent for a customer (a walk-in,
	 * a forwarded message), through the intake like every customer message.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		// Only writable fields: created_at and the other read-only ones stay the server's.
		$data            = $this->sent( $request );
		$data['contact'] = $request['customer'];
		$in_scope        = $this->scope->check_new_ticket( get_current_user_id(), $data );
		if ( is_wp_error( $in_scope ) ) {
			return $in_scope;
		}
		$customer = (array) $request['customer'];
		$message  = (array) $request['message'];
		$received = $this->intake->receive(
			new InboundMessage(
				channel: (string) $request['channel'],
				source: 'agent',
				name: (string) ( $customer['name'] ?? '' ),
				also: array( array( 'email', (string) ( $customer['email'] ?? '' ) ), array( 'phone', (string) ( $customer['phone'] ?? '' ) ) ),
				contact_id: (int) $request['contact_id'],
				subject: (string) $request['subject'],
				body: (string) ( $message['body'] ?? '' ),
				format: (string) ( $message['format'] ?? 'html' ),
				actor_id: get_current_user_id(),
				ticket: array_diff_key( $data, array_flip( array( 'subject', 'channel', 'contact_id', 'contact', 'customer', 'message' ) ) ),
			)
		);
		if ( is_wp_error( $received ) ) {
			return $received;
		}
		$ticket   = $received->ticket;
		$response = rest_ensure_response( $this->shape( $this->presenter->present( $ticket ), $request ) );
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( $this->namespace . '/tickets/' . $ticket->id() ) );
		return $response;
	}

	/**
	 * Who may change one ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item_permissions_check( $request ) {
		return $this->ticket_check( (int) $request['id'], 'storedesk_edit_ticket' );
	}

	/**
	 * PATCH /tickets/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ) {
		$changes = $this->sent( $request );
		$ticket  = $this->tickets->update( (int) $request['id'], $changes, get_current_user_id() );
		return is_wp_error( $ticket ) ? $ticket : rest_ensure_response( $this->shape( $this->presenter->present( $ticket ), $request ) );
	}

	/**
	 * 404 for a missing ticket, 401/403 for one the user may not touch.
	 *
	 * @param int    $id  Ticket id.
	 * @param string $cap Meta capability.
	 * @return true|WP_Error
	 */
	public function ticket_check( int $id, string $cap ) {
		if ( ! current_user_can( Roles::ACCESS ) ) {
			return $this->allow( false );
		}
		if ( ! $this->tickets->find( $id ) ) {
			return new WP_Error( 'storedesk_ticket_not_found', __( 'That ticket does not exist.', 'storedesk' ), array( 'status' => 404 ) );
		}
		return $this->allow( current_user_can( $cap, $id ) );
	}
}
