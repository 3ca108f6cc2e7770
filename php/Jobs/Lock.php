<?php
/**
 * A lock across requests.
 *
 * @package Storedesk
 */

namespace Storedesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * One row in the options table, inserted only if absent: the request that
 * inserts it holds the lock. A holder that died without letting go is
 * taken over once the lock is older than its time to live, so a recurring
 * job never overlaps itself and never stays locked for ever.
 */
class Lock {

	/**
	 * Takes the lock; false when another request holds it.
	 *
	 * @param string $name Lock name (storedesk_…).
	 * @param int    $ttl  Seconds after which a holder is presumed dead.
	 */
	public function acquire( string $name, int $ttl ): bool {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s AND option_value < %d", $name, time() - $ttl ) );
		return 1 === (int) $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %d, 'off')", $name, time() ) );
	}

	/**
	 * Lets go.
	 *
	 * @param string $name Lock name.
	 */
	public function release( string $name ): void {
		global $wpdb;
		$wpdb->delete( $wpdb->options, array( 'option_name' => $name ) );
	}

	/**
	 * Runs $work under the lock, or not at all when another request holds it.
	 *
	 * @param string   $name Lock name.
	 * @param int      $ttl  Seconds after which a holder is presumed dead.
	 * @param callable $work The work.
	 * @return bool Whether it ran.
	 */
	public function run( string $name, int $ttl, callable $work ): bool {
		if ( ! $this->acquire( $name, $ttl ) ) {
			return false;
		}
		try {
			$work();
		} finally {
			$this->release( $name );
		}
		return true;
	}
}
