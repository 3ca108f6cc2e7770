<?php
/**
 * When a WordPress account may speak for a contact.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * An account email is only a claim: WooCommerce's Account details screen
 * changes it without a confirmation mail, so anyone can type a stranger's
 * address there. An account counts as the owner of its address only when
 * the mailbox was proven, and a contact is linked to an account only with
 * one of these proofs (recorded in contacts.user_proof):
 * - magic_link: the customer, signed in, opened a link mailed to the
 *   contact's address, which is also the account's address;
 * - verified_email: the account's address was proven before (a password
 *   reset link sent there was used, or a magic link as above) and has not
 *   changed since;
 * - site: the filter storedesk_trust_account_email says the site confirms
 *   every account email itself (an SSO provider, a confirmation plugin).
 * Links made before this rule ('legacy_email') prove nothing.
 */
class AccountProof {

	/** Proofs under which a linked account sees the contact's tickets. */
	public const VERIFIED = array( 'magic_link', 'verified_email', 'site' );

	/** Links made by email alone before the rule; kept for agents, trusted by nobody. */
	public const LEGACY = 'legacy_email';

	/** User meta: the address this account last proved it receives mail at. */
	private const META = 'storedesk_verified_email';

	/** Hooks: a used password-reset link proves the account's mailbox. */
	public function register(): void {
		add_action( 'password_reset', array( $this, 'on_password_reset' ) );
	}

	/**
	 * WordPress and WooCommerce fire password_reset only after the key mailed
	 * to the account's address was checked, before the new password is set.
	 *
	 * @param mixed $user Account whose key was used (a WP_User from core and WooCommerce).
	 */
	public function on_password_reset( $user ): void {
		if ( $user instanceof WP_User ) {
			$this->remember( $user->ID );
		}
	}

	/**
	 * An account's email as contacts store addresses, or null.
	 *
	 * @param int $user_id Account, 0 for none.
	 */
	public static function address_of( int $user_id ): ?string {
		$user = $user_id ? get_userdata( $user_id ) : false;
		return $user ? Identity::normalize( 'email', (string) $user->user_email ) : null;
	}

	/**
	 * Records the account's current address as proven.
	 *
	 * @param int $user_id Account.
	 */
	public function remember( int $user_id ): void {
		$email = self::address_of( $user_id );
		if ( null !== $email ) {
			update_user_meta( $user_id, self::META, $email );
		}
	}

	/**
	 * The proof an account holds for its current address, or '' when none.
	 *
	 * @param int $user_id Account.
	 */
	public function proof_of( int $user_id ): string {
		$email = self::address_of( $user_id );
		if ( null === $email ) {
			return '';
		}
		/**
		 * Filters whether a customer's account email alone proves they own the
		 * conversations written from that address. Off by default: return true
		 * only where every account email is confirmed (for example by an SSO
		 * provider or a plugin that confirms address changes).
		 *
		 * @since 0.2.0
		 * @param bool    $trusted Whether the account email counts.
		 * @param WP_User $user    Customer.
		 */
		if ( apply_filters( 'storedesk_trust_account_email', false, get_userdata( $user_id ) ) ) {
			return 'site';
		}
		return get_user_meta( $user_id, self::META, true ) === $email ? 'verified_email' : '';
	}

	/**
	 * The account that has proven it receives mail at an address, or 0.
	 *
	 * @param string|null $email Address.
	 * @return array{0: int, 1: string} Account and its proof, or 0 and ''.
	 */
	public function owner_of( ?string $email ): array {
		$user  = null === $email ? false : get_user_by( 'email', $email );
		$proof = $user ? $this->proof_of( $user->ID ) : '';
		return '' === $proof ? array( 0, '' ) : array( $user->ID, $proof );
	}

	/**
	 * Whether a contact's tickets belong to the account it is linked to.
	 *
	 * @param Contact $contact Contact.
	 */
	public static function is_verified( Contact $contact ): bool {
		return $contact->user_id > 0 && in_array( $contact->user_proof, self::VERIFIED, true );
	}
}
