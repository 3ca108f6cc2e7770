<?php
/**
 * A command the server refused.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

defined( 'ABSPATH' ) || exit;

/**
 * A NO or BAD answer, with the response, whose code (TRYCREATE,
 * AUTHENTICATIONFAILED…) tells what to do next.
 */
class ImapNo extends ImapError {

	/**
	 * Builds the error.
	 *
	 * @param ImapResponse $response The tagged answer.
	 */
	public function __construct( public readonly ImapResponse $response ) {
		parent::__construct( trim( ( $response->code ? '[' . $response->code . '] ' : '' ) . $response->text ) );
	}
}
