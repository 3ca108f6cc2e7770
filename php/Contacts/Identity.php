<?php
/**
 * Normalises channel identities.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

defined( 'ABSPATH' ) || exit;

/**
 * Makes one person's address compare equal however it was typed, so the
 * same customer on the same channel always resolves to one contact.
 */
final class Identity {

	/**
	 * Canonical form of an identity value, or null when it is not valid.
	 *
	 * @param string $channel Channel slug (email, phone, sms, whatsapp, messenger…).
	 * @param string $value   Raw value.
	 */
	public static function normalize( string $channel, string $value ): ?string {
		$value = trim( $value );
		if ( 'email' === $channel ) {
			$email = sanitize_email( $value );
			return is_email( $email ) ? strtolower( $email ) : null;
		}
		if ( in_array( $channel, array( 'phone', 'sms', 'whatsapp' ), true ) ) {
			$digits = preg_replace( '/\D+/', '', $value );
			return strlen( (string) $digits ) >= 6 && strlen( (string) $digits ) <= 15 ? '+' . $digits : null;
		}
		return '' === $value || strlen( $value ) > 191 ? null : $value;
	}
}
