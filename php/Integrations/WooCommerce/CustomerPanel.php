<?php
/**
 * The store beside a conversation.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Roles;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Who the ticket's customer is in the store, what they bought, and the
 * order the ticket is about in full, with what the agent may do to it.
 */
class CustomerPanel {

	/** How many of the customer's newest orders are listed. */
	private const RECENT = 5;

	/**
	 * Builds the panel.
	 *
	 * @param ContactRepository $contacts The ticket's customer.
	 * @param CustomerOrders    $orders   Their orders.
	 * @param OrderSummary      $summary  An order's line.
	 * @param OrderDetails      $details  An order in full.
	 */
	public function __construct( private ContactRepository $contacts, private CustomerOrders $orders, private OrderSummary $summary, private OrderDetails $details ) {}

	/**
	 * The panel of a ticket.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function for_ticket( Ticket $ticket ): array {
		$who   = $this->customer_of( $ticket );
		$found = $this->orders->find( $who );
		// The orders shown in full, read in one batch: the newest, the ticket's own, the account's first.
		$linked_id = (int) $ticket->get( 'order_id' );
		$loaded    = Store::orders_in_full( array_merge( $found->newest_ids( self::RECENT ), array( $linked_id, $found->first_account_id() ) ) );
		// An order no query lists (trashed) is still the ticket's.
		$linked = $loaded[ $linked_id ] ?? Store::order( $linked_id );
		$stats  = $this->orders->stats( $who, $found, $loaded );
		return array(
			'customer' => $this->account( $who->user_id ),
			'matched'  => array(
				'emails' => $who->emails,
				'phones' => $who->phones,
			),
			'stats'    => array(
				'spent'         => Store::price( $stats['spent'] ),
				'orders'        => $stats['orders'],
				'average'       => Store::price( $stats['average'] ),
				'first_order'   => Store::date( $stats['first'] ),
				'spent_amount'  => $stats['spent'],
				'average_value' => $stats['average'],
			),
			'orders'   => array_map( array( $this->summary, 'present' ), $this->orders->recent( $found, $loaded, self::RECENT ) ),
			'order'    => $linked ? $this->details->present( $linked ) + array( 'is_customers' => $who->owns( $linked ) ) : null,
			'can'      => array(
				'note'   => current_user_can( Roles::ORDER_NOTES ),
				'email'  => current_user_can( Roles::ORDER_EMAILS ),
				'status' => current_user_can( Roles::ORDER_STATUS ),
				'refund' => current_user_can( Roles::REFUND_ORDERS ),
			),
			'statuses' => wc_get_order_statuses(),
		);
	}

	/**
	 * The store's keys for the ticket's customer.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function customer_of( Ticket $ticket ): CustomerMatch {
		$contact = $this->contacts->find( $ticket->contact_id() );
		return $contact ? CustomerMatch::of( $contact, $this->contacts->identities( $contact->id ) ) : new CustomerMatch( 0, array(), array() );
	}

	/**
	 * The customer's account, or null for a guest.
	 *
	 * @param int $user_id Proven account, 0 for none.
	 */
	private function account( int $user_id ): ?array {
		$user = $user_id ? get_userdata( $user_id ) : false;
		if ( ! $user ) {
			return null;
		}
		return array(
			'id'      => $user->ID,
			'name'    => $user->display_name,
			'email'   => $user->user_email,
			'since'   => wp_date( (string) get_option( 'date_format' ), (int) strtotime( $user->user_registered . ' UTC' ) ),
			'profile' => current_user_can( 'edit_user', $user->ID ) ? get_edit_user_link( $user->ID ) : null,
		);
	}
}
