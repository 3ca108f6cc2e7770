<?php
/**
 * Message value object.
 *
 * @package Storedesk
 */

namespace Storedesk\Messages;

defined( 'ABSPATH' ) || exit;

/**
 * One entry of a ticket's thread: a customer message, an agent reply, an
 * internal note or a system event.
 */
final class Message {

	public const KINDS = array( 'customer', 'reply', 'note', 'event' );

	/**
	 * Builds a message.
	 *
	 * @param int         $id          Message id.
	 * @param int         $ticket_id   Ticket id.
	 * @param string      $kind        customer, reply, note or event.
	 * @param int         $author_id   Agent user id, 0 for customers.
	 * @param int         $contact_id  Customer contact id, 0 for agents.
	 * @param string      $channel     Channel the message came or went through.
	 * @param string      $body        Sanitised HTML or plain text.
	 * @param string      $format      html or text.
	 * @param string|null $external_id Channel's own id, such as an email Message-ID.
	 * @param array       $meta        Extra details (event changes, logged-by…).
	 * @param string      $created_at  UTC time.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $ticket_id,
		public readonly string $kind,
		public readonly int $author_id,
		public readonly int $contact_id,
		public readonly string $channel,
		public readonly string $body,
		public readonly string $format,
		public readonly ?string $external_id,
		public readonly array $meta,
		public readonly string $created_at,
	) {}

	/**
	 * From a row of the messages table.
	 *
	 * @param object $row Database row.
	 */
	public static function from_row( object $row ): self {
		$meta = null === $row->meta ? array() : json_decode( (string) $row->meta, true );
		return new self( (int) $row->id, (int) $row->ticket_id, (string) $row->kind, (int) $row->author_id, (int) $row->contact_id, (string) $row->channel, (string) $row->body, (string) $row->format, $row->external_id, is_array( $meta ) ? $meta : array(), (string) $row->created_at );
	}
}
