<?php
/**
 * Rate limits for anonymous shoppers.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * Fixed-window counters per key (an IP, an email address), kept in
 * transients so a persistent object cache serves them from memory. Reports
 * the IETF RateLimit header fields so well-behaved clients can back off.
 */
class RateLimiter {

	/**
	 * Counts one hit for a key and tells whether it is still within the limit.
	 *
	 * @param string   $key    What is limited, such as "ip:203.0.113.9".
	 * @param int      $limit  Hits allowed per window.
	 * @param int      $window Window length in seconds.
	 * @param int|null $now    Current time, for tests.
	 * @return array{allowed: bool, limit: int, remaining: int, reset: int}
	 */
	public function hit( string $key, int $limit, int $window, ?int $now = null ): array {
		$now   = $now ?? time();
		$start = $now - ( $now % $window );
		$name  = 'storedesk_rl_' . md5( $key . '|' . $start );
		$count = (int) get_transient( $name ) + 1;
		set_transient( $name, $count, $window );
		return array(
			'allowed'   => $count <= $limit,
			'limit'     => $limit,
			'remaining' => max( 0, $limit - $count ),
			'reset'     => $start + $window - $now,
		);
	}

	/**
	 * RateLimit-* and, when refused, Retry-After headers for a result.
	 *
	 * @param array{allowed: bool, limit: int, remaining: int, reset: int} $result Result of hit().
	 * @return array<string, string>
	 */
	public static function headers( array $result ): array {
		$headers = array(
			'RateLimit-Limit'     => (string) $result['limit'],
			'RateLimit-Remaining' => (string) $result['remaining'],
			'RateLimit-Reset'     => (string) $result['reset'],
		);
		if ( ! $result['allowed'] ) {
			$headers['Retry-After'] = (string) $result['reset'];
		}
		return $headers;
	}
}
