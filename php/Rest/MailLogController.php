<?php
/**
 * REST: /storedesk/v1/email-log.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Notifications\MailLog;
use Storedesk\Support\Dates;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Managers see the emails that could not be sent, newest first.
 */
class MailLogController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'email-log';

	/**
	 * Builds the controller.
	 *
	 * @param MailLog $log Failure log.
	 */
	public function __construct( private MailLog $log ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
			)
		);
	}

	/**
	 * GET: the latest failures.
	 *
	 * @param \WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$items = array_map(
			static fn( array $e ) => array( 'time' => Dates::to_rest( $e['time'] ) ) + $e,
			array_reverse( $this->log->recent() )
		);
		return rest_ensure_response( $items );
	}
}
