<?php
/**
 * Who a contact is in the store.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Contacts\AccountProof;
use Storedesk\Contacts\Contact;
use Storedesk\Contacts\Identity;

defined( 'ABSPATH' ) || exit;

/**
 * The keys a contact's orders are found by: the account, only when the
 * link to it was proven (an account's email is only a claim, see
 * AccountProof), and the addresses and numbers the contact writes from,
 * which find the orders placed without an account.
 */
final class CustomerMatch {

	/**
	 * Keys.
	 *
	 * @param int      $user_id Proven account, 0 for none.
	 * @param string[] $emails  Lower-case addresses.
	 * @param string[] $phones  Numbers in E.164.
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly array $emails,
		public readonly array $phones,
	) {}

	/**
	 * The keys of a contact.
	 *
	 * @param Contact $contact    Contact.
	 * @param array   $identities Its identities, as ContactRepository::identities() gives them.
	 */
	public static function of( Contact $contact, array $identities ): self {
		$emails = array();
		$phones = array();
		foreach ( array_merge( array( array( 'email', (string) $contact->email ), array( 'phone', (string) $contact->phone ) ), array_map( static fn( $i ) => array( $i['channel'], $i['value'] ), $identities ) ) as list( $type, $value ) ) {
			if ( 'email' === $type ) {
				$emails[] = Identity::normalize( 'email', $value );
			} elseif ( 'phone' === $type ) {
				$phones[] = Identity::phone( $value );
			}
		}
		$proven = $contact->user_id && in_array( $contact->user_proof, AccountProof::VERIFIED, true );
		return new self( $proven ? $contact->user_id : 0, array_values( array_unique( array_filter( $emails ) ) ), array_values( array_unique( array_filter( $phones ) ) ) );
	}

	/** Whether there is anything to look orders up by. */
	public function is_empty(): bool {
		return ! $this->user_id && ! $this->emails && ! $this->phones;
	}

	/**
	 * Whether an order is this customer's: placed from the account, or
	 * placed without one from one of the customer's addresses or numbers.
	 *
	 * @param \WC_Order $order Order.
	 */
	public function owns( \WC_Order $order ): bool {
		$customer = (int) $order->get_customer_id();
		if ( $customer ) {
			return $customer === $this->user_id;
		}
		return in_array( strtolower( (string) $order->get_billing_email() ), $this->emails, true )
			|| in_array( OrderPhones::of( $order ), $this->phones, true );
	}
}
