<?php
/**
 * Contacts storage.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

use Storedesk\Channels\ChannelRegistry;
use Storedesk\Install\Schema;
use Storedesk\Support\Dates;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes contacts and their identities. An identity is typed by
 * address (email, phone, or a provider's own user id), not by channel: a
 * WhatsApp number and the same number logged for a call are one identity.
 */
class ContactRepository {

	/**
	 * Builds the repository.
	 *
	 * @param AccountProof    $proof    Which accounts own which addresses.
	 * @param ChannelRegistry $channels Each channel's address type.
	 */
	public function __construct( private AccountProof $proof, private ChannelRegistry $channels ) {}

	/**
	 * One contact, or null.
	 *
	 * @param int $id Contact id.
	 */
	public function find( int $id ): ?Contact {
		return $this->find_many( array( $id ) )[ $id ] ?? null;
	}

	/**
	 * Contacts by id in one query, keyed by id.
	 *
	 * @param int[] $ids Contact ids.
	 * @return array<int, Contact>
	 */
	public function find_many( array $ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $ids ) ) ) );
		if ( ! $ids ) {
			return array();
		}
		$rows = $wpdb->get_results( 'SELECT * FROM ' . Schema::table( 'contacts' ) . ' WHERE id IN (' . implode( ',', $ids ) . ')' ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
		$out  = array();
		foreach ( $rows as $row ) {
			$out[ (int) $row->id ] = Contact::from_row( $row );
		}
		return $out;
	}

	/**
	 * The contact owning an identity, or null.
	 *
	 * @param string $channel Address type, or a channel slug (its address type is used).
	 * @param string $value   Raw identity value.
	 */
	public function find_by_identity( string $channel, string $value ): ?Contact {
		global $wpdb;
		$channel = $this->channels->address_type( $channel );
		$value   = Identity::normalize( $channel, $value );
		if ( null === $value ) {
			return null;
		}
		$id = $wpdb->get_var( $wpdb->prepare( 'SELECT contact_id FROM ' . Schema::table( 'contact_identities' ) . ' WHERE channel = %s AND external_id = %s', $channel, $value ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $id ? $this->find( (int) $id ) : null;
	}

	/**
	 * Every identity of a contact.
	 *
	 * @param int $id Contact id.
	 * @return array<int, array{channel: string, value: string}>
	 */
	public function identities( int $id ): array {
		return $this->identities_of( array( $id ) )[ $id ];
	}

	/**
	 * Identities of many contacts in one query.
	 *
	 * @param int[] $ids Contact ids.
	 * @return array<int, array<int, array{channel: string, value: string}>> contact id => identities.
	 */
	public function identities_of( array $ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_map( 'intval', $ids ) ) );
		$out = array_fill_keys( $ids, array() );
		if ( ! $ids ) {
			return $out;
		}
		$rows = $wpdb->get_results( 'SELECT contact_id, channel, external_id, bounced_at, bounce FROM ' . Schema::table( 'contact_identities' ) . ' WHERE contact_id IN (' . implode( ',', $ids ) . ') ORDER BY id' ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
		foreach ( $rows as $row ) {
			$identity = array(
				'channel' => (string) $row->channel,
				'value'   => (string) $row->external_id,
			);
			if ( $row->bounced_at ) {
				// Mail to this address came back: why, and when.
				$identity['bounced'] = array(
					'at'     => mysql_to_rfc3339( (string) $row->bounced_at ),
					'reason' => (string) $row->bounce,
				);
			}
			$out[ (int) $row->contact_id ][] = $identity;
		}
		return $out;
	}

	/**
	 * Finds the contact behind the first known of an email, a phone and
	 * other identities, in that order, or creates one with all of them.
	 *
	 * @param array $data Person details, as for create().
	 * @return Contact|WP_Error
	 */
	public function find_or_create( array $data ) {
		$lookups = array_merge( array( array( 'email', $data['email'] ?? '' ), array( 'phone', $data['phone'] ?? '' ) ), (array) ( $data['identities'] ?? array() ) );
		foreach ( $lookups as list( $channel, $value ) ) {
			$found = empty( $value ) ? null : $this->find_by_identity( (string) $channel, (string) $value );
			if ( $found ) {
				return $found;
			}
		}
		return $this->create( $data );
	}

	/**
	 * Creates a contact with identities for its email, phone and any other
	 * addresses (a LINE user id, a Messenger PSID): a contact needs one.
	 *
	 * @param array $data Person details: name, email, phone, notes, and identities as [channel or address type, value].
	 * @return Contact|WP_Error
	 */
	public function create( array $data ) {
		global $wpdb;
		$email  = empty( $data['email'] ) ? null : Identity::normalize( 'email', $data['email'] );
		$phone  = empty( $data['phone'] ) ? null : Identity::normalize( 'phone', $data['phone'] );
		$others = array();
		foreach ( (array) ( $data['identities'] ?? array() ) as list( $channel, $value ) ) {
			$type   = $this->channels->address_type( (string) $channel );
			$normal = Identity::normalize( $type, (string) $value );
			if ( null !== $normal ) {
				$others[] = array( $type, $normal );
			}
		}
		if ( null === $email && null === $phone && ! $others ) {
			return new WP_Error( 'storedesk_contact_unreachable', __( 'A contact needs a valid email address, phone number or channel address.', 'storedesk' ), array( 'status' => 400 ) );
		}
		// The first address of a type is the one the contact shows.
		foreach ( $others as list( $type, $normal ) ) {
			if ( 'email' === $type ) {
				$email = $email ?? $normal;
			} elseif ( 'phone' === $type ) {
				$phone = $phone ?? $normal;
			}
		}
		// Only an account that proved this mailbox gets the contact; an address typed into a profile proves nothing.
		list( $owner, $proof ) = $this->proof->owner_of( $email );
		$user                  = $owner ? get_userdata( $owner ) : false;
		$now                   = Dates::now();
		$ok                    = $wpdb->insert(
			Schema::table( 'contacts' ),
			array(
				'name'       => sanitize_text_field( $data['name'] ?? ( $user ? $user->display_name : '' ) ),
				'email'      => $email,
				'phone'      => $phone,
				'user_id'    => $user ? $user->ID : 0,
				'user_proof' => $user ? $proof : '',
				'notes'      => isset( $data['notes'] ) ? sanitize_textarea_field( $data['notes'] ) : null,
				'created_at' => $now,
				'updated_at' => $now,
			)
		);
		if ( ! $ok ) {
			return new WP_Error( 'storedesk_db_error', __( 'The contact could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
		}
		$id         = (int) $wpdb->insert_id;
		$identities = array_merge( array( array( 'email', $email ), array( 'phone', $phone ) ), $others );
		foreach ( $identities as list( $type, $value ) ) {
			$added = null === $value ? true : $this->add_identity( $id, $type, $value );
			if ( is_wp_error( $added ) ) {
				return $added;
			}
		}
		return $this->find( $id );
	}

	/**
	 * Flags an email address whose mail came back, with why.
	 *
	 * @param string $email  Address.
	 * @param string $reason The receiving server's words.
	 */
	public function flag_bounce( string $email, string $reason ): void {
		global $wpdb;
		$wpdb->update(
			Schema::table( 'contact_identities' ),
			array(
				'bounced_at' => current_time( 'mysql', true ),
				'bounce'     => $reason,
			),
			array(
				'channel'     => 'email',
				'external_id' => strtolower( trim( $email ) ),
			)
		);
	}

	/**
	 * Clears an address's bounce: mail from it proves it works.
	 *
	 * @param string $email Address.
	 */
	public function clear_bounce( string $email ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'contact_identities' ) . ' SET bounced_at = NULL, bounce = NULL WHERE channel = %s AND external_id = %s AND bounced_at IS NOT NULL', 'email', strtolower( trim( $email ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Links an identity to a contact; an identity belongs to one contact.
	 *
	 * @param int    $id      Contact id.
	 * @param string $channel Address type, or a channel slug (its address type is used).
	 * @param string $value   Raw value.
	 * @return true|WP_Error
	 */
	public function add_identity( int $id, string $channel, string $value ) {
		global $wpdb;
		$channel = $this->channels->address_type( $channel );
		$value   = Identity::normalize( $channel, $value );
		if ( null === $value ) {
			return new WP_Error( 'storedesk_invalid_identity', sprintf( /* translators: %s: channel */ __( 'That is not a valid %s address.', 'storedesk' ), $channel ), array( 'status' => 400 ) );
		}
		$owner = $this->find_by_identity( $channel, $value );
		if ( $owner ) {
			return $owner->id === $id ? true : new WP_Error(
				'storedesk_identity_taken',
				/* translators: %s: email address or phone number */
				sprintf( __( '%s already belongs to another contact. Merge the two contacts instead.', 'storedesk' ), $value ),
				array(
					'status'     => 409,
					'contact_id' => $owner->id,
				)
			);
		}
		$wpdb->insert(
			Schema::table( 'contact_identities' ),
			array(
				'contact_id'  => $id,
				'channel'     => $channel,
				'external_id' => $value,
				'created_at'  => Dates::now(),
			)
		);
		return true;
	}

	/**
	 * Changes name, email, phone or notes; a new email or phone becomes an identity.
	 *
	 * @param int   $id      Contact id.
	 * @param array $changes Fields to change.
	 * @return Contact|WP_Error
	 */
	public function update( int $id, array $changes ) {
		global $wpdb;
		$row = array();
		foreach ( array( 'email', 'phone' ) as $channel ) {
			if ( ! array_key_exists( $channel, $changes ) ) {
				continue;
			}
			// Null clears the primary value; the identity stays, so history still resolves.
			if ( null === $changes[ $channel ] ) {
				$row[ $channel ] = null;
				continue;
			}
			$added = $this->add_identity( $id, $channel, (string) $changes[ $channel ] );
			if ( is_wp_error( $added ) ) {
				return $added;
			}
			$row[ $channel ] = Identity::normalize( $channel, (string) $changes[ $channel ] );
		}
		if ( array_key_exists( 'name', $changes ) ) {
			$row['name'] = sanitize_text_field( (string) $changes['name'] );
		}
		if ( array_key_exists( 'notes', $changes ) ) {
			$row['notes'] = null === $changes['notes'] ? null : sanitize_textarea_field( (string) $changes['notes'] );
		}
		$row['updated_at'] = Dates::now();
		$wpdb->update( Schema::table( 'contacts' ), $row, array( 'id' => $id ) );
		return $this->find( $id );
	}

	/**
	 * Links a contact to a WordPress user with a proof (AccountProof), unless
	 * another account already holds it with a proof: one statement, so two
	 * claims cannot both win, and an unproven link yields to a proven one.
	 *
	 * @param int    $id      Contact id.
	 * @param int    $user_id User.
	 * @param string $proof   One of AccountProof::VERIFIED.
	 */
	public function link_user( int $id, int $user_id, string $proof ): bool {
		global $wpdb;
		$done = $wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'contacts' ) . ' SET user_id = %d, user_proof = %s, updated_at = %s WHERE id = %d AND (user_id = 0 OR user_proof NOT IN (' . self::verified_list() . '))', $user_id, $proof, Dates::now(), $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return (bool) $done;
	}

	/**
	 * Revokes every magic link to the contact's tickets issued so far (each
	 * token is signed with this generation; see GuestTokens).
	 *
	 * @param int $id Contact id.
	 */
	public function revoke_links( int $id ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'contacts' ) . ' SET link_generation = link_generation + 1, updated_at = %s WHERE id = %d', Dates::now(), $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		/**
		 * Fires after every magic link of a contact stopped working: signed
		 * out from the contact screen, an email or phone change, or a merge.
		 *
		 * @since 0.2.0
		 * @param int $id Contact id.
		 */
		do_action( 'storedesk_contact_links_revoked', $id );
	}

	/** The verified proofs as an SQL list (constants, no input). */
	public static function verified_list(): string {
		return "'" . implode( "', '", AccountProof::VERIFIED ) . "'";
	}
}
