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
 * An email continues a conversation found, in this order, by our signed
 * reply address (support+token@), the ids it answers (In-Reply-To first,
 * then References newest first: our signed Message-IDs, or a message stored
 * in that conversation), or our hidden marker in the quoted history (for
 * clients that drop the headers); and only when its sender takes part in
 * it. Never by subject. A reply from someone who is not in the
 * conversation (a forwarded thread, a guessed id) opens a new one.
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
	 * @param array   $meta   The message's meta: tokens (of reply addresses), references (ids it answers, most relevant first), markers.
	 * @param Contact $sender Its sender.
	 */
	public function ticket_for( array $meta, Contact $sender ): ?int {
		foreach ( $this->candidates( $meta ) as $ticket_id ) {
			$ticket = $ticket_id ? $this->tickets->find( $ticket_id ) : null;
			if ( $ticket ) {
				return $ticket->contact_id() === $sender->id || $this->participants->has( $ticket->id(), $sender->id ) ? $ticket->id() : null;
			}
		}
		return null;
	}

	/**
	 * The ticket the clues point at, whoever sent the email: a sender who
	 * does not take part opens a new conversation, linked to this one.
	 *
	 * @param array $meta See ticket_for().
	 */
	public function related( array $meta ): ?int {
		foreach ( $this->candidates( $meta ) as $ticket_id ) {
			if ( $ticket_id && $this->tickets->find( $ticket_id ) ) {
				return $ticket_id;
			}
		}
		return null;
	}

	/**
	 * Tickets the clues point at, strongest first, read lazily.
	 *
	 * @param array $meta See ticket_for().
	 * @return \Generator<int>
	 */
	private function candidates( array $meta ): \Generator {
		foreach ( (array) ( $meta['tokens'] ?? array() ) as $token ) {
			yield $this->headers->ticket_of_token( (string) $token );
		}
		foreach ( (array) ( $meta['references'] ?? array() ) as $id ) {
			$ticket_id = $this->headers->ticket_of( (string) $id );
			if ( ! $ticket_id ) {
				$message   = $this->messages->find_by_external( 'email', trim( (string) $id, " <>\t" ) );
				$ticket_id = $message ? $message->ticket_id : 0;
			}
			yield $ticket_id;
		}
		foreach ( (array) ( $meta['markers'] ?? array() ) as $token ) {
			yield $this->headers->ticket_of_token( (string) $token );
		}
	}
}
