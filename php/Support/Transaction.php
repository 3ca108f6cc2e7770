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
	}

	/** Rolls back the innermost level. */
	public static function rollback(): void {
		global $wpdb;
		--self::$depth;
		$wpdb->query( 0 === self::$depth ? 'ROLLBACK' : 'ROLLBACK TO SAVEPOINT storedesk_' . self::$depth ); // phpcs:ignore WordPress.DB.PreparedSQL -- our table names and cast integers.
		// Cached rows may describe writes that no longer exist.
		wp_cache_flush_runtime();
	}

	/** Nesting depth, for tests. */
	public static function depth(): int {
		return self::$depth;
	}
}
