<?php
/**
 * Contact value object.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

defined( 'ABSPATH' ) || exit;

/**
 * One person, whatever channels they write from.
 */
final class Contact {

	/**
	 * Builds a contact from a database row.
	 *
	 * @param int         $id          Contact id.
	 * @param string      $name        Display name.
	 * @param string|null $email       Primary email.
	 * @param string|null $phone       Primary phone.
	 * @param int         $user_id     Linked WordPress user, 0 if none.
	 * @param string      $user_proof  How the link was proven (AccountProof), '' if not.
	 * @param string|null $notes       Agents' notes about the person.
	 * @param int         $merged_into Contact this one was merged into, 0 if none.
	 * @param string      $created_at  UTC creation time.
	 * @param string      $updated_at  UTC update time.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly ?string $email,
		public readonly ?string $phone,
		public readonly int $user_id,
		public readonly string $user_proof,
		public readonly ?string $notes,
		public readonly int $merged_into,
		public readonly string $created_at,
		public readonly string $updated_at,
	) {}

	/**
	 * From a row of the contacts table.
	 *
	 * @param object $row Database row.
	 */
	public static function from_row( object $row ): self {
		return new self( (int) $row->id, (string) $row->name, $row->email, $row->phone, (int) $row->user_id, (string) ( $row->user_proof ?? '' ), $row->notes, (int) $row->merged_into, (string) $row->created_at, (string) $row->updated_at );
	}

	/** A name to show even when the person gave none. */
	public function display_name(): string {
		return '' !== $this->name ? $this->name : (string) ( $this->email ?? $this->phone ?? __( 'Unknown customer', 'storedesk' ) );
	}
}
