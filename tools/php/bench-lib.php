<?php
/**
 * What the bench seeders share (seed-bulk.php, seed-orders.php): multi-row
 * inserts of escaped tuples, a stop on the first database error, a
 * progress line, and waiting until InnoDB has written what a load changed.
 * Loaded after load-wp.php.
 *
 * @package Storedesk
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a CLI script writing to a terminal, not a page.

/**
 * Runs one statement and stops the seeding on a database error.
 *
 * @param string $sql Statement.
 */
function storedesk_bench_exec( string $sql ): void {
	global $wpdb;
	if ( false === $wpdb->query( $sql ) ) { // phpcs:ignore WordPress.DB.PreparedSQL -- built from escaped values.
		fwrite( STDERR, "\nDatabase error: {$wpdb->last_error}\n" );
		exit( 1 );
	}
}

/**
 * Multi-row INSERT of already-escaped row tuples.
 *
 * @param string   $table   Table.
 * @param string   $columns Column list.
 * @param string[] $rows    "(…)" tuples.
 */
function storedesk_bench_insert( string $table, string $columns, array $rows ): void {
	foreach ( array_chunk( $rows, 1000 ) as $chunk ) {
		storedesk_bench_exec( "INSERT INTO {$table} ({$columns}) VALUES " . implode( ',', $chunk ) );
	}
}

/**
 * A quoted, escaped SQL string or NULL.
 *
 * @param string|null $value Value.
 */
function storedesk_bench_q( ?string $value ): string {
	return null === $value ? 'NULL' : "'" . esc_sql( $value ) . "'";
}

/**
 * Waits until InnoDB has written the pages the seeding changed. A bulk insert
 * leaves the buffer pool full of dirty pages that InnoDB flushes in the
 * background for minutes, and every request meanwhile is slower: the first
 * bench run after a fresh seed read 1.65x for the inbox list, the next 1.18x.
 * A restore script should leave a database the same way before the store
 * opens. Needs the right to set globals; without it the seeding just ends.
 */
function storedesk_bench_settle(): void {
	global $wpdb;
	$pct = $wpdb->get_var( 'SELECT @@GLOBAL.innodb_max_dirty_pages_pct' );
	if ( null === $pct || false === $wpdb->query( 'SET GLOBAL innodb_max_dirty_pages_pct = 0' ) ) {
		return;
	}
	$t = microtime( true );
	do {
		usleep( 200000 );
		$dirty = (int) $wpdb->get_var( "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'" );
	} while ( $dirty > 50 && microtime( true ) - $t < 600 );
	$wpdb->query( $wpdb->prepare( 'SET GLOBAL innodb_max_dirty_pages_pct = %f', (float) $pct ) );
	fprintf( STDERR, "Written to disk: %d dirty pages left after %.1f s.\n", $dirty, microtime( true ) - $t );
}

/**
 * Progress bar on one updating stderr line.
 *
 * @param string $label What is being seeded.
 * @param int    $done  Done so far.
 * @param int    $all   Total.
 */
function storedesk_bench_progress( string $label, int $done, int $all ): void {
	$pct = $all ? $done / $all : 1;
	fprintf( STDERR, "\r%-9s [%-30s] %3d%% %s/%s", $label, str_repeat( '#', (int) round( 30 * $pct ) ), (int) round( 100 * $pct ), number_format( $done ), number_format( $all ) );
	if ( $done >= $all ) {
		fwrite( STDERR, "\n" );
	}
}
