<?php
/**
 * The shopper's network address.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * The address rate limits and spam checks key on. Forwarded headers are
 * read only when the store says it sits behind a reverse proxy: anyone can
 * send X-Forwarded-For, so trusting it by default would let a bot pick a
 * fresh address for every request.
 */
final class ClientIp {

	/** The client's IP address, or 0.0.0.0 when none is known (CLI). */
	public static function get(): string {
		$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		if ( Settings::get( 'rate_limit_proxy' ) && ! empty( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) {
			$first = trim( explode( ',', sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) )[0] );
			$ip    = filter_var( $first, FILTER_VALIDATE_IP ) ? $first : $ip;
		}
		$ip = filter_var( $ip, FILTER_VALIDATE_IP ) ? $ip : '0.0.0.0';
		/**
		 * Filters the address the storefront's rate limits and spam checks use.
		 *
		 * @since 0.2.0
		 * @param string $ip Client IP address.
		 */
		return (string) apply_filters( 'storedesk_client_ip', $ip );
	}
}
