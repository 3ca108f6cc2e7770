<?php
/**
 * The support addresses.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

use Storedesk\Settings\Secrets;

defined( 'ABSPATH' ) || exit;

/**
 * Mailboxes in one option (a desk has a handful), their passwords among
 * the secrets, and what each fetch left behind in MailboxState.
 */
class MailboxRepository {

	private const OPTION = 'storedesk_mailboxes';

	/**
	 * Builds the repository.
	 *
	 * @param Secrets $secrets Passwords and tokens.
	 */
	public function __construct( private Secrets $secrets ) {}

	/**
	 * Every mailbox, in the order they were added (the first is the default).
	 *
	 * @return Mailbox[]
	 */
	public function all(): array {
		$mailboxes = array();
		foreach ( (array) get_option( self::OPTION, array() ) as $id => $row ) {
			$mailbox = is_array( $row ) ? Mailbox::from_array( $row, (string) $id ) : null;
			if ( $mailbox instanceof Mailbox ) {
				$mailboxes[] = $mailbox;
			}
		}
		return $mailboxes;
	}

	/**
	 * One mailbox.
	 *
	 * @param string $id Its id.
	 */
	public function find( string $id ): ?Mailbox {
		foreach ( $this->all() as $mailbox ) {
			if ( $mailbox->id === $id ) {
				return $mailbox;
			}
		}
		return null;
	}

	/**
	 * The mailbox an address belongs to (with or without a +tag).
	 *
	 * @param string $address An address.
	 */
	public function owning( string $address ): ?Mailbox {
		foreach ( $this->all() as $mailbox ) {
			if ( $mailbox->owns( $address ) ) {
				return $mailbox;
			}
		}
		return null;
	}

	/**
	 * Saves a mailbox, and its secret when one is given ('' removes it).
	 *
	 * @param Mailbox     $mailbox The mailbox.
	 * @param string|null $secret  Password or token; null leaves it as it is.
	 */
	public function save( Mailbox $mailbox, ?string $secret = null ): void {
		$rows                 = (array) get_option( self::OPTION, array() );
		$rows[ $mailbox->id ] = $mailbox->to_array();
		update_option( self::OPTION, $rows, false );
		if ( null !== $secret ) {
			$this->secrets->set( $mailbox->secret_name(), $secret );
		}
	}

	/**
	 * Removes a mailbox, its secret and its state.
	 *
	 * @param Mailbox $mailbox The mailbox.
	 */
	public function delete( Mailbox $mailbox ): void {
		$rows = (array) get_option( self::OPTION, array() );
		unset( $rows[ $mailbox->id ] );
		update_option( self::OPTION, $rows, false );
		$this->secrets->set( $mailbox->secret_name(), null );
		$this->secrets->set( 'mailbox_' . $mailbox->id . '_inbound', null );
		MailboxState::forget( $mailbox->id );
	}

	/**
	 * Its password or token.
	 *
	 * @param Mailbox $mailbox The mailbox.
	 */
	public function secret( Mailbox $mailbox ): string {
		return (string) $this->secrets->get( $mailbox->secret_name() );
	}

	/**
	 * A mailbox's own inbound key (for its pipe or provider), or null.
	 *
	 * @param string $id Mailbox id.
	 */
	public function inbound_key( string $id ): ?string {
		return $this->find( $id ) ? $this->secrets->get( 'mailbox_' . $id . '_inbound' ) : null;
	}

	/**
	 * Gives a mailbox a new inbound key; the old one stops working.
	 *
	 * @param Mailbox $mailbox The mailbox.
	 */
	public function new_inbound_key( Mailbox $mailbox ): string {
		$key = wp_generate_password( 32, false );
		$this->secrets->set( 'mailbox_' . $mailbox->id . '_inbound', $key );
		return $key;
	}

	/**
	 * Whether its password or token is set.
	 *
	 * @param Mailbox $mailbox The mailbox.
	 */
	public function has_secret( Mailbox $mailbox ): bool {
		return $this->secrets->is_set( $mailbox->secret_name() );
	}
}
