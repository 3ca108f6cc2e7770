<?php
/**
 * REST: /storedesk/v1/tickets/{id}/participants/{contact_id}.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tickets\Participants;
use Storedesk\Tickets\TicketRepository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * An agent who may change a ticket takes someone out of its copy: they
 * get no more replies, and an email from them no longer joins the
 * conversation. The thread records who did it.
 */
class ParticipantsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets';

	/**
	 * Builds the controller.
	 *
	 * @param TicketsController $single       Single-ticket checks.
	 * @param Participants      $participants Who is in copy.
	 * @param ContactRepository $contacts     Their names.
	 * @param MessageRepository $messages     The thread's event.
	 * @param TicketRepository  $tickets      The ticket.
	 */
	public function __construct( private TicketsController $single, private Participants $participants, private ContactRepository $contacts, private MessageRepository $messages, private TicketRepository $tickets ) {}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)/participants/(?P<contact_id>\d+)',
			array(
				'methods'             => WP_REST_Server::DELETABLE,
				'callback'            => array( $this, 'delete_item' ),
				'permission_callback' => array( $this->single, 'update_item_permissions_check' ),
			)
		);
	}

	/**
	 * DELETE: out of copy.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function delete_item( $request ) {
		$ticket_id = (int) $request['id'];
		$contact   = $this->contacts->find( (int) $request['contact_id'] );
		if ( ! $contact || ! $this->participants->remove( $ticket_id, $contact->id ) ) {
			return new WP_Error( 'storedesk_not_in_copy', __( 'That person is not in copy of this conversation.', 'storedesk' ), array( 'status' => 404 ) );
		}
		$ticket = $this->tickets->find( $ticket_id );
		$this->messages->add(
			$ticket_id,
			array(
				'kind'      => 'event',
				'channel'   => $ticket ? (string) $ticket->get( 'channel' ) : 'email',
				'author_id' => get_current_user_id(),
				'format'    => 'text',
				/* translators: 1: agent, 2: the person taken out of copy */
				'body'      => sprintf( __( '%1$s took %2$s out of copy.', 'storedesk' ), wp_get_current_user()->display_name, $contact->email ? $contact->email : $contact->display_name() ),
				'meta'      => array(
					'field' => 'cc',
					'from'  => $contact->id,
					'to'    => null,
				),
			)
		);
		return rest_ensure_response( array( 'removed' => $contact->id ) );
	}
}
