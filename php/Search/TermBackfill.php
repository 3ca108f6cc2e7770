<?php
/**
 * Fills the terms table for tickets written before it existed.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

use Storedesk\Install\Schema;
use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;

defined( 'ABSPATH' ) || exit;

/**
 * After the upgrade that added the terms table, every older ticket's search
 * document is tokenised in batches by a background job that queues its own
 * continuation. Searches match the documents until it is done; the last
 * batch retires the FULLTEXT index that the terms replace, which every
 * message had to update.
 *
 * The upgrade that added the customer's words to the terms runs the same
 * job over the customers alone, while searches keep using the terms.
 */
class TermBackfill {

	public const HOOK   = 'storedesk_backfill_search_terms';
	private const BATCH = 1000;

	/** READY_OPTION while only the customers' words are being added. */
	private const CUSTOMERS = 'customers';

	/**
	 * Builds the job.
	 *
	 * @param Queue  $queue Background jobs.
	 * @param Worker $worker Runs the job.
	 */
	public function __construct( private Queue $queue, private Worker $worker ) {}

	/** Hooks the job, and queues it while the upgrade is not finished. */
	public function register(): void {
		$this->worker->on( self::HOOK, array( $this, 'run_batch' ) );
		if ( in_array( get_option( SearchIndex::READY_OPTION ), array( 'pending', self::CUSTOMERS ), true ) ) {
			add_action( 'init', fn() => $this->queue->push( self::HOOK, array( (int) get_option( SearchIndex::READY_OPTION . '_after', 0 ) ) ), 20 );
		}
	}

	/** Migration: marks the terms as pending when there are documents to tokenise. */
	public static function schedule(): void {
		global $wpdb;
		if ( $wpdb->get_var( 'SELECT ticket_id FROM ' . Schema::table( 'search' ) . ' LIMIT 1' ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			update_option( SearchIndex::READY_OPTION, 'pending' );
		}
	}

	/** Migration: adds the customers' words to the terms of existing tickets. */
	public static function schedule_customers(): void {
		global $wpdb;
		if ( SearchIndex::ready() && $wpdb->get_var( 'SELECT ticket_id FROM ' . Schema::table( 'ticket_index' ) . ' LIMIT 1' ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			update_option( SearchIndex::READY_OPTION, self::CUSTOMERS );
		}
	}

	/**
	 * Tokenises the tickets after $after_id, then queues the next batch or
	 * finishes. Repeating a batch is harmless: terms already there stay.
	 *
	 * @param int $after_id Last ticket id done.
	 */
	public function run_batch( int $after_id = 0 ): void {
		global $wpdb;
		$customers_only = self::CUSTOMERS === get_option( SearchIndex::READY_OPTION );
		$rows           = $customers_only
			? $wpdb->get_results( $wpdb->prepare( "SELECT ticket_id, '' AS content FROM " . Schema::table( 'ticket_index' ) . ' WHERE ticket_id > %d ORDER BY ticket_id LIMIT %d', $after_id, self::BATCH ) ) // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			: $wpdb->get_results( $wpdb->prepare( 'SELECT ticket_id, content FROM ' . Schema::table( 'search' ) . ' WHERE ticket_id > %d ORDER BY ticket_id LIMIT %d', $after_id, self::BATCH ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$who            = SearchIndex::customers( array_map( static fn( $row ) => (int) $row->ticket_id, $rows ) );
		$terms          = array();
		foreach ( $rows as $row ) {
			$terms[ (int) $row->ticket_id ] = Tokenizer::terms( $row->content . "\n" . ( $who[ (int) $row->ticket_id ] ?? '' ) );
		}
		SearchIndex::add_terms( $terms );
		if ( count( $rows ) === self::BATCH ) {
			update_option( SearchIndex::READY_OPTION . '_after', (int) end( $rows )->ticket_id, false );
			$this->queue->push( self::HOOK, array( (int) end( $rows )->ticket_id ) );
			return;
		}
		self::finish();
	}

	/** Marks the terms complete and drops the FULLTEXT index they replace. */
	public static function finish(): void {
		global $wpdb;
		$table = Schema::table( 'search' );
		if ( ! Schema::is_sqlite() && $wpdb->get_var( $wpdb->prepare( "SHOW INDEX FROM {$table} WHERE Key_name = %s", 'content' ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$wpdb->query( "ALTER TABLE {$table} DROP INDEX content" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		delete_option( SearchIndex::READY_OPTION . '_after' );
		update_option( SearchIndex::READY_OPTION, 'ready' );
	}
}
