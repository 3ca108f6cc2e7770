<?php
/**
 * An email as Storedesk reads it.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

defined( 'ABSPATH' ) || exit;

/**
 * What the intake needs of a raw message, in UTF-8 whatever the mail
 * declared: who, to whom, about what, the threading ids, the text and the
 * HTML, the files, and whether a machine sent it.
 */
final class ParsedEmail {

	/**
	 * Builds the email.
	 *
	 * @param string              $message_id  Message-ID without angle brackets (a synthetic one when missing).
	 * @param string              $subject     Subject.
	 * @param string              $from        Sender's address, lower case ('' when none could be read).
	 * @param string              $from_name   Sender's name.
	 * @param string[]            $to          Recipients' addresses.
	 * @param string[]            $cc          Copied addresses.
	 * @param string|null         $reply_to    Reply-To address.
	 * @param string[]            $references  In-Reply-To first, then References, without brackets.
	 * @param string              $text        Plain text ('' when the mail has only HTML).
	 * @param string              $html        HTML, unsanitised ('' when none).
	 * @param ParsedFile[]        $files       Attachments and inline parts.
	 * @param bool                $automatic   Sent by a machine (auto-reply, list, bounce).
	 * @param bool                $bounce      A delivery-status report.
	 * @param string|null         $date        Sent time, GMT 'Y-m-d H:i:s'.
	 * @param string[]            $delivered_to Addresses the server delivered it to (Delivered-To, X-Original-To).
	 * @param DeliveryReport|null $report What a delivery-status report says.
	 */
	public function __construct(
		public readonly string $message_id,
		public readonly string $subject,
		public readonly string $from,
		public readonly string $from_name,
		public readonly array $to,
		public readonly array $cc,
		public readonly ?string $reply_to,
		public readonly array $references,
		public readonly string $text,
		public readonly string $html,
		public readonly array $files,
		public readonly bool $automatic,
		public readonly bool $bounce,
		public readonly ?string $date,
		public readonly array $delivered_to = array(),
		public readonly ?DeliveryReport $report = null,
	) {}

	/**
	 * A copy with some fields changed.
	 *
	 * @param array $changes Field => value.
	 */
	public function with( array $changes ): self {
		return new self( ...array_merge( get_object_vars( $this ), $changes ) );
	}

	/**
	 * Every address it was sent to: To, Cc and where it was delivered.
	 *
	 * @return string[]
	 */
	public function recipients(): array {
		return array_values( array_unique( array_merge( $this->to, $this->cc, $this->delivered_to ) ) );
	}

	/** Files attached rather than shown inline. */
	public function attachments(): array {
		return array_values( array_filter( $this->files, static fn( ParsedFile $f ) => ! $f->inline ) );
	}
}
