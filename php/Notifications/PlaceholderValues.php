<?php
/**
 * What each placeholder stands for, on one ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * One source for the values of {customer_name} and the rest, for the
 * emails a manager words and for the replies an agent writes, so a
 * placeholder means the same in both. Other plugins add their own
 * through storedesk_placeholder_values (WooCommerce's order details do).
 */
class PlaceholderValues {

	/** Built in; storedesk_placeholders lists more. */
	public const CORE = array( 'customer_name', 'customer_first_name', 'ticket_number', 'ticket_subject', 'ticket_link', 'agent_name', 'site_name' );

	/**
	 * Builds the values source.
	 *
	 * @param ContactRepository $contacts The customer's name.
	 */
	public function __construct( private ContactRepository $contacts ) {}

	/**
	 * Every placeholder a text may use, without braces.
	 *
	 * @return string[]
	 */
	public static function names(): array {
		/**
		 * Placeholders offered to managers and agents, without braces.
		 *
		 * @since 0.3.0
		 * @param string[] $names Placeholder names.
		 */
		return array_values( array_unique( (array) apply_filters( 'storedesk_placeholders', self::CORE ) ) );
	}

	/**
	 * The values on a ticket.
	 *
	 * @param Ticket|null $ticket  Ticket, null for mail about several.
	 * @param int         $agent   The agent who writes, 0 for the store (automation).
	 * @param array       $context customer_name (instead of the contact's), link (for {ticket_link}).
	 * @return array<string, string>
	 */
	public function for_ticket( ?Ticket $ticket, int $agent, array $context = array() ): array {
		$contact = $ticket ? $this->contacts->find( $ticket->contact_id() ) : null;
		$user    = $agent ? get_userdata( $agent ) : null;
		// The blog name is stored with HTML entities; placeholders are plain text.
		$site   = wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
		$name   = (string) ( $context['customer_name'] ?? ( $contact ? $contact->display_name() : __( 'there', 'storedesk' ) ) );
		$values = array(
			'customer_name'       => $name,
			'customer_first_name' => $contact && '' !== $contact->name ? (string) strtok( $contact->name, ' ' ) : $name,
			'ticket_number'       => $ticket ? (string) $ticket->id() : '',
			'ticket_subject'      => $ticket ? (string) $ticket->get( 'subject' ) : '',
			'ticket_link'         => (string) ( $context['link'] ?? '' ),
			// Automation acts in the store's name.
			'agent_name'          => $user ? $user->display_name : $site,
			'site_name'           => $site,
		);
		/**
		 * Values of the placeholders on one ticket, as plain text.
		 *
		 * @since 0.3.0
		 * @param array<string, string> $values Placeholder => value.
		 * @param Ticket|null           $ticket The ticket, null for mail about several.
		 */
		return (array) apply_filters( 'storedesk_placeholder_values', $values, $ticket );
	}
}
