<?php
/**
 * How a message to a customer leaves.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Contacts\Contact;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * A reply is sent on the conversation's own channel when that channel can
 * send and the customer has an address there; otherwise, and for the
 * notices (received, resolved), by email when they have one. Deliveries are made by this answer and the composer shows it,
 * so an agent knows before sending where the reply goes, or that it goes
 * nowhere.
 */
class ReplyRoute {

	/**
	 * Builds the route.
	 *
	 * @param ChannelRegistry   $channels Channels.
	 * @param ContactRepository $contacts A customer's addresses on a channel.
	 */
	public function __construct( private ChannelRegistry $channels, private ContactRepository $contacts ) {}

	/**
	 * The address an email to the customer goes to, or null when they are
	 * not to be emailed.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @param string       $type    Email type (customer-reply…).
	 */
	private function email_for( Ticket $ticket, ?Contact $contact, string $type ): ?string {
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
	 * @return array{via: ?string, to: ?string, reason: ?string} via a channel slug, to whom;
	 *         via null with reason 'no_address' or 'not_sent' when the reply stays in the desk.
	 */
	public function for_reply( Ticket $ticket, ?Contact $contact ): array {
		return $this->route( $ticket, $contact, 'customer-reply' );
	}

	/**
	 * How a message of a type reaches the customer: on the conversation's
	 * channel when it sends and knows them there, else by email.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @param string       $type    customer-reply, customer-acknowledgement, customer-resolved.
	 * @return array{via: ?string, to: ?string, reason: ?string}
	 */
	public function route( Ticket $ticket, ?Contact $contact, string $type ): array {
		$route   = null;
		$channel = $this->channels->get( (string) $ticket->get( 'channel' ) );
		// Replies go on the conversation's own channel; notices (received, resolved) are email's.
		if ( 'customer-reply' === $type && $contact && $channel && $channel->can_send() && Channel::EMAIL !== $channel->address_type() && 'spam' !== $ticket->status() ) {
			$to    = $this->identity( $contact, $channel->address_type() );
			$route = null === $to ? null : array(
				'via'    => $channel->slug(),
				'to'     => $to,
				'reason' => null,
			);
		}
		if ( null === $route ) {
			$email = $this->email_for( $ticket, $contact, $type );
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
		}
		/**
		 * Filters how a message to the customer leaves.
		 *
		 * @since 0.2.0
		 * @param array        $route   via (channel slug or null), to, reason.
		 * @param Ticket       $ticket  The ticket.
		 * @param Contact|null $contact Its customer.
		 * @param string       $type    customer-reply, customer-acknowledgement, customer-resolved. (since 0.4.0).
		 */
		return (array) apply_filters( 'storedesk_reply_route', $route, $ticket, $contact, $type );
	}

	/**
	 * The contact's first address of a type.
	 *
	 * @param Contact $contact Contact.
	 * @param string  $type    Address type.
	 */
	private function identity( Contact $contact, string $type ): ?string {
		foreach ( $this->contacts->identities( $contact->id ) as $identity ) {
			if ( $identity['channel'] === $type ) {
				return $identity['value'];
			}
		}
		return null;
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
