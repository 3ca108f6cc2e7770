<?php
/**
 * A raw email as the intake takes it.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Channels\Email\Mailboxes\MailboxRepository;
use Storedesk\Conversations\InboundFile;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Notifications\ThreadHeaders;

defined( 'ABSPATH' ) || exit;

/**
 * Turns raw MIME (from the raw endpoint, and later IMAP and provider
 * hooks) into the one InboundMessage every channel produces: the sender's
 * address, the HTML (kept with its layout) or the text, the Message-ID as
 * the id a redelivery is known by, the ids it answers for threading, and
 * the files.
 */
class InboundEmail {

	/** Most ids of a References header kept: a long thread's first and last matter. */
	private const MAX_REFERENCES = 50;

	/**
	 * Builds the adapter.
	 *
	 * @param MimeReader        $reader    Reads MIME.
	 * @param MailboxRepository $mailboxes Our addresses.
	 */
	public function __construct( private MimeReader $reader, private MailboxRepository $mailboxes ) {}

	/**
	 * The message of a raw email, and the delivery report it carries, if any.
	 *
	 * @param string      $raw     Raw message.
	 * @param string      $source  The way it came.
	 * @param string|null $mailbox The mailbox it was fetched from; else the one it was sent to.
	 * @return array{0: InboundMessage, 1: DeliveryReport|null}
	 */
	public function read( string $raw, string $source = 'email-raw', ?string $mailbox = null ): array {
		$mail    = $this->reader->read( $raw );
		$mailbox = $mailbox ?? $this->mailbox_of( $mail );
		$html    = trim( $mail->html );
		$text    = trim( str_replace( array( "\r\n", "\r" ), "\n", $mail->text ) );
		$files   = array_map( static fn( ParsedFile $f ) => new InboundFile( $f->name, $f->content, $f->inline ? $f->content_id : null ), $mail->files );
		$meta    = array_filter(
			array(
				'message_id' => $mail->message_id,
				'references' => array_slice( $mail->references, 0, self::MAX_REFERENCES ),
				'to'         => $mail->to,
				'cc'         => $mail->cc,
				'sent_at'    => $mail->date,
				'bounce'     => $mail->bounce,
				'quote_at'   => '' === $html ? QuotedReply::in_text( $text ) : null,
				'mailbox'    => $mailbox,
				// Threading's other clues: our +token addresses, and our markers in the quoted history.
				'tokens'     => self::tokens( $mail->recipients() ),
				'markers'    => ThreadHeaders::markers_in( $mail->html . "\n" . $mail->text ),
				// The server that handed it to ours, for a spam check.
				'sender_ip'  => EmailSpam::sender_ip( $raw ),
			)
		);
		$message = new InboundMessage(
			channel: 'email',
			source: $source,
			address: $mail->from,
			// The quoted history stays stored; the thread folds it away.
			body: '' !== $html ? QuotedReply::fold_html( $html ) : $text,
			format: '' !== $html ? 'email' : 'text',
			name: $mail->from_name,
			subject: $mail->subject,
			external_id: $mail->message_id,
			automatic: $mail->automatic,
			meta: $meta,
			// Those in copy take part (for a new conversation; Intake adds them to an existing one too).
			ticket: array( 'cc' => $this->copied( $mail ) ),
			with_files: (bool) $files,
			files: $files,
		);
		return array( $message, $mail->report );
	}

	/**
	 * The customer's Cc, without the sender, our mailboxes and anyone at
	 * the domains the mail was sent to (ours: another of our addresses
	 * copied in would answer our replies back to us).
	 *
	 * @param ParsedEmail $mail The mail.
	 * @return string[]
	 */
	private function copied( ParsedEmail $mail ): array {
		$domain = static fn( string $address ) => strtolower( (string) substr( (string) strrchr( $address, '@' ), 1 ) );
		$ours   = array_map( $domain, $mail->to );
		return array_values(
			array_filter(
				$mail->cc,
				fn( string $cc ) => $cc !== $mail->from && is_email( $cc ) && ! in_array( $domain( $cc ), $ours, true ) && ! $this->mailboxes->owning( $cc )
			)
		);
	}

	/**
	 * The mailbox a mail was sent to, by its recipients.
	 *
	 * @param ParsedEmail $mail The mail.
	 */
	private function mailbox_of( ParsedEmail $mail ): ?string {
		foreach ( $mail->recipients() as $address ) {
			$mailbox = $this->mailboxes->owning( $address );
			if ( $mailbox ) {
				return $mailbox->id;
			}
		}
		return null;
	}

	/**
	 * Tokens of our reply addresses among the recipients (support+12.ab…@).
	 *
	 * @param string[] $recipients Addresses.
	 * @return string[]
	 */
	private static function tokens( array $recipients ): array {
		$tokens = array();
		foreach ( $recipients as $address ) {
			if ( preg_match( '/^[^@+]+\+(\d+\.[a-f0-9]{16})@/i', $address, $m ) ) {
				$tokens[] = strtolower( $m[1] );
			}
		}
		return array_values( array_unique( $tokens ) );
	}
}
