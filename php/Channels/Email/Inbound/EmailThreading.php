<?php
/**
 * Which conversation an email answers.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Contacts\Contact;
use Storedesk\Messages\MessageRepository;
use Storedesk\Notifications\ThreadHeaders;
use Storedesk\Tickets\Participants;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * An email continues a conversation when one of the ids it answers
 * (In-Reply-To first, then References newest first) is one of our signed
 * Message-IDs or a message stored in that conversation, and its sender
 * takes part in it. Never by subject. A reply from someone who is not in
 * the conversation (a forwarded thread, a guessed id) opens a new one.
 */
class EmailThreading {

	/**
	 * Builds the threading.
	 *
	 * @param ThreadHeaders     $headers      Our signed ids.
	 * @param MessageRepository $messages     Stored Message-IDs.
	 * @param TicketRepository  $tickets      Tickets.
	 * @param Participants      $participants Who else takes part.
	 */
	public function __construct(
		private ThreadHeaders $headers,
		private MessageRepository $messages,
		private TicketRepository $tickets,
		private Participants $participants,
	) {}

	/**
	 * The ticket an email continues, or null for a new conversation.
	 *
	 * @param string[] $references Ids it answers, most relevant first.
	 * @param Contact  $sender     Its sender.
	 */
	public function ticket_for( array $references, Contact $sender ): ?int {
		foreach ( $references as $id ) {
			$ticket_id = $this->headers->ticket_of( (string) $id );
			if ( ! $ticket_id ) {
				$message   = $this->messages->find_by_external( 'email', trim( (string) $id, " <>\t" ) );
				$ticket_id = $message ? $message->ticket_id : 0;
			}
			$ticket = $ticket_id ? $this->tickets->find( $ticket_id ) : null;
			if ( $ticket ) {
				return $ticket->contact_id() === $sender->id || $this->participants->has( $ticket->id(), $sender->id ) ? $ticket->id() : null;
			}
		}
		return null;
	}
}
