<?php
/**
 * Background jobs that failed.
 *
 * @package Storedesk
 */

namespace Storedesk\Jobs;

use Storedesk\Install\Schema;
use Storedesk\Support\Dates;

defined( 'ABSPATH' ) || exit;

/**
 * One row per job (its hook and arguments) that threw: retrying while it
 * has tries left, failed once it has none, gone as soon as it runs through.
 * Managers read it in Settings; a job that succeeds costs one DELETE by key.
 */
class Failures {

	/**
	 * Records a try that threw: retrying when a next try is set, failed otherwise.
	 *
	 * @param string   $hook  Job hook.
	 * @param array    $args  Its arguments.
	 * @param string   $error What it threw.
	 * @param int|null $at    Unix time of the next try, null when it is given up.
	 */
	public function record( string $hook, array $args, string $error, ?int $at ): void {
		global $wpdb;
		$row = array(
			'status'          => null === $at ? 'failed' : 'retrying',
			'last_error'      => $error,
			'next_attempt_at' => null === $at ? null : gmdate( 'Y-m-d H:i:s', $at ),
			'updated_at'      => Dates::now(),
		);
		$key = array(
			'hook'      => $hook,
			'args_hash' => self::hash( $args ),
		);
		// An UPDATE first, then an INSERT: the same on MariaDB and SQLite, and
		// a second runner's INSERT that lost the race falls back to the UPDATE.
		$more = 'UPDATE ' . self::table() . ' SET attempts = attempts + 1 WHERE hook = %s AND args_hash = %s';
		if ( $wpdb->update( self::table(), $row, $key ) ) {
			$wpdb->query( $wpdb->prepare( $more, $hook, $key['args_hash'] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		} elseif ( ! $wpdb->insert( self::table(), $key + $row + array( 'args' => (string) wp_json_encode( array_values( $args ) ), 'attempts' => 1, 'created_at' => $row['updated_at'] ) ) ) {
			$wpdb->update( self::table(), $row, $key );
			$wpdb->query( $wpdb->prepare( $more, $hook, $key['args_hash'] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		}
	}

	/**
	 * Tries made by a job that failed before, 0 for one that never did.
	 *
	 * @param string $hook Job hook.
	 * @param array  $args Its arguments.
	 */
	public function attempts( string $hook, array $args ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT attempts FROM ' . self::table() . ' WHERE hook = %s AND args_hash = %s', $hook, self::hash( $args ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Forgets a job that ran through.
	 *
	 * @param string $hook Job hook.
	 * @param array  $args Its arguments.
	 */
	public function clear( string $hook, array $args ): void {
		global $wpdb;
		$wpdb->delete(
			self::table(),
			array(
				'hook'      => $hook,
				'args_hash' => self::hash( $args ),
			)
		);
	}

	/**
	 * One failure, or null.
	 *
	 * @param int $id Row id.
	 */
	public function find( int $id ): ?object {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . self::table() . ' WHERE id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ? $row : null;
	}

	/**
	 * The latest failures, newest first.
	 *
	 * @param int $most How many.
	 * @return object[]
	 */
	public function recent( int $most = 50 ): array {
		global $wpdb;
		return (array) $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . self::table() . ' ORDER BY updated_at DESC, id DESC LIMIT %d', $most ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Marks a given-up job as being tried again now; false when it was not given up.
	 *
	 * @param int $id Row id.
	 */
	public function requeue( int $id ): bool {
		global $wpdb;
		$now = Dates::now();
		return 1 === (int) $wpdb->query( $wpdb->prepare( 'UPDATE ' . self::table() . " SET status = 'retrying', next_attempt_at = %s, updated_at = %s WHERE id = %d AND status = 'failed'", $now, $now, $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * A job's arguments as stored.
	 *
	 * @param object $row Failure row.
	 * @return array
	 */
	public static function args( object $row ): array {
		$args = json_decode( (string) $row->args, true );
		return is_array( $args ) ? $args : array();
	}

	/**
	 * Key of a job's arguments: jobs are unique by hook and arguments.
	 *
	 * @param array $args Arguments.
	 */
	private static function hash( array $args ): string {
		return md5( (string) wp_json_encode( array_values( $args ) ) );
	}

	/** The table. */
	private static function table(): string {
		return Schema::table( 'job_failures' );
	}
}
