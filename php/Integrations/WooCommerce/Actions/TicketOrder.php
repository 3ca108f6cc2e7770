<?php
/**
 * Which orders a ticket may act on.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use Storedesk\Integrations\WooCommerce\CustomerPanel;
use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * An order id in a URL is only a claim. An agent acts on an order from a
 * ticket because the ticket is about it: the order the ticket is linked
 * to, or one the ticket's customer placed. Any other order, even one that
 * exists, is not found, so a ticket never reaches a stranger's order.
 */
class TicketOrder {

	/**
	 * Builds the check.
	 *
	 * @param CustomerPanel $panel Who the ticket's customer is in the store.
	 */
	public function __construct( private CustomerPanel $panel ) {}

	/**
	 * The order, when the ticket may act on it.
	 *
	 * @param Ticket $ticket   Ticket.
	 * @param int    $order_id Order id from the request.
	 */
	public function find( Ticket $ticket, int $order_id ): ?\WC_Order {
		$order = Store::order( $order_id );
		if ( ! $order ) {
			return null;
		}
		if ( (int) $ticket->get( 'order_id' ) === $order->get_id() ) {
			return $order;
		}
		return $this->panel->customer_of( $ticket )->owns( $order ) ? $order : null;
	}
}
