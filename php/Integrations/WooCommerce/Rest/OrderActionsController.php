<?php
/**
 * REST: /storedesk/v1/tickets/{id}/orders/{order_id}/{notes,status,refunds,emails}.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Rest;

use Storedesk\Install\Roles;
use Storedesk\Integrations\WooCommerce\Actions\AddOrderNote;
use Storedesk\Integrations\WooCommerce\Actions\ChangeOrderStatus;
use Storedesk\Integrations\WooCommerce\Actions\RefundOrder;
use Storedesk\Integrations\WooCommerce\Actions\RefundPreview;
use Storedesk\Integrations\WooCommerce\Actions\ResendOrderEmail;
use Storedesk\Integrations\WooCommerce\Actions\TicketOrder;
use Storedesk\Integrations\WooCommerce\OrderDetails;
use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Messages\Message;
use Storedesk\Rest\Controller;
use Storedesk\Rest\MessagePresenter;
use Storedesk\Rest\TicketsController;
use Storedesk\Tickets\TicketRepository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * What an agent does to an order from the ticket about it. Each action
 * needs the right to change the ticket and its own capability, and finds
 * only the ticket's order or its customer's (404 for any other). A write
 * answers with the order as it now is and the event added to the thread;
 * status and refunds also answer "preview": true with exactly what would
 * happen, changing nothing.
 */
class OrderActionsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets/(?P<id>\d+)/orders/(?P<order_id>\d+)';

	/**
	 * Builds the controller.
	 *
	 * @param TicketsController $single    Single-ticket checks.
	 * @param TicketRepository  $tickets   Tickets.
	 * @param TicketOrder       $orders    The ticket's orders.
	 * @param AddOrderNote      $note      Notes.
	 * @param ChangeOrderStatus $status    Statuses.
	 * @param RefundOrder       $refund    Refunds.
	 * @param RefundPreview     $refund_preview What a refund would do.
	 * @param ResendOrderEmail  $email     Emails.
	 * @param OrderDetails      $details   The order as the panel shows it.
	 * @param MessagePresenter  $presenter The event as the thread shows it.
	 */
	public function __construct(
		private TicketsController $single,
		private TicketRepository $tickets,
		private TicketOrder $orders,
		private AddOrderNote $note,
		private ChangeOrderStatus $status,
		private RefundOrder $refund,
		private RefundPreview $refund_preview,
		private ResendOrderEmail $email,
		private OrderDetails $details,
		private MessagePresenter $presenter,
	) {}

	/** Registers the routes. */
	public function register_routes() {
		$routes = array(
			'notes'   => array( WP_REST_Server::CREATABLE => 'add_note' ),
			'status'  => array( WP_REST_Server::CREATABLE => 'change_status' ),
			'refunds' => array( WP_REST_Server::CREATABLE => 'create_refund' ),
			'emails'  => array(
				WP_REST_Server::READABLE  => 'get_emails',
				WP_REST_Server::CREATABLE => 'send_email',
			),
		);
		foreach ( $routes as $path => $endpoints ) {
			$spec = array();
			foreach ( $endpoints as $method => $callback ) {
				$spec[] = array(
					'methods'             => $method,
					'callback'            => array( $this, $callback ),
					'permission_callback' => array( $this, $path . '_permissions_check' ),
					'args'                => WP_REST_Server::READABLE === $method ? array() : OrderActionSchema::args( $path ),
				);
			}
			register_rest_route( $this->namespace, '/' . $this->rest_base . '/' . $path, $spec );
		}
	}

	/**
	 * Who may add order notes from a ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function notes_permissions_check( $request ) {
		return $this->check( $request, 'storedesk_edit_ticket', Roles::ORDER_NOTES );
	}

	/**
	 * Who may change an order's status from a ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function status_permissions_check( $request ) {
		return $this->check( $request, 'storedesk_edit_ticket', Roles::ORDER_STATUS );
	}

	/**
	 * Who may refund, or preview a refund, from a ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function refunds_permissions_check( $request ) {
		return $this->check( $request, 'storedesk_edit_ticket', Roles::REFUND_ORDERS );
	}

	/**
	 * Who may list and resend order emails from a ticket.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function emails_permissions_check( $request ) {
		return $this->check( $request, 'GET' === $request->get_method() ? 'storedesk_view_ticket' : 'storedesk_edit_ticket', Roles::ORDER_EMAILS );
	}

	/**
	 * POST …/notes: { note, customer }.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function add_note( $request ) {
		$ticket = $this->tickets->find( (int) $request['id'] );
		$done   = $this->note->add( $ticket, $this->order( $request ), (string) $request['note'], (bool) $request['customer'] );
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		$note = array(
			'id'       => $done['note_id'],
			'customer' => $done['customer'],
		);
		return $this->done( $request, $done['event'], array( 'note' => $note ), 201 );
	}

	/**
	 * POST …/status: { status, preview }.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function change_status( $request ) {
		$order = $this->order( $request );
		if ( $request['preview'] ) {
			return $this->preview( $this->status->preview( $order, (string) $request['status'] ) );
		}
		$done = $this->status->change( $this->tickets->find( (int) $request['id'] ), $order, (string) $request['status'] );
		return is_wp_error( $done ) ? $done : $this->done( $request, $done['event'] );
	}

	/**
	 * POST …/refunds: { full, lines, shipping, amount, reason, method, restock, preview }.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_refund( $request ) {
		$order = $this->order( $request );
		$ask   = array_intersect_key( $request->get_params(), array_flip( array( 'full', 'lines', 'shipping', 'amount', 'reason', 'method', 'restock' ) ) );
		if ( $request['preview'] ) {
			return $this->preview( $this->refund_preview->of( $order, $ask ) );
		}
		$done = $this->refund->refund( $this->tickets->find( (int) $request['id'] ), $order, $ask );
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		$refund = $done['refund'];
		return $this->done(
			$request,
			$done['event'],
			array(
				'refund' => array(
					'id'     => $refund->get_id(),
					'amount' => array(
						'amount' => (float) $refund->get_amount(),
						'label'  => Store::price( (float) $refund->get_amount(), $refund->get_currency() ),
					),
					'method' => $refund->get_refunded_payment() ? 'gateway' : 'manual',
				),
			),
			201
		);
	}

	/**
	 * GET …/emails: the emails that can be sent again.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_emails( $request ) {
		return rest_ensure_response( $this->email->available( $this->order( $request ) ) );
	}

	/**
	 * POST …/emails: { email }.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function send_email( $request ) {
		$done = $this->email->send( $this->tickets->find( (int) $request['id'] ), $this->order( $request ), (string) $request['email'] );
		return is_wp_error( $done ) ? $done : $this->done( $request, $done['event'], array( 'email' => $done['email'] ) );
	}

	/**
	 * True, 401/403 without the ticket or the capability, 404 for an order
	 * that is not the ticket's or its customer's (or does not exist).
	 *
	 * @param WP_REST_Request $request     Request.
	 * @param string          $ticket_cap  Meta capability on the ticket.
	 * @param string          $action_cap  The action's own capability.
	 * @return true|WP_Error
	 */
	private function check( $request, string $ticket_cap, string $action_cap ) {
		$ticket = $this->single->ticket_check( (int) $request['id'], $ticket_cap );
		if ( true !== $ticket ) {
			return $ticket;
		}
		if ( ! current_user_can( $action_cap ) ) {
			return $this->allow( false );
		}
		return $this->order( $request ) ? true : new WP_Error( 'storedesk_order_not_found', __( 'This ticket\'s customer has no such order.', 'storedesk' ), array( 'status' => 404 ) );
	}

	/**
	 * The request's order, when its ticket may act on it.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	private function order( $request ): ?\WC_Order {
		$ticket = $this->tickets->find( (int) $request['id'] );
		return $ticket ? $this->orders->find( $ticket, (int) $request['order_id'] ) : null;
	}

	/**
	 * A preview's answer.
	 *
	 * @param array|WP_Error $preview What would happen.
	 */
	private function preview( $preview ) {
		return is_wp_error( $preview ) ? $preview : rest_ensure_response( array( 'preview' => $preview ) );
	}

	/**
	 * A write's answer: the order as it now is, the thread's event, and more.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param Message|null    $event   The event added to the thread (null if it could not be).
	 * @param array           $more    Action-specific fields.
	 * @param int             $status  HTTP status.
	 */
	private function done( $request, ?Message $event, array $more = array(), int $status = 200 ) {
		$order    = Store::order( (int) $request['order_id'] );
		$response = rest_ensure_response(
			array(
				'order' => $order ? $this->details->present( $order ) : null,
				'event' => $event ? $this->presenter->present_many( array( $event ) )[0] : null,
			) + $more
		);
		$response->set_status( $status );
		return $response;
	}
}
