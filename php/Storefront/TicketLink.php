<?php
/**
 * Links that open a ticket for the shopper.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * The one place that says where a shopper reads a ticket, so emails, the
 * portal and the widget all send people to the same screen. The link carries
 * a fresh guest token, so it works without an account.
 */
class TicketLink {

	/**
	 * Builds the link maker.
	 *
	 * @param GuestTokens $tokens Signs the guest token.
	 */
	public function __construct( private GuestTokens $tokens ) {}

	/**
	 * The shopper's link to one ticket.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function for_ticket( int $ticket_id ): string {
		return add_query_arg(
			array(
				'storedesk_ticket' => $ticket_id,
				'storedesk_token'  => $this->tokens->issue( $ticket_id ),
			),
			$this->portal_url()
		);
	}

	/** Where shoppers see their support requests. */
	public function portal_url(): string {
		/**
		 * Filters the URL of the customer portal, where ticket links lead.
		 *
		 * @since 0.2.0
		 * @param string $url Portal URL: My Account's Support tab, the portal page, or the home page until one exists.
		 */
		return (string) apply_filters( 'storedesk_portal_url', Portal::url() );
	}
}
