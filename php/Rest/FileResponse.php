<?php
/**
 * A REST response whose body is a file.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Carries the file to stream; its data (the attachment's description) is
 * what an _envelope request or an in-process caller sees.
 */
class FileResponse extends WP_REST_Response {

	/**
	 * Builds the response.
	 *
	 * @param string $file Absolute path of the file to send.
	 * @param array  $data Description of the file.
	 */
	public function __construct( public readonly string $file, array $data ) {
		parent::__construct( $data, 200 );
	}
}
