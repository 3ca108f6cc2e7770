<?php
/**
 * Self-service outcomes: what shoppers searched and whether it answered them.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Deflection;

use Storedesk\Storefront\Rest\StoreController;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * The storefront reports most events itself (POST /help/events), but a
 * shopper who saw suggestions and wrote anyway is recorded here, when the
 * ticket is created: the browser's report of a sent form can be lost with
 * the page, the server's answer cannot. The form carries the visit's
 * session id (help_session) and where it was (help_source) once it showed
 * suggestions. Articles linked to products belong here too: they exist to
 * answer a question before it is asked.
 */
final class Deflection {

	/**
	 * Builds the service.
	 *
	 * @param EventLog $log The events table.
	 */
	public function __construct( private EventLog $log ) {}

	/** Hooks the form's answer. */
	public function register(): void {
		add_filter( 'rest_request_after_callbacks', array( $this, 'after_submission' ), 10, 3 );
	}

	/**
	 * Records "submitted" when the contact form created a ticket after
	 * showing suggestions. Leaves the response as it is.
	 *
	 * @param mixed           $response Result of the route.
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function after_submission( $response, $handler, $request ) {
		if ( 'POST' !== $request->get_method() || '/' . StoreController::NAMESPACE . '/tickets' !== untrailingslashit( strtolower( $request->get_route() ) ) ) {
			return $response;
		}
		$session = $request->get_param( 'help_session' );
		$status  = $response instanceof \WP_REST_Response ? $response->get_status() : 0;
		if ( 201 !== $status || ! EventLog::valid_session( $session ) ) {
			return $response;
		}
		$source = (string) $request->get_param( 'help_source' );
		$this->log->record(
			array(
				'kind'    => 'submitted',
				'source'  => in_array( $source, EventLog::SOURCES, true ) ? $source : 'form',
				'query'   => (string) $request->get_param( 'subject' ),
				'session' => $session,
			)
		);
		return $response;
	}
}
