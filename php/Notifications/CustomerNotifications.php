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
use Storedesk\Tickets\TicketIndex;

defined( 'ABSPATH' ) || exit;

/**
 * The acknowledgement of a new request and the resolution (an agent's
 * reply is queued by the controller that stores it). Each is a delivery on the channel that reaches the customer
 * (Conversations\Outbound): by email when they have an address, on their
 * own channel once it sends; internal notes never come here and spam is
 * never answered. A sender who opens many requests in an hour gets a few
 * acknowledgements, not one each: a robot that is not marked as one would
 * otherwise get an answer to every message it sends.
 */
class CustomerNotifications {

	/**
	 * Builds the notifications.
	 *
	 * @param Outbound    $outbound The way out.
	 * @param TicketIndex $index    Tickets a sender opened lately.
	 */
	public function __construct( private Outbound $outbound, private TicketIndex $index ) {}

	/**
	 * "We received your request", with its number, the message and the link.
	 *
	 * @param Ticket  $ticket The new ticket.
	 * @param Message $first  Its first message.
	 * @return bool Whether a delivery was queued.
	 */
	public function acknowledge( Ticket $ticket, Message $first ): bool {
		/**
		 * Filters how many acknowledgements one sender gets in an hour.
		 *
		 * @since 0.5.0
		 * @param int $limit Acknowledgements; 5 by default.
		 */
		$limit = max( 1, (int) apply_filters( 'storedesk_acknowledgements_per_hour', 5 ) );
		// This ticket counts among those opened in the hour.
		if ( $this->index->opened_since( $ticket->contact_id(), gmdate( 'Y-m-d H:i:s', time() - HOUR_IN_SECONDS ), $ticket->id() ) > $limit ) {
			return false;
		}
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
