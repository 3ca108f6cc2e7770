<?php
/**
 * REST: /storedesk/v1/jobs/failed.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Jobs\Failures;
use Storedesk\Jobs\Worker;
use Storedesk\Support\Dates;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Managers: the background jobs that threw (an agent's email the mail
 * server refused, a batch that hit a database error), being retried or
 * given up, and Retry for a given-up one. Messages to customers have
 * their own list (DeliveriesController).
 */
class JobsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'jobs/failed';

	/**
	 * Builds the controller.
	 *
	 * @param Failures $failures The record.
	 * @param Worker   $worker   Describes and retries jobs.
	 */
	public function __construct( private Failures $failures, private Worker $worker ) {}

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
				'permission_callback' => array( $this, 'can_manage' ),
			)
		);
	}

	/**
	 * GET /jobs/failed: newest first, at most 50.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		return rest_ensure_response( array_map( array( $this, 'present' ), $this->failures->recent() ) );
	}

	/**
	 * POST /jobs/failed/{id}/retry: 202 with the job queued again; 404 for
	 * no such job, 409 when it had not been given up.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function retry( $request ) {
		$id = (int) $request['id'];
		if ( ! $this->failures->find( $id ) ) {
			return new WP_Error( 'storedesk_job_not_found', __( 'That job is not among the failed ones; it may have run since.', 'storedesk' ), array( 'status' => 404 ) );
		}
		if ( ! $this->worker->retry( $id ) ) {
			return new WP_Error( 'storedesk_job_not_failed', __( 'Only a job that was given up can be retried; this one is still being tried.', 'storedesk' ), array( 'status' => 409 ) );
		}
		$response = rest_ensure_response( $this->present( $this->failures->find( $id ) ) );
		$response->set_status( 202 );
		return $response;
	}

	/**
	 * A failure as the admin app reads it.
	 *
	 * @param object $row Failure row.
	 */
	public function present( object $row ): array {
		list( $label, $ticket_id ) = $this->worker->describe( (string) $row->hook, Failures::args( $row ) );
		return array(
			'id'         => (int) $row->id,
			'job'        => (string) $row->hook,
			'label'      => $label,
			'ticket_id'  => $ticket_id,
			'status'     => (string) $row->status,
			'attempts'   => (int) $row->attempts,
			'error'      => (string) $row->last_error,
			'next_try'   => null === $row->next_attempt_at ? null : Dates::to_rest( (string) $row->next_attempt_at ),
			'updated_at' => Dates::to_rest( (string) $row->updated_at ),
		);
	}
}
