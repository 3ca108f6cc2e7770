<?php
/**
 * What rules can ask about a ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * The facts an automation rule, a report or another plugin may test on a
 * ticket, by name: the ticket's own fields here, and whatever integrations
 * add through storedesk_ticket_attributes (WooCommerce: the order's total,
 * status and product categories, the customer's lifetime spend and order
 * count). Computed when asked, never stored, so they are always current.
 */
class TicketAttributes {

	/**
	 * The attributes of a ticket.
	 *
	 * @param Ticket $ticket Ticket.
	 * @return array<string, scalar|array>
	 */
	public function of( Ticket $ticket ): array {
		$attributes = array(
			'status'   => $ticket->status(),
			'priority' => $ticket->priority(),
			'channel'  => (string) $ticket->get( 'channel' ),
			'assignee' => $ticket->assignee_id(),
			'team'     => $ticket->team_id(),
			'subject'  => (string) $ticket->get( 'subject' ),
		);
		/**
		 * Facts about a ticket that rules may test.
		 *
		 * @since 0.3.0
		 * @param array  $attributes Name => value (scalars, or lists of strings).
		 * @param Ticket $ticket     The ticket.
		 */
		return (array) apply_filters( 'storedesk_ticket_attributes', $attributes, $ticket );
	}
}
