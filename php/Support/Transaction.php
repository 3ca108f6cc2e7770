<?php
/**
 * Nestable database transactions.
 *
 * @package Storedesk
 */

namespace Storedesk\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Wraps multi-table writes so a failure leaves nothing half-written.
 *
 * Nesting uses savepoints because MySQL commits implicitly on a second
 * START TRANSACTION; the PHP test suite opens the outermost level itself so
 * every test rolls back, and code under test still gets real atomicity.
 */
final class Transaction {

	/**
	 * Current nesting depth, shared by every caller in the request.
	 *
	 * @var int
	 */
	private static int $depth = 0;

	/**
	 * Depth that counts as "outside any transaction of ours": the PHP tests
	 * open one level themselves and set this to 1, so work queued with
	 * after_commit() still runs when the code under test commits.
	 *
	 * @var int
	 */
	private static int $base = 0;

	/**
	 * Callbacks waiting for the outermost commit, each with the depth that queued it.
	 *
	 * @var array<int, array{0: int, 1: callable}>
	 */
	private static array $after_commit = array();

	/**
	 * Runs $work atomically and returns its result; a thrown exception or a
	 * returned WP_Error rolls back everything $work wrote.
	 *
	 * @template T
	 * @param callable(): T $work The writes.
	 * @return T
	 * @throws \Throwable Whatever $work threw, after rolling back.
	 */
	public static function run( callable $work ) {
		self::begin();
		try {
			$result = $work();
		} catch ( \Throwable $e ) {
			self::rollback();
			throw $e;
		}
		if ( is_wp_error( $result ) ) {
			self::rollback();
		} else {
			self::commit();
		}
		return $result;
	}

	/** Opens a transaction or, inside one, a savepoint. */
	public static function begin(): void {
		global $wpdb;
		$wpdb->query( 0 === self::$depth ? 'START TRANSACTION' : 'SAVEPOINT storedesk_' . self::$depth ); // phpcs:ignore WordPress.DB.PreparedSQL -- our table names and cast integers.
		++self::$depth;
	}

	/** Commits the innermost level. */
	public static function commit(): void {
		global $wpdb;
		--self::$depth;
		$wpdb->query( 0 === self::$depth ? 'COMMIT' : 'RELEASE SAVEPOINT storedesk_' . self::$depth ); // phpcs:ignore WordPress.DB.PreparedSQL -- our table names and cast integers.
		foreach ( self::$after_commit as $i => $entry ) {
			self::$after_commit[ $i ][0] = min( $entry[0], self::$depth );
		}
		if ( self::$depth <= self::$base ) {
			$queued             = self::$after_commit;
			self::$after_commit = array();
			foreach ( $queued as $entry ) {
				( $entry[1] )();
			}
		}
	}

	/**
	 * Runs $work once the writes around it are committed (at once when no
	 * transaction is open), and never when they are rolled back: mail,
	 * webhooks and other side effects must not announce data that vanished.
	 *
	 * @param callable $work Side effect.
	 */
	public static function after_commit( callable $work ): void {
		if ( self::$depth <= self::$base ) {
			$work();
			return;
		}
		self::$after_commit[] = array( self::$depth, $work );
	}

	/**
	 * Treats the current depth as the outermost one (the PHP tests' own
	 * transaction); null goes back to 0.
	 *
	 * @param int|null $depth Depth, or null for the current one.
	 */
	public static function set_base( ?int $depth = null ): void {
		self::$base         = $depth ?? self::$depth;
		self::$after_commit = array();
	}

	/** Rolls back the innermost level. */
	public static function rollback(): void {
		global $wpdb;
		--self::$depth;
		$wpdb->query( 0 === self::$depth ? 'ROLLBACK' : 'ROLLBACK TO SAVEPOINT storedesk_' . self::$depth ); // phpcs:ignore WordPress.DB.PreparedSQL -- our table names and cast integers.
		self::$after_commit = array_values( array_filter( self::$after_commit, static fn( $entry ) => $entry[0] <= self::$depth ) );
		// Cached rows may describe writes that no longer exist.
		wp_cache_flush_runtime();
	}

	/** Nesting depth, for tests. */
	public static function depth(): int {
		return self::$depth;
	}
}
