<?php
/**
 * The shopper's network address.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Settings\Settings;
use Storedesk\Support\IpRange;

defined( 'ABSPATH' ) || exit;

/**
 * The address rate limits and spam checks key on. Forwarded headers are
 * read only when the store says it sits behind a reverse proxy: anyone can
 * send X-Forwarded-For, so trusting it by default would let a bot pick a
 * fresh address for every request. Behind a proxy, each hop appends the
 * address it saw, so only the right end of the list is written by machines
 * the store trusts: the client is the right-most hop that is not one of its
 * proxies, never the left-most entry, which the client writes itself.
 */
final class ClientIp {

	/** The client's IP address, or 0.0.0.0 when none is known (CLI). */
	public static function get(): string {
		$peer = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		$peer = filter_var( $peer, FILTER_VALIDATE_IP ) ? $peer : '0.0.0.0';
		$ip   = $peer;
		if ( Settings::get( 'rate_limit_proxy' ) && ! empty( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) {
			$hops = explode( ',', sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) );
			$ip   = self::from_chain( $peer, $hops, (array) Settings::get( 'rate_limit_trusted_proxies' ) );
		}
		/**
		 * Filters the address the storefront's rate limits and spam checks use.
		 *
		 * @since 0.2.0
		 * @param string $ip Client IP address.
		 */
		return (string) apply_filters( 'storedesk_client_ip', $ip );
	}

	/**
	 * The client behind a chain of proxies: walking X-Forwarded-For from the
	 * right, the first hop that is not a trusted proxy. The peer itself (the
	 * proxy in front of this server) is trusted once the store says it is
	 * behind one. A malformed hop ends the walk at the hop after it, the last
	 * one a trusted machine wrote.
	 *
	 * @param string   $peer    REMOTE_ADDR.
	 * @param string[] $hops    X-Forwarded-For entries, left to right.
	 * @param string[] $trusted Further trusted proxies: addresses or CIDR ranges.
	 */
	public static function from_chain( string $peer, array $hops, array $trusted ): string {
		$client = $peer;
		foreach ( array_reverse( $hops ) as $hop ) {
			$hop = trim( $hop );
			if ( ! filter_var( $hop, FILTER_VALIDATE_IP ) ) {
				break;
			}
			$client = $hop;
			if ( ! IpRange::in_any( $trusted, $hop ) ) {
				break;
			}
		}
		return $client;
	}
}
