<?php
/**
 * A literal in a command.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

defined( 'ABSPATH' ) || exit;

/**
 * A value sent as an IMAP literal ({n} and its bytes): what cannot be a
 * quoted string (8-bit text, line breaks).
 */
final class ImapLiteral {

	/**
	 * Builds it.
	 *
	 * @param string $value Bytes.
	 */
	public function __construct( public readonly string $value ) {}
}
