<?php
/**
 * One email, ready to send.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * What EmailBuilder made and Mailer sends: one recipient, both bodies and
 * every header, Message-ID included.
 */
final class Email {

	/**
	 * Builds an email.
	 *
	 * @param string                $type      Email type (EmailTypes::TYPES).
	 * @param string                $to        Recipient address.
	 * @param string                $subject   Subject, one line of plain text.
	 * @param string                $html      HTML body.
	 * @param string                $text      Plain-text body.
	 * @param array<string, string> $headers   Header name => value, Message-ID included.
	 * @param int                   $ticket_id Ticket it is about, 0 for none.
	 * @param array<string, string> $files     Files to attach: name in the email => absolute path.
	 */
	public function __construct(
		public readonly string $type,
		public readonly string $to,
		public readonly string $subject,
		public readonly string $html,
		public readonly string $text,
		public readonly array $headers,
		public readonly int $ticket_id,
		public readonly array $files = array(),
	) {}

	/** The Message-ID header. */
	public function message_id(): string {
		return $this->headers['Message-ID'] ?? '';
	}
}
