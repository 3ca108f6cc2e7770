<?php
/**
 * Rate limits for anonymous shoppers.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Install\Schema;
use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;
use Storedesk\Support\Transaction;

defined( 'ABSPATH' ) || exit;

/**
 * Fixed-window counters per key (an IP, an email address). Each hit is one
 * atomic increment, never a read and a write apart, so a parallel burst
 * cannot slip through between them: wp_cache_incr() where a persistent
 * object cache is shared by every PHP process, else a row of our own table
 * raised with UPDATE … hits = hits + 1. Reports the IETF RateLimit header
 * fields so well-behaved clients can back off.
 */
class RateLimiter {

	public const PURGE_HOOK = 'storedesk_purge_rate_counters';

	private const CACHE_GROUP = 'storedesk_rate';

	/**
	 * Builds the limiter.
	 *
	 * @param Queue  $queue Background jobs.
	 * @param Worker $worker Runs the job.
	 */
	public function __construct( private Queue $queue, private Worker $worker ) {}

	/** Hooks the daily purge of expired counters, scheduled from wp-admin. */
	public function register(): void {
		$this->worker->on( self::PURGE_HOOK, array( $this, 'purge' ) );
		add_action( 'admin_init', fn() => $this->queue->daily( self::PURGE_HOOK ) );
	}

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
		$count = $this->increment( md5( $key . '|' . $start ), $start + $window, $now );
		return array(
			'allowed'   => $count <= $limit,
			'limit'     => $limit,
			'remaining' => max( 0, $limit - $count ),
			'reset'     => $start + $window - $now,
		);
	}

	/**
	 * Whether this is the first use of a key that must be used only once
	 * until it expires (a form stamp), claimed atomically: of two parallel
	 * claims exactly one wins.
	 *
	 * @param string   $key     What is used, such as "stamp:…".
	 * @param int      $expires Until when a second use is refused (Unix time).
	 * @param int|null $now     Current time, for tests.
	 */
	public function once( string $key, int $expires, ?int $now = null ): bool {
		return 1 === $this->increment( md5( 'once|' . $key ), $expires, $now ?? time() );
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

	/**
	 * Deletes the counters of windows that have ended.
	 *
	 * @param int|null $now Current time, for tests.
	 * @return int Rows deleted.
	 */
	public function purge( ?int $now = null ): int {
		global $wpdb;
		return (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::table( 'counters' ) . ' WHERE expires_at < %s', gmdate( 'Y-m-d H:i:s', $now ?? time() ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Raises a counter by one and returns its new value.
	 *
	 * @param string $name    Counter.
	 * @param int    $expires When it may be forgotten (Unix time).
	 * @param int    $now     Current time.
	 */
	private function increment( string $name, int $expires, int $now ): int {
		return wp_using_ext_object_cache() ? $this->cache_increment( $name, max( 1, $expires - $now ) ) : $this->row_increment( $name, $expires );
	}

	/**
	 * The count after this hit, from the shared object cache: add() creates
	 * the key only if it is missing, incr() is atomic in Memcached and Redis.
	 *
	 * @param string $name Counter.
	 * @param int    $ttl  Seconds it lives.
	 */
	private function cache_increment( string $name, int $ttl ): int {
		wp_cache_add( $name, 0, self::CACHE_GROUP, $ttl );
		$count = wp_cache_incr( $name, 1, self::CACHE_GROUP );
		if ( false === $count ) {
			// Evicted between the two calls: this hit starts the count again.
			wp_cache_add( $name, 1, self::CACHE_GROUP, $ttl );
			return 1;
		}
		return (int) $count;
	}

	/**
	 * The count after this hit, from our table. The upsert takes the row's
	 * lock until the transaction ends, so the count read back is this hit's.
	 *
	 * @param string $name    Counter.
	 * @param int    $expires When the window ends (Unix time).
	 */
	private function row_increment( string $name, int $expires ): int {
		global $wpdb;
		$table = Schema::table( 'counters' );
		return (int) Transaction::run(
			static function () use ( $wpdb, $table, $name, $expires ) {
				$wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (name, hits, expires_at) VALUES (%s, 1, %s) ON DUPLICATE KEY UPDATE hits = hits + 1", $name, gmdate( 'Y-m-d H:i:s', $expires ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				return $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM {$table} WHERE name = %s", $name ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			}
		);
	}
}
