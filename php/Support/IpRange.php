<?php
/**
 * IP addresses and ranges.
 *
 * @package Storedesk
 */

namespace Storedesk\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Matching addresses against ranges written as an address or in CIDR
 * (10.0.0.0/8, 2001:db8::/32), for trusted proxies and rate-limit keys.
 */
final class IpRange {

	/**
	 * Whether a range is written correctly: an address, or one with a prefix
	 * length that fits its family.
	 *
	 * @param string $range Range.
	 */
	public static function is_range( string $range ): bool {
		return null !== self::parse( $range );
	}

	/**
	 * Whether an address lies in a range.
	 *
	 * @param string $range Address or CIDR range.
	 * @param string $ip    Address.
	 */
	public static function contains( string $range, string $ip ): bool {
		$net  = self::parse( $range );
		$addr = filter_var( $ip, FILTER_VALIDATE_IP ) ? inet_pton( $ip ) : false;
		if ( null === $net || false === $addr || strlen( $addr ) !== strlen( $net[0] ) ) {
			return false;
		}
		list( $bytes, $bits ) = array( intdiv( $net[1], 8 ), $net[1] % 8 );
		if ( substr( $addr, 0, $bytes ) !== substr( $net[0], 0, $bytes ) ) {
			return false;
		}
		$mask = ( 0xFF << ( 8 - $bits ) ) & 0xFF;
		return 0 === $bits || ( ord( $addr[ $bytes ] ) & $mask ) === ( ord( $net[0][ $bytes ] ) & $mask );
	}

	/**
	 * Whether an address lies in any of the ranges.
	 *
	 * @param string[] $ranges Ranges.
	 * @param string   $ip     Address.
	 */
	public static function in_any( array $ranges, string $ip ): bool {
		foreach ( $ranges as $range ) {
			if ( self::contains( (string) $range, $ip ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What stands for one client in rate limits: an IPv4 address, or the /64
	 * network of an IPv6 one, since a single home or phone is handed a whole
	 * /64 and could otherwise take a fresh address for every request.
	 *
	 * @param string $ip Address.
	 */
	public static function client_key( string $ip ): string {
		if ( ! filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6 ) ) {
			return $ip;
		}
		$network = substr( (string) inet_pton( $ip ), 0, 8 ) . str_repeat( "\0", 8 );
		return inet_ntop( $network ) . '/64';
	}

	/**
	 * A range's network bytes and prefix length, or null when malformed.
	 *
	 * @param string $range Address or CIDR range.
	 * @return array{0: string, 1: int}|null
	 */
	private static function parse( string $range ): ?array {
		$parts = explode( '/', trim( $range ), 2 );
		if ( ! filter_var( $parts[0], FILTER_VALIDATE_IP ) ) {
			return null;
		}
		$net = (string) inet_pton( $parts[0] );
		$max = strlen( $net ) * 8;
		if ( ! isset( $parts[1] ) ) {
			return array( $net, $max );
		}
		if ( ! preg_match( '/^\d{1,3}$/', $parts[1] ) || (int) $parts[1] > $max ) {
			return null;
		}
		return array( $net, (int) $parts[1] );
	}
}
