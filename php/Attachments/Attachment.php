<?php
/**
 * Attachment value object.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

defined( 'ABSPATH' ) || exit;

/**
 * One uploaded file of a ticket: uploaded first, then carried by the message
 * it was sent with ($message_id is null until then).
 */
final class Attachment {

	/**
	 * Builds an attachment.
	 *
	 * @param int      $id         Attachment id.
	 * @param int      $ticket_id  Ticket it belongs to.
	 * @param int|null $message_id Message that carries it, null while unsent.
	 * @param int      $user_id    Agent who uploaded it, 0 for a customer.
	 * @param int      $contact_id Customer who uploaded it, 0 for an agent.
	 * @param string   $name       Original file name, for display and downloads only.
	 * @param string   $mime       Checked content type.
	 * @param int      $size       Bytes.
	 * @param string   $path       Stored path relative to the private folder.
	 * @param string   $created_at UTC time.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $ticket_id,
		public readonly ?int $message_id,
		public readonly int $user_id,
		public readonly int $contact_id,
		public readonly string $name,
		public readonly string $mime,
		public readonly int $size,
		public readonly string $path,
		public readonly string $created_at,
	) {}

	/**
	 * From a row of the attachments table.
	 *
	 * @param object $row Database row.
	 */
	public static function from_row( object $row ): self {
		return new self( (int) $row->id, (int) $row->ticket_id, null === $row->message_id ? null : (int) $row->message_id, (int) $row->user_id, (int) $row->contact_id, (string) $row->name, (string) $row->mime, (int) $row->size, (string) $row->path, (string) $row->created_at );
	}

	/** Whether a browser may show it in place (images and PDF) rather than download it. */
	public function is_inline(): bool {
		return str_starts_with( $this->mime, 'image/' ) || 'application/pdf' === $this->mime;
	}
}
