<?php
/**
 * Base of the agent REST controllers.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Install\Roles;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Shared plumbing for storedesk/v1: namespace, errors, collection headers.
 */
abstract class Controller extends WP_REST_Controller {

	/**
	 * Route namespace.
	 *
	 * @var string
	 */
	protected $namespace = 'storedesk/v1';

	/** Anyone who works the helpdesk. */
	public function can_access(): bool|WP_Error {
		return $this->allow( current_user_can( Roles::ACCESS ) );
	}

	/** Managers. */
	public function can_manage(): bool|WP_Error {
		return $this->allow( current_user_can( Roles::MANAGE ) );
	}

	/**
	 * True, or the error WordPress uses for a refused request: 401 for
	 * visitors who are not logged in, 403 for users without the right.
	 *
	 * @param bool $allowed Whether the check passed.
	 */
	protected function allow( bool $allowed ): bool|WP_Error {
		return $allowed ? true : new WP_Error( 'storedesk_forbidden', __( 'You are not allowed to do that.', 'storedesk' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * A list response with WordPress's pagination headers.
	 *
	 * @param array $items    Prepared items.
	 * @param int   $total    Total matching items.
	 * @param int   $per_page Page size.
	 */
	protected function collection( array $items, int $total, int $per_page ): WP_REST_Response {
		$response = rest_ensure_response( $items );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) (int) ceil( $total / max( 1, $per_page ) ) );
		return $response;
	}

	/**
	 * Page and per_page collection parameters.
	 *
	 * @param int $default_size Default page size.
	 */
	protected function paging_params( int $default_size = 25 ): array {
		return array(
			'page'     => array(
				'description' => __( 'Page of results, from 1.', 'storedesk' ),
				'type'        => 'integer',
				'default'     => 1,
				'minimum'     => 1,
			),
			'per_page' => array(
				'description' => __( 'Results per page, at most 100.', 'storedesk' ),
				'type'        => 'integer',
				'default'     => $default_size,
				'minimum'     => 1,
				'maximum'     => 100,
			),
		);
	}

	/**
	 * The parameters the client actually sent in the body, validated and
	 * sanitised, so an update changes only what was sent (route defaults
	 * and URL parts are left out). Optionally limited to some names.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @param string[]|null    $only    Parameter names to keep.
	 * @param bool             $declared Keep only the route's declared arguments.
	 */
	protected function sent( $request, ?array $only = null, bool $declared = true ): array {
		$sent = array_intersect_key( $request->get_params(), (array) $request->get_json_params() + $request->get_body_params() );
		// Only what the route declares: a key it left out (channel on update) is not writable.
		if ( $declared ) {
			$sent = array_intersect_key( $sent, (array) ( $request->get_attributes()['args'] ?? array() ) );
		}
		return null === $only ? $sent : array_intersect_key( $sent, array_flip( $only ) );
	}

	/**
	 * Output filtered to the request's context, as core controllers do.
	 *
	 * @param array            $data    Item data.
	 * @param \WP_REST_Request $request Request.
	 */
	protected function shape( array $data, $request ): array {
		return $this->filter_response_by_context( $data, $request['context'] ?? 'view' );
	}
}
