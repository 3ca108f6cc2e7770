<?php
/**
 * What Intake did with a message.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Contacts\Contact;
use Storedesk\Messages\Message;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * The stored message, its ticket and sender, and whether it opened the
 * ticket or had been stored before (a redelivery).
 */
final class Received {

	/**
	 * Builds the outcome.
	 *
	 * @param Ticket  $ticket    The conversation.
	 * @param Message $message   The stored message.
	 * @param Contact $contact   Its sender.
	 * @param bool    $opened    It opened the ticket.
	 * @param bool    $duplicate It was stored before; nothing happened now.
	 * @param bool    $reopened  It reopened a resolved or closed ticket.
	 */
	public function __construct(
		public readonly Ticket $ticket,
		public readonly Message $message,
		public readonly Contact $contact,
		public readonly bool $opened = false,
		public readonly bool $duplicate = false,
		public readonly bool $reopened = false,
	) {}
}
