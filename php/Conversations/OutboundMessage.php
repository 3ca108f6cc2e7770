<?php
/**
 * A message to a customer, as a channel sends it.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Messages\Message;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * One delivery's work: what (the type and the message it carries), to whom
 * on which channel, on which conversation, and which try this is. Channels
 * read it in send(); the ticket and message are read when the job runs, so
 * a send never carries what changed since it was queued.
 */
final class OutboundMessage {

	/**
	 * Builds the message.
	 *
	 * @param int     $delivery_id Delivery row; a channel may use it as its idempotency key.
	 * @param string  $type        customer-reply, customer-acknowledgement, customer-resolved.
	 * @param string  $channel     Channel slug that carries it.
	 * @param string  $to          Recipient's address on that channel.
	 * @param Ticket  $ticket      The conversation.
	 * @param Message $message     The message it carries (the reply, the first message, the resolution event).
	 * @param int     $attempt     1 for the first try.
	 */
	public function __construct(
		public readonly int $delivery_id,
		public readonly string $type,
		public readonly string $channel,
		public readonly string $to,
		public readonly Ticket $ticket,
		public readonly Message $message,
		public readonly int $attempt = 1,
	) {}
}
