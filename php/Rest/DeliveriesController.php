<?php
/**
 * REST: /storedesk/v1/deliveries.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Conversations\Deliveries;
use Storedesk\Conversations\Outbound;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Messages that failed to reach their customer: the managers' list, and
 * "Retry" on one.
 */
class DeliveriesController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'deliveries';

	/**
	 * Builds the controller.
	 *
	 * @param Deliveries        $deliveries The record.
	 * @param Outbound          $outbound   The way out.
	 * @param TicketsController $single     Single-ticket checks.
	 */
	public function __construct( private Deliveries $deliveries, private Outbound $outbound, private TicketsController $single ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'can_manage' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)/retry',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'retry' ),
				'permission_callback' => array( $this, 'can_retry' ),
			)
		);
	}

	/**
	 * GET /deliveries: managers, the deliveries that failed or are being
	 * retried, newest first (at most 50), with their conversation.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		return rest_ensure_response(
			array_map(
				static fn( object $row ) => MessagePresenter::delivery( $row ) + array(
					'ticket_id'  => (int) $row->ticket_id,
					'message_id' => (int) $row->message_id,
					'subject'    => (string) ( $row->subject ?? '' ),
				),
				$this->deliveries->troubled()
			)
		);
	}

	/**
	 * Agents who may change the delivery's conversation.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function can_retry( $request ) {
		$delivery = $this->deliveries->find( (int) $request['id'] );
		if ( ! $delivery ) {
			return current_user_can( \Storedesk\Install\Roles::ACCESS )
				? new WP_Error( 'storedesk_delivery_not_found', __( 'That delivery does not exist.', 'storedesk' ), array( 'status' => 404 ) )
				: $this->allow( false );
		}
		return $this->single->ticket_check( (int) $delivery->ticket_id, 'storedesk_edit_ticket' );
	}

	/**
	 * POST /deliveries/{id}/retry: 202 with the delivery queued again; 409 when it had not failed.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function retry( $request ) {
		$id = (int) $request['id'];
		if ( ! $this->outbound->retry( $id ) ) {
			return new WP_Error( 'storedesk_delivery_not_failed', __( 'Only a delivery that failed can be tried again.', 'storedesk' ), array( 'status' => 409 ) );
		}
		$response = rest_ensure_response( MessagePresenter::delivery( $this->deliveries->find( $id ) ) );
		$response->set_status( 202 );
		return $response;
	}
}
