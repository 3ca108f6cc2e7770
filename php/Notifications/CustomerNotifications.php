<?php
/**
 * Emails to customers.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Channels\ReplyRoute;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Messages\Message;
use Storedesk\Storefront\TicketLink;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * The acknowledgement of a new request, every agent reply in full, and the
 * resolution, each with the shopper's magic link. Internal notes never
 * come here. A customer is emailed when their contact has an email
 * address, whatever channel the ticket came from: a chat or WhatsApp
 * customer without an address gets nothing (the channel itself answers),
 * and spam is never answered.
 */
class CustomerNotifications {

	/**
	 * Builds the notifications.
	 *
	 * @param EmailBuilder      $builder  Builds emails.
	 * @param Mailer            $mailer   Sends them.
	 * @param ContactRepository $contacts Contacts, for the address.
	 * @param TicketLink        $links    The shopper's link to a ticket.
	 * @param ReplyRoute        $route    Where customer mail goes.
	 */
	public function __construct(
		private EmailBuilder $builder,
		private Mailer $mailer,
		private ContactRepository $contacts,
		private TicketLink $links,
		private ReplyRoute $route,
	) {}

	/**
	 * "We received your request", with its number, the message and the link.
	 *
	 * @param Ticket  $ticket The new ticket.
	 * @param Message $first  Its first message.
	 */
	public function acknowledge( Ticket $ticket, Message $first ): bool {
		return $this->send( 'customer-acknowledgement', $ticket, array( 'message' => $first, 'auto' => 'auto-replied' ) );
	}

	/**
	 * An agent's reply, readable without clicking. A person wrote it, so it
	 * is not marked automatic; a reply without an author (automation) is.
	 *
	 * @param Ticket  $ticket Ticket.
	 * @param Message $reply  The reply.
	 */
	public function reply( Ticket $ticket, Message $reply ): bool {
		if ( 'reply' !== $reply->kind ) {
			return false;
		}
		return $this->send(
			'customer-reply',
			$ticket,
			array(
				'message'  => $reply,
				'agent_id' => $reply->author_id,
				'auto'     => $reply->author_id ? null : 'auto-replied',
			)
		);
	}

	/**
	 * "Your request is resolved".
	 *
	 * @param Ticket  $ticket Ticket.
	 * @param Message $event  The status change event (its id keys the Message-ID).
	 */
	public function resolved( Ticket $ticket, Message $event ): bool {
		return $this->send(
			'customer-resolved',
			$ticket,
			array(
				'key'      => $event->id,
				'agent_id' => $event->author_id,
				'auto'     => 'auto-replied',
			)
		);
	}

	/**
	 * Builds and sends one email to the ticket's customer, if they can be emailed.
	 *
	 * @param string $type    Email type.
	 * @param Ticket $ticket  Ticket.
	 * @param array  $context See EmailBuilder::build().
	 */
	private function send( string $type, Ticket $ticket, array $context ): bool {
		$to = $this->address( $ticket, $type );
		if ( null === $to ) {
			return false;
		}
		$context['link'] = $this->links->for_ticket( $ticket->id() );
		return $this->mailer->send( $this->builder->build( $type, $to, $ticket, $context ) );
	}

	/**
	 * The customer's address, or null when they are not to be emailed.
	 *
	 * @param Ticket $ticket Ticket.
	 * @param string $type   Email type.
	 */
	private function address( Ticket $ticket, string $type ): ?string {
		return $this->route->email_for( $ticket, $this->contacts->find( $ticket->contact_id() ), $type );
	}
}
