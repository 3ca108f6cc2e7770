<?php
/**
 * A conversation opened in answer to another.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Contacts\Contact;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * When someone who does not take part in a conversation answers it (a
 * forwarded thread, a colleague the customer never copied in), their
 * message opens a conversation of its own, for their words must not reach
 * the customer's thread unasked; each of the two says so in its thread,
 * so an agent can join them up.
 */
class RelatedTickets {

	/**
	 * Builds the linker.
	 *
	 * @param TicketRepository  $tickets  Tickets.
	 * @param MessageRepository $messages Their threads.
	 */
	public function __construct( private TicketRepository $tickets, private MessageRepository $messages ) {}

	/**
	 * Notes the link in both threads.
	 *
	 * @param Ticket  $opened  The new conversation.
	 * @param int     $answers The one its first message answers.
	 * @param Contact $sender  Who wrote it.
	 */
	public function link( Ticket $opened, int $answers, Contact $sender ): void {
		$other = $this->tickets->find( $answers );
		if ( ! $other || $other->id() === $opened->id() ) {
			return;
		}
		$who = $sender->email ? $sender->email : $sender->display_name();
		/* translators: 1: ticket number answered, 2: the sender */
		$this->event( $opened, sprintf( __( 'This answers #%1$d, a conversation %2$s does not take part in, so it was opened apart.', 'storedesk' ), $other->id(), $who ), $other->id() );
		/* translators: 1: the sender, 2: the new ticket number */
		$this->event( $other, sprintf( __( '%1$s, who does not take part in this conversation, answered it; their message opened #%2$d.', 'storedesk' ), $who, $opened->id() ), $opened->id() );
	}

	/**
	 * One event in a thread.
	 *
	 * @param Ticket $ticket  The ticket.
	 * @param string $body    What it says.
	 * @param int    $related The other ticket.
	 */
	private function event( Ticket $ticket, string $body, int $related ): void {
		$this->messages->add(
			$ticket->id(),
			array(
				'kind'      => 'event',
				'channel'   => (string) $ticket->get( 'channel' ),
				'author_id' => 0,
				'format'    => 'text',
				'body'      => $body,
				'meta'      => array(
					'field' => 'related',
					'from'  => null,
					'to'    => $related,
				),
			)
		);
	}
}
