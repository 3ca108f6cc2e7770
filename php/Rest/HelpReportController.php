<?php
/**
 * REST: GET /storedesk/v1/reports/help.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Install\Roles;
use Storedesk\KnowledgeBase\Reports\HelpReport;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Self-service for managers: what shoppers searched, what they found,
 * and what they said about the articles, over the last days.
 */
class HelpReportController extends Controller {

	/**
	 * Builds the controller.
	 *
	 * @param HelpReport $report The figures.
	 */
	public function __construct( private HelpReport $report ) {}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/reports/help',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_report' ),
					'permission_callback' => array( $this, 'can_report' ),
					'args'                => array(
						'days' => array(
							'type'    => 'integer',
							'default' => 30,
							'minimum' => 1,
							'maximum' => 365,
						),
					),
				),
			)
		);
	}

	/** Managers, and whoever is given the reports capability. */
	public function can_report(): bool|WP_Error {
		return $this->allow( current_user_can( Roles::REPORTS ) );
	}

	/**
	 * The report.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_report( $request ) {
		$days = (int) $request['days'];
		return rest_ensure_response( array( 'days' => $days ) + $this->report->since( gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ) ) );
	}
}
