<?php
/**
 * UTC date helpers.
 *
 * @package Storedesk
 */

namespace Storedesk\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Every stored time is UTC in MySQL format; every API time is RFC 3339 UTC.
 */
final class Dates {

	/** Now, as stored. */
	public static function now(): string {
		return gmdate( 'Y-m-d H:i:s' );
	}

	/**
	 * A stored time for the API, or null.
	 *
	 * @param string|null $mysql Stored time.
	 */
	public static function to_rest( ?string $mysql ): ?string {
		if ( null === $mysql || '' === $mysql || str_starts_with( $mysql, '0000' ) ) {
			return null;
		}
		return str_replace( ' ', 'T', $mysql ) . 'Z';
	}

	/**
	 * An API time (any format strtotime reads) as stored, or null when unreadable.
	 *
	 * @param string $value Time from a request.
	 */
	public static function from_rest( string $value ): ?string {
		$time = strtotime( $value );
		return false === $time ? null : gmdate( 'Y-m-d H:i:s', $time );
	}
}
