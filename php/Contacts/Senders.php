<?php
/**
 * Who filed a shopper's ticket, and whether the customer did.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

defined( 'ABSPATH' ) || exit;

/**
 * A form post names an address but proves nothing about it. When the
 * address belongs to a customer (an account that proved the mailbox) and
 * the person posting is not signed in as that customer, the ticket is an
 * "unverified sender" one: agents see the warning, and the customer's
 * portal leaves it out until someone answers from the mailbox (the magic
 * link mailed there). Whoever filed a ticket signed in always sees it.
 */
class Senders {

	/**
	 * Builds the check.
	 *
	 * @param AccountProof      $proof    Which accounts own which addresses.
	 * @param ContactRepository $contacts Contacts.
	 */
	public function __construct( private AccountProof $proof, private ContactRepository $contacts ) {}

	/**
	 * Index columns for a ticket a shopper filed; links the contact to the
	 * signed-in account first when that account has proven the address.
	 *
	 * @param Contact $contact The ticket's contact.
	 * @param int     $user_id Signed-in shopper, 0 for a guest.
	 * @return array{customer_user_id: int, sender_verified: int}
	 */
	public function check( Contact $contact, int $user_id ): array {
		if ( $user_id && ! AccountProof::is_verified( $contact ) ) {
			$proof = $this->proof->proof_of( $user_id );
			if ( '' !== $proof && AccountProof::address_of( $user_id ) === $contact->email ) {
				$this->contacts->link_user( $contact->id, $user_id, $proof );
				$contact = $this->contacts->find( $contact->id ) ?? $contact;
			}
		}
		$owner = AccountProof::is_verified( $contact ) ? $contact->user_id : $this->proof->owner_of( $contact->email )[0];
		return array(
			'customer_user_id' => $user_id,
			'sender_verified'  => 0 === $owner || $owner === $user_id ? 1 : 0,
		);
	}
}
