<?php
/**
 * Who the shopper is and which tickets they may open.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Contacts\Identity;
use Storedesk\Install\Schema;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketIndex;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Ownership rules of the shopper side, in one place:
 * - a logged-in customer owns the tickets of the contacts linked to their
 *   user, from any channel. An account email alone proves nothing (WooCommerce
 *   lets customers change it without confirming), so a contact is linked when
 *   it is created for that user, or when the customer, logged in, opens a
 *   magic link that was mailed to their own account address;
 * - a guest opens the one ticket their magic-link token names;
 * - nobody sees a ticket marked as spam.
 */
class Shopper {

	/**
	 * Builds the rules.
	 *
	 * @param GuestTokens       $tokens   Magic-link tokens.
	 * @param ContactRepository $contacts Contacts.
	 * @param TicketIndex       $index    Tickets.
	 */
	public function __construct( private GuestTokens $tokens, private ContactRepository $contacts, private TicketIndex $index ) {}

	/**
	 * Contacts a user speaks as.
	 *
	 * @param int $user_id User, 0 for a guest.
	 * @return int[]
	 */
	public function contact_ids( int $user_id ): array {
		global $wpdb;
		$user = $user_id ? get_userdata( $user_id ) : false;
		if ( ! $user ) {
			return array();
		}
		$ids   = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM ' . Schema::table( 'contacts' ) . ' WHERE user_id = %d AND merged_into = 0', $user_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$email = Identity::normalize( 'email', (string) $user->user_email );
		/**
		 * Filters whether a customer's account email alone proves they own the
		 * tickets written from that address. Off by default: return true only
		 * where account emails are confirmed (for example by an SSO provider).
		 *
		 * @since 0.2.0
		 * @param bool     $trusted Whether the account email counts.
		 * @param \WP_User $user    Customer.
		 */
		if ( null !== $email && apply_filters( 'storedesk_trust_account_email', false, $user ) ) {
			$contact = $this->contacts->find_by_identity( 'email', $email );
			if ( $contact ) {
				$ids[] = $contact->id;
			}
		}
		return array_values( array_unique( $ids ) );
	}

	/**
	 * Whether someone may open a ticket.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $token     Guest token, or ''.
	 * @param int    $user_id   Logged-in user, or 0.
	 * @return true|WP_Error
	 */
	public function check_ticket( int $ticket_id, string $token, int $user_id ) {
		if ( '' === $token && ! $user_id ) {
			return new WP_Error( 'storedesk_login_required', __( 'Log in, or open the link from your email, to see this request.', 'storedesk' ), array( 'status' => 401 ) );
		}
		$opens = '' === $token ? 0 : $this->tokens->verify( $token );
		if ( '' !== $token && ! $opens ) {
			return new WP_Error( 'storedesk_invalid_token', __( 'This link is invalid or has expired. Ask for a new one below.', 'storedesk' ), array( 'status' => 401 ) );
		}
		$ticket = $this->ticket( $ticket_id );
		$by_tok = $opens === $ticket_id;
		$owned  = $ticket && ( $by_tok || in_array( $ticket->contact_id(), $this->contact_ids( $user_id ), true ) );
		if ( ! $ticket || ! $owned || 'spam' === $ticket->status() ) {
			return new WP_Error( 'storedesk_ticket_not_found', __( 'We could not find that support request.', 'storedesk' ), array( 'status' => 404 ) );
		}
		return true;
	}

	/**
	 * Links the ticket's contact to a logged-in customer who opened the magic
	 * link: the link reached the contact's mailbox, and when that mailbox is
	 * also the account's address, both are the same person. A contact already
	 * linked to someone, or a forwarded link, changes nothing.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $token     Guest token from the request.
	 * @param int    $user_id   Logged-in user.
	 */
	public function claim( int $ticket_id, string $token, int $user_id ): bool {
		$user   = $user_id ? get_userdata( $user_id ) : false;
		$ticket = $this->ticket( $ticket_id );
		if ( ! $user || ! $ticket || '' === $token || $this->tokens->verify( $token ) !== $ticket_id ) {
			return false;
		}
		$contact = $this->contacts->find( $ticket->contact_id() );
		$email   = Identity::normalize( 'email', (string) $user->user_email );
		if ( ! $contact || $contact->user_id || null === $email || $contact->email !== $email ) {
			return false;
		}
		return $this->contacts->link_user( $contact->id, $user_id );
	}

	/**
	 * A ticket by id (the check comes first).
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function ticket( int $ticket_id ): ?Ticket {
		return $this->index->get( $ticket_id );
	}
}
