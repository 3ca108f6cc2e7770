<?php
/**
 * REST: /storedesk/v1/tickets/{id}/messages.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Channels\ReplyRoute;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Conversations\Outbound;
use Storedesk\Inbox\Mentions;
use Storedesk\Messages\MessageRepository;
use Storedesk\Messages\ReplyPlaceholders;
use Storedesk\Support\Transaction;
use Storedesk\Tickets\TicketRepository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Reads a ticket's thread and adds agent replies and internal notes.
 */
class MessagesController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets/(?P<ticket_id>\d+)/messages';

	/**
	 * Builds the controller.
	 *
	 * @param MessageRepository    $messages  Threads.
	 * @param TicketRepository     $tickets   Tickets.
	 * @param MessagePresenter     $presenter Message shapes.
	 * @param TicketsController    $single    Single-ticket checks.
	 * @param Mentions             $mentions  Mention emails.
	 * @param AttachmentRepository $attachments Uploads a message may carry.
	 * @param Outbound             $outbound    The way replies leave.
	 * @param ReplyRoute           $route       Which channels reach the customer.
	 * @param ContactRepository    $contacts    Customers.
	 * @param ReplyPlaceholders    $placeholders {order_number} and the rest in a reply.
	 */
	public function __construct(
		private MessageRepository $messages,
		private TicketRepository $tickets,
		private MessagePresenter $presenter,
		private TicketsController $single,
		private Mentions $mentions,
		private AttachmentRepository $attachments,
		private Outbound $outbound,
		private ReplyRoute $route,
		private ContactRepository $contacts,
		private ReplyPlaceholders $placeholders,
	) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => fn( $r ) => $this->single->ticket_check( (int) $r['ticket_id'], 'storedesk_view_ticket' ),
					'args'                => $this->paging_params( 50 ) + array(
						'latest' => array(
							'description' => __( 'Count pages back from the newest message (page 1 is the newest), still oldest first within a page.', 'storedesk' ),
							'type'        => 'boolean',
							'default'     => false,
						),
						'after'  => array(
							'description' => __( 'Only messages newer than this message id (at most 100, oldest first): what an open thread polls for.', 'storedesk' ),
							'type'        => 'integer',
							'minimum'     => 0,
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => fn( $r ) => $this->single->ticket_check( (int) $r['ticket_id'], 'storedesk_edit_ticket' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ) + array(
						'last_seen_message' => array(
							'description' => __( 'Newest message id the agent saw; a newer customer message refuses the send with 409.', 'storedesk' ),
							'type'        => 'integer',
							'minimum'     => 0,
						),
						'via'               => array(
							'description' => __( 'Channel a reply leaves on, one of the ticket\'s open reply_options; the first open one by default.', 'storedesk' ),
							'type'        => 'string',
							'pattern'     => '^[a-z0-9_-]+$',
						),
						'force'             => array(
							'description' => __( 'Send even though the customer wrote since last_seen_message.', 'storedesk' ),
							'type'        => 'boolean',
							'default'     => false,
						),
						'attachments'       => array(
							'description' => __( 'Ids of files uploaded to this ticket by the same agent and not sent yet.', 'storedesk' ),
							'type'        => 'array',
							'items'       => array(
								'type'    => 'integer',
								'minimum' => 1,
							),
							'uniqueItems' => true,
							'maxItems'    => 20,
							'default'     => array(),
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The message schema. */
	public function get_item_schema() {
		return $this->add_additional_fields_schema( MessageSchema::get() );
	}

	/**
	 * GET: the thread, oldest first.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$ticket_id = (int) $request['ticket_id'];
		if ( null !== $request['after'] ) {
			// Paging makes no sense for "what is new"; the total still counts the whole thread.
			$messages = $this->messages->since( $ticket_id, (int) $request['after'] );
			$items    = array_map( fn( $m ) => $this->shape( $m, $request ), $this->presenter->present_many( $messages ) );
			$response = rest_ensure_response( $items );
			$response->header( 'X-WP-Total', (string) $this->messages->count( $ticket_id ) );
			return $response;
		}
		list( $messages, $total ) = $this->messages->thread( $ticket_id, (int) $request['page'], (int) $request['per_page'], (bool) $request['latest'] );
		$items                    = array_map( fn( $m ) => $this->shape( $m, $request ), $this->presenter->present_many( $messages ) );
		return $this->collection( $items, $total, (int) $request['per_page'] );
	}

	/**
	 * POST: a reply to the customer or an internal note, optionally setting
	 * the ticket's status in the same transaction (send and resolve) and
	 * carrying the agent's own unsent uploads of this ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$ticket_id = (int) $request['ticket_id'];
		$ticket    = $this->tickets->find( $ticket_id );
		$user_id   = get_current_user_id();
		$newer     = $this->newer_customer_messages( $ticket_id, $request );
		if ( $newer ) {
			return new WP_Error(
				'storedesk_newer_message',
				__( 'The customer wrote again since you opened this ticket. Read it, then send again.', 'storedesk' ),
				array(
					'status'   => 409,
					'messages' => $this->presenter->present_many( $newer ),
				)
			);
		}
		$route = null;
		if ( 'reply' === $request['kind'] && null !== $request['via'] ) {
			$route = $this->route->chosen( $ticket, $this->contacts->find( $ticket->contact_id() ), (string) $request['via'] );
			if ( null === $route ) {
				return new WP_Error( 'storedesk_reply_channel', __( 'The customer cannot be reached on that channel now: they have no address there, or its reply window has closed.', 'storedesk' ), array( 'status' => 400 ) );
			}
		}
		$body = 'reply' === $request['kind'] ? $this->placeholders->fill( $ticket, (string) $request['body'], (string) $request['format'], $user_id ) : (string) $request['body'];
		if ( is_wp_error( $body ) ) {
			return $body;
		}
		$message = Transaction::run(
			function () use ( $request, $ticket, $ticket_id, $user_id, $route, $body ) {
				$message = $this->messages->add(
					$ticket_id,
					array(
						'kind'       => $request['kind'],
						'body'       => $body,
						'format'     => $request['format'],
						// A reply is carried by the channel it leaves on.
						'channel'    => $route ? $route['via'] : (string) $ticket->get( 'channel' ),
						'author_id'  => $user_id,
						// A photo or a label can be the whole answer.
						'with_files' => ! empty( $request['attachments'] ),
					)
				);
				if ( ! is_wp_error( $message ) && $request['attachments'] ) {
					$claimed = $this->attachments->claim( (array) $request['attachments'], $ticket_id, $user_id, 0, $message->id );
					if ( is_wp_error( $claimed ) ) {
						return $claimed;
					}
				}
				// Recorded with the reply; sent by a job once both are committed.
				if ( ! is_wp_error( $message ) && 'reply' === $message->kind ) {
					$this->outbound->send( $ticket, $message, 'customer-reply', $route );
				}
				if ( ! is_wp_error( $message ) && $request['status'] ) {
					$updated = $this->tickets->update( $ticket_id, array( 'status' => $request['status'] ), $user_id );
					return is_wp_error( $updated ) ? $updated : $message;
				}
				return $message;
			}
		);
		if ( is_wp_error( $message ) ) {
			return $message;
		}
		/**
		 * Fires after an agent added a reply or a note (a reply's delivery is already queued through Outbound).
		 *
		 * @since 0.1.0
		 * @param \Storedesk\Messages\Message $message The new message.
		 * @param int                         $user_id Agent who wrote it.
		 */
		do_action( 'storedesk_agent_message_created', $message, $user_id );
		$this->mentions->notify( $message );
		$response = rest_ensure_response( $this->shape( $this->presenter->present_many( array( $message ) )[0], $request ) );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Customer messages newer than the one the agent last saw, unless the
	 * agent chose to send anyway.
	 *
	 * @param int             $ticket_id Ticket.
	 * @param WP_REST_Request $request   Request.
	 * @return \Storedesk\Messages\Message[]
	 */
	private function newer_customer_messages( int $ticket_id, $request ): array {
		if ( null === $request['last_seen_message'] || $request['force'] ) {
			return array();
		}
		return array_values( array_filter( $this->messages->since( $ticket_id, (int) $request['last_seen_message'] ), static fn( $m ) => 'customer' === $m->kind ) );
	}
}
