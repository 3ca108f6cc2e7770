<?php
/**
 * How a message to a customer leaves.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Contacts\Contact;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Until a messaging channel can send on its own, every message to a
 * customer leaves by email, whatever channel the conversation came on. The
 * notifications send by this answer and the composer shows it, so an agent
 * knows before sending where the reply goes, or that it goes nowhere.
 */
class ReplyRoute {

	/**
	 * The address an email to the customer goes to, or null when they are
	 * not to be emailed.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @param string       $type    Email type (customer-reply…).
	 */
	public function email_for( Ticket $ticket, ?Contact $contact, string $type ): ?string {
		$email = $this->address_of( $contact );
		/**
		 * Filters whether the customer of a ticket gets an email.
		 *
		 * @since 0.2.0
		 * @param bool   $send   True when the contact has an email address and the ticket is not spam.
		 * @param string $type   customer-acknowledgement, customer-reply or customer-resolved.
		 * @param Ticket $ticket The ticket.
		 */
		$send = (bool) apply_filters( 'storedesk_email_customer', null !== $email && 'spam' !== $ticket->status(), $type, $ticket );
		return $send && null !== $email ? $email : null;
	}

	/**
	 * How an agent's reply on this ticket reaches the customer.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @return array{via: ?string, to: ?string, reason: ?string} via 'email' (or a channel that sends), to whom;
	 *         via null with reason 'no_address' or 'not_sent' when the reply stays in the desk.
	 */
	public function for_reply( Ticket $ticket, ?Contact $contact ): array {
		$email = $this->email_for( $ticket, $contact, 'customer-reply' );
		$route = null !== $email
			? array(
				'via'    => 'email',
				'to'     => $email,
				'reason' => null,
			)
			: array(
				'via'    => null,
				'to'     => null,
				'reason' => null === $this->address_of( $contact ) ? 'no_address' : 'not_sent',
			);
		/**
		 * Filters how a reply leaves, for channels that send on their own.
		 *
		 * @since 0.2.0
		 * @param array        $route   via, to, reason.
		 * @param Ticket       $ticket  The ticket.
		 * @param Contact|null $contact Its customer.
		 */
		return (array) apply_filters( 'storedesk_reply_route', $route, $ticket, $contact );
	}

	/**
	 * A contact's address, if it is one.
	 *
	 * @param Contact|null $contact Contact.
	 */
	private function address_of( ?Contact $contact ): ?string {
		return $contact && $contact->email && is_email( $contact->email ) ? $contact->email : null;
	}
}
