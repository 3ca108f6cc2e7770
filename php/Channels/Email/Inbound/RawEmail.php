<?php
/**
 * One raw email, from a pipe or a post.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Conversations\InboundMessage;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Every raw email, however it came (the raw-MIME endpoint, the pipe
 * script, IMAP, a provider), is read here: not empty, not larger than the
 * desk takes; a bounce is recorded on the delivery it reports (and then
 * refused by the intake as the automatic mail it is); mail from an address
 * flagged as bouncing clears the flag; the first message of a new
 * conversation is put to Akismet here, before anything is stored, so no
 * transaction waits on it (the verdict rides in its meta).
 */
class RawEmail {

	/** Largest raw message taken, 30 MB (filter storedesk_inbound_email_bytes). */
	public const MAX_BYTES = 31457280;

	/**
	 * Builds the reader.
	 *
	 * @param InboundEmail      $email    Raw mail to a message.
	 * @param Bounces           $bounces  Records bounces.
	 * @param ContactRepository $contacts Clears a bounce.
	 * @param EmailSpam         $spam     Akismet's verdict.
	 */
	public function __construct( private InboundEmail $email, private Bounces $bounces, private ContactRepository $contacts, private EmailSpam $spam ) {}

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
		list( $message, $report ) = $this->email->read( $raw, $source, $mailbox );
		if ( $report ) {
			$this->bounces->record( $report );
		} elseif ( ! $message->automatic && '' !== $message->address ) {
			$this->contacts->clear_bounce( $message->address );
			if ( $this->spam->akismet( $message ) ) {
				$message = $message->with( array( 'meta' => array( 'akismet_spam' => true ) + $message->meta ) );
			}
		}
		return $message;
	}
}
