<?php
/**
 * An email handed over by the mail server's pipe.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Conversations\Intake;

defined( 'ABSPATH' ) || exit;

/**
 * What pipe.php does once WordPress is loaded: the message from standard
 * input through the same checks and intake as the raw endpoint, and an
 * exit status the mail server acts on (sysexits.h): 0 taken (or a
 * duplicate, or an auto-reply deliberately dropped), 65 refused for good
 * (the server bounces it to the sender with our reason), 75 try again
 * later (the database was away: the server keeps the mail and retries).
 */
class Pipe {

	public const OK       = 0;
	public const DATAERR  = 65;
	public const TEMPFAIL = 75;

	/**
	 * Builds the pipe.
	 *
	 * @param RawEmail $raw    The checks and the reading.
	 * @param Intake   $intake Where every message goes.
	 */
	public function __construct( private RawEmail $raw, private Intake $intake ) {}

	/**
	 * Takes one message.
	 *
	 * @param string      $raw     The message.
	 * @param string|null $mailbox The mailbox (--mailbox=), else found by its recipients.
	 * @return array{0: int, 1: string} Exit status and a line for the mail server's log.
	 */
	public function take( string $raw, ?string $mailbox = null ): array {
		try {
			$message = $this->raw->message( $raw, 'email-pipe', $mailbox );
			if ( is_wp_error( $message ) ) {
				return array( self::DATAERR, $message->get_error_message() );
			}
			$received = $this->intake->receive( $message );
		} catch ( \Throwable $e ) {
			return array( self::TEMPFAIL, $e->getMessage() );
		}
		if ( is_wp_error( $received ) ) {
			// A robot's mail the desk chose not to open a conversation for is handled, not refused.
			return 'storedesk_automatic_message' === $received->get_error_code()
				? array( self::OK, $received->get_error_message() )
				: array( self::DATAERR, $received->get_error_message() );
		}
		// For the mail server's log, in English like the rest of it.
		return array( self::OK, sprintf( 'Storedesk: ticket #%1$d, %2$s.', $received->ticket->id(), $received->duplicate ? 'already stored' : 'stored' ) );
	}
}
