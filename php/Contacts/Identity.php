<?php
/**
 * Normalises contact identities.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

defined( 'ABSPATH' ) || exit;

/**
 * Makes one person's address compare equal however it was typed, so the
 * same customer always resolves to one contact: email addresses in lower
 * case, phone numbers in E.164 (+ and digits), provider ids as given.
 */
final class Identity {

	/**
	 * Canonical form of an identity value, or null when it is not valid.
	 *
	 * @param string $type  Address type: email, phone, or a channel's slug for its own user ids.
	 * @param string $value Raw value.
	 */
	public static function normalize( string $type, string $value ): ?string {
		$value = trim( $value );
		if ( 'email' === $type ) {
			$email = sanitize_email( $value );
			return is_email( $email ) ? strtolower( $email ) : null;
		}
		// Before address types, identities were stored per phone channel.
		if ( in_array( $type, array( 'phone', 'sms', 'whatsapp' ), true ) ) {
			return self::phone( $value );
		}
		return '' === $value || strlen( $value ) > 191 ? null : $value;
	}

	/**
	 * A phone number in E.164, or null. "+44 7700 900123", "0044 7700 900123"
	 * and, in a shop based in the UK, "07700 900123" are one number; a
	 * number without a country code where the shop's is unknown is refused.
	 *
	 * @param string $value Raw number.
	 */
	public static function phone( string $value ): ?string {
		// An extension ("ext. 12", "x12") is not part of the number.
		$value  = (string) preg_replace( '/\s*(?:ext\.?|x|#)\s*\d+\s*$/i', '', $value );
		$digits = (string) preg_replace( '/\D+/', '', $value );
		if ( str_starts_with( ltrim( $value ), '+' ) ) {
			$full = $digits;
		} elseif ( str_starts_with( $digits, '00' ) ) {
			$full = substr( $digits, 2 );
		} else {
			$full = self::with_country( $digits );
		}
		return strlen( $full ) >= 7 && strlen( $full ) <= 15 && '0' !== $full[0] ? '+' . $full : null;
	}

	/**
	 * A number written without its country code, completed with the shop's.
	 *
	 * @param string $digits Digits as typed.
	 */
	private static function with_country( string $digits ): string {
		$code = self::calling_code();
		if ( '1' === $code ) {
			// North America has no trunk 0: ten digits are a national number, eleven start with its 1.
			return 10 === strlen( $digits ) ? '1' . $digits : ( 11 === strlen( $digits ) && '1' === $digits[0] ? $digits : '' );
		}
		// Elsewhere a national number starts with the trunk prefix 0. Any other
		// number without a country code could be anyone's: it is refused, not guessed.
		return '' !== $code && str_starts_with( $digits, '0' ) && ! str_starts_with( $digits, '00' ) ? $code . substr( $digits, 1 ) : '';
	}

	/** The shop's country calling code without "+", or '' when unknown. */
	private static function calling_code(): string {
		$code = '';
		// WooCommerce builds its countries on init.
		if ( function_exists( 'WC' ) && did_action( 'woocommerce_init' ) ) {
			$code = (string) WC()->countries->get_country_calling_code( WC()->countries->get_base_country() );
		}
		/**
		 * Filters the country calling code that completes phone numbers typed
		 * without one ("0151 234567"). WooCommerce's store country sets it.
		 *
		 * @since 0.4.0
		 * @param string $code Calling code such as "+49", or '' to take numbers as typed.
		 */
		return (string) preg_replace( '/\D+/', '', (string) apply_filters( 'storedesk_calling_code', $code ) );
	}
}
