<?php
/**
 * One raw email, from a pipe or a post.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Conversations\InboundMessage;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The checks a raw message passes before it is read, the same for the
 * raw-MIME endpoint and the MTA pipe script: not empty, not larger than
 * the desk takes.
 */
class RawEmail {

	/** Largest raw message taken, 30 MB (filter storedesk_inbound_email_bytes). */
	public const MAX_BYTES = 31457280;

	/**
	 * Builds the reader.
	 *
	 * @param InboundEmail $email Raw mail to a message.
	 */
	public function __construct( private InboundEmail $email ) {}

	/** The largest raw message taken, in bytes. */
	public static function max_bytes(): int {
		/**
		 * Filters the largest raw email the channel takes, in bytes.
		 *
		 * @since 0.5.0
		 * @param int $bytes 30 MB by default.
		 */
		return (int) apply_filters( 'storedesk_inbound_email_bytes', self::MAX_BYTES );
	}

	/**
	 * The message of a raw email, or why it is refused.
	 *
	 * @param string      $raw     Raw message.
	 * @param string      $source  The way it came.
	 * @param string|null $mailbox The mailbox it came to, when the way in knows.
	 * @return InboundMessage|WP_Error
	 */
	public function message( string $raw, string $source, ?string $mailbox = null ) {
		if ( '' === trim( $raw ) ) {
			return new WP_Error( 'storedesk_empty_email', __( 'The body must be the raw email (RFC 5322).', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( strlen( $raw ) > self::max_bytes() ) {
			return new WP_Error( 'storedesk_email_too_large', __( 'The email is larger than this desk takes.', 'storedesk' ), array( 'status' => 413 ) );
		}
		return $this->email->message( $raw, $source, $mailbox );
	}
}
