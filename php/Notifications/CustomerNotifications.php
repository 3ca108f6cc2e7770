<?php
/**
 * What customers are told.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Conversations\Outbound;
use Storedesk\Messages\Message;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * The acknowledgement of a new request and the resolution (an agent's
 * reply is queued by the controller that stores it). Each is a delivery on the channel that reaches the customer
 * (Conversations\Outbound): by email when they have an address, on their
 * own channel once it sends; internal notes never come here and spam is
 * never answered.
 */
class CustomerNotifications {

	/**
	 * Builds the notifications.
	 *
	 * @param Outbound $outbound The way out.
	 */
	public function __construct( private Outbound $outbound ) {}

	/**
	 * "We received your request", with its number, the message and the link.
	 *
	 * @param Ticket  $ticket The new ticket.
	 * @param Message $first  Its first message.
	 * @return bool Whether a delivery was queued.
	 */
	public function acknowledge( Ticket $ticket, Message $first ): bool {
		return null !== $this->outbound->send( $ticket, $first, 'customer-acknowledgement' );
	}

	/**
	 * "Your request is resolved".
	 *
	 * @param Ticket  $ticket Ticket.
	 * @param Message $event  The status change event.
	 * @return bool Whether a delivery was queued.
	 */
	public function resolved( Ticket $ticket, Message $event ): bool {
		return null !== $this->outbound->send( $ticket, $event, 'customer-resolved' );
	}
}
