<?php
/**
 * A customer's message as a channel delivers it.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

defined( 'ABSPATH' ) || exit;

/**
 * Everything Intake needs to place one message, whatever way it came: the
 * storefront form, the portal, an agent opening a ticket or logging a call,
 * and later email, webhooks and chat. Adapters build it; nothing here
 * touches the database.
 */
final class InboundMessage {

	/**
	 * Builds the message.
	 *
	 * @param string        $channel     Channel slug.
	 * @param string        $source      The way in, for logs and extensions (form, noscript, portal, agent, call, webhook).
	 * @param string        $address     Sender's address on the channel (email, number, provider id); '' when contact_id names them.
	 * @param string        $body        Text or HTML.
	 * @param string        $format      text or html.
	 * @param string        $name        Sender's name, when known.
	 * @param array         $also        Other addresses the sender gave, as [address type, value] (a phone typed in the form).
	 * @param int           $contact_id  A contact already chosen (an agent picked the customer); wins over addresses.
	 * @param int           $ticket_id   The conversation it answers, when the sender named it (the portal, a call logged on a ticket).
	 * @param string        $subject     Subject of a new conversation.
	 * @param string|null   $external_id The channel's own id for the message; a second delivery with the same id is stored once.
	 * @param string        $kind        customer, or reply for what an agent did towards the customer (an outgoing call).
	 * @param int           $actor_id    Agent who entered it (opened the ticket, logged the call), 0 for the customer.
	 * @param bool          $automatic   Sent by a machine (an auto-reply): never opens a conversation nor answers.
	 * @param array         $meta        Stored with the message (a call's details, logged_by…).
	 * @param array         $ticket      Fields of a new ticket: team, priority, status, assignee, tags, order_id, cc, sender.
	 * @param bool          $with_files  Files come with it, so it needs no text.
	 * @param string|null   $created_at  UTC time it was sent, when the channel says; now otherwise.
	 * @param InboundFile[] $files     Files that came with it (email attachments, media), kept under the attachment rules.
	 */
	public function __construct(
		public readonly string $channel,
		public readonly string $source,
		public readonly string $address = '',
		public readonly string $body = '',
		public readonly string $format = 'text',
		public readonly string $name = '',
		public readonly array $also = array(),
		public readonly int $contact_id = 0,
		public readonly int $ticket_id = 0,
		public readonly string $subject = '',
		public readonly ?string $external_id = null,
		public readonly string $kind = 'customer',
		public readonly int $actor_id = 0,
		public readonly bool $automatic = false,
		public readonly array $meta = array(),
		public readonly array $ticket = array(),
		public readonly bool $with_files = false,
		public readonly ?string $created_at = null,
		public readonly array $files = array(),
	) {}

	/**
	 * A copy with some fields changed (a channel's own verdict added on the way in).
	 *
	 * @param array $changes Field => value.
	 */
	public function with( array $changes ): self {
		return new self( ...array_merge( get_object_vars( $this ), $changes ) );
	}
}
