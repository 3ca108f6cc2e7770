<?php
/**
 * Who the shopper is and which tickets they may open.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Contacts\AccountProof;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Schema;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketIndex;
use Storedesk\Tickets\TicketMeta;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Ownership rules of the shopper side, in one place:
 * - a logged-in customer owns the tickets they filed signed in, and those
 *   of the contacts linked to them with a proof (AccountProof), from any
 *   channel, except tickets an unverified sender filed under their address;
 *   an account email alone proves nothing (WooCommerce lets customers change
 *   it without confirming);
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
	 * @param AccountProof      $proof    Which accounts own which addresses.
	 */
	public function __construct( private GuestTokens $tokens, private ContactRepository $contacts, private TicketIndex $index, private AccountProof $proof ) {}

	/**
	 * Contacts a user speaks as: linked with a proof, or unlinked under the
	 * address the account has proven.
	 *
	 * @param int $user_id User, 0 for a guest.
	 * @return int[]
	 */
	public function contact_ids( int $user_id ): array {
		global $wpdb;
		$email = AccountProof::address_of( $user_id );
		if ( null === $email ) {
			return array();
		}
		$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM ' . Schema::table( 'contacts' ) . ' WHERE user_id = %d AND merged_into = 0 AND user_proof IN (' . ContactRepository::verified_list() . ')', $user_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( '' !== $this->proof->proof_of( $user_id ) ) {
			$contact = $this->contacts->find_by_identity( 'email', $email );
			if ( $contact && ! AccountProof::is_verified( $contact ) && ! $contact->merged_into ) {
				$ids[] = $contact->id;
			}
		}
		return array_values( array_unique( $ids ) );
	}

	/**
	 * Whether a signed-in customer owns a ticket without a token.
	 *
	 * @param Ticket $ticket  Ticket.
	 * @param int    $user_id Customer, 0 for a guest.
	 */
	public function owns( Ticket $ticket, int $user_id ): bool {
		if ( ! $user_id ) {
			return false;
		}
		if ( (int) $ticket->get( 'customer_user_id' ) === $user_id ) {
			return true;
		}
		return (int) $ticket->get( 'sender_verified' ) && in_array( $ticket->contact_id(), $this->contact_ids( $user_id ), true );
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
		$owned  = $ticket && ( $by_tok || $this->owns( $ticket, $user_id ) );
		if ( ! $ticket || ! $owned || 'spam' === $ticket->status() ) {
			return new WP_Error( 'storedesk_ticket_not_found', __( 'We could not find that support request.', 'storedesk' ), array( 'status' => 404 ) );
		}
		return true;
	}

	/**
	 * Links the ticket's contact to a logged-in customer who opened the magic
	 * link: the link reached the contact's mailbox, and when that mailbox is
	 * also the account's address, both are the same person, so the account's
	 * address counts as proven from now on. A contact another account holds
	 * with a proof, or a link opened in an account with another address,
	 * changes nothing.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $token     Guest token from the request.
	 * @param int    $user_id   Logged-in user.
	 */
	public function claim( int $ticket_id, string $token, int $user_id ): bool {
		$email  = AccountProof::address_of( $user_id );
		$ticket = $this->ticket( $ticket_id );
		if ( null === $email || ! $ticket || '' === $token || $this->tokens->verify( $token ) !== $ticket_id ) {
			return false;
		}
		$contact = $this->contacts->find( $ticket->contact_id() );
		if ( ! $contact || $contact->email !== $email ) {
			return false;
		}
		$this->proof->remember( $user_id );
		return ! AccountProof::is_verified( $contact ) && $this->contacts->link_user( $contact->id, $user_id, 'magic_link' );
	}

	/**
	 * A reply through the link mailed to the ticket's address answers from
	 * that mailbox: the ticket of an unverified sender becomes the
	 * customer's, and shows in their portal from now on.
	 *
	 * @param Ticket $ticket Ticket replied to.
	 * @param string $token  Guest token the reply came with, or ''.
	 */
	public function confirm_sender( Ticket $ticket, string $token ): void {
		if ( (int) $ticket->get( 'sender_verified' ) || '' === $token || $this->tokens->verify( $token ) !== $ticket->id() ) {
			return;
		}
		TicketMeta::write( $ticket->id(), array( 'sender_verified' => 1 ) );
		$this->index->update( $ticket->id(), array( 'sender_verified' => 1 ) );
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
