<?php
/**
 * Tags with the status and channel of their tickets.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps one row per tag of a ticket, keyed (tag, status, channel, ticket):
 * "open email tickets tagged refund" is then one short range, where
 * WordPress's term relationships give every ticket of the tag, to be
 * intersected with every open email ticket.
 *
 * The rows follow WordPress's own term hooks, so tags set by any code stay
 * in step, and TicketIndex moves them when a ticket's status changes.
 */
class TagIndex {

	/** Option that is 'pending' while an upgrade fills the table. */
	public const READY_OPTION = 'storedesk_tag_index';

	private const HOOK  = 'storedesk_backfill_tag_index';
	private const BATCH = 5000;

	/**
	 * Builds the index keeper.
	 *
	 * @param Queue  $queue Background jobs.
	 * @param Worker $worker Runs the job.
	 */
	public function __construct( private Queue $queue, private Worker $worker ) {}

	/** Hooks into WordPress's term writes and the backfill job. */
	public function register(): void {
		add_action( 'set_object_terms', array( $this, 'tags_changed' ), 10, 4 );
		add_action( 'deleted_term_relationships', array( $this, 'tags_removed' ), 10, 3 );
		$this->worker->on( self::HOOK, array( $this, 'run_batch' ) );
		if ( ! self::ready() ) {
			add_action( 'init', fn() => $this->queue->push( self::HOOK, array( (int) get_option( self::READY_OPTION . '_after', 0 ) ) ), 20 );
		}
	}

	/** Whether every ticket's tags are in the table. */
	public static function ready(): bool {
		return 'pending' !== get_option( self::READY_OPTION );
	}

	/** Migration: fills the table in the background when tickets have tags. */
	public static function schedule(): void {
		global $wpdb;
		if ( $wpdb->get_var( $wpdb->prepare( "SELECT tt.term_taxonomy_id FROM {$wpdb->term_taxonomy} tt WHERE tt.taxonomy = %s AND tt.count > 0 LIMIT 1", TicketPostType::TAG_TAXONOMY ) ) ) {
			update_option( self::READY_OPTION, 'pending' );
		}
	}

	/**
	 * After wp_set_object_terms().
	 *
	 * @param int    $object_id Object id.
	 * @param array  $terms     Terms given.
	 * @param array  $tt_ids    Term taxonomy ids set.
	 * @param string $taxonomy  Taxonomy.
	 */
	public function tags_changed( $object_id, $terms, $tt_ids, $taxonomy ): void {
		if ( TicketPostType::TAG_TAXONOMY === $taxonomy ) {
			self::sync( array( (int) $object_id ) );
		}
	}

	/**
	 * After tags were taken off a ticket, or a ticket was deleted.
	 *
	 * @param int    $object_id Object id.
	 * @param array  $tt_ids    Term taxonomy ids removed.
	 * @param string $taxonomy  Taxonomy.
	 */
	public function tags_removed( $object_id, $tt_ids, $taxonomy ): void {
		$this->tags_changed( $object_id, array(), $tt_ids, $taxonomy );
	}

	/**
	 * Writes the rows of tickets again from their tags and index rows.
	 *
	 * @param int[] $ids Ticket ids.
	 */
	public static function sync( array $ids ): void {
		global $wpdb;
		$in = implode( ',', array_map( 'intval', $ids ) );
		if ( '' === $in ) {
			return;
		}
		$table = Schema::table( 'ticket_tags' );
		$wpdb->query( "DELETE FROM {$table} WHERE ticket_id IN ({$in})" ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (term_taxonomy_id, status, channel, ticket_id) SELECT tr.term_taxonomy_id, i.status, i.channel, i.ticket_id FROM " . Schema::table( 'ticket_index' ) . " i JOIN {$wpdb->term_relationships} tr ON tr.object_id = i.ticket_id JOIN {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = tr.term_taxonomy_id AND tt.taxonomy = %s WHERE i.ticket_id IN ({$in})", TicketPostType::TAG_TAXONOMY ) ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers and table names.
	}

	/**
	 * Moves a ticket's rows to its new status or channel.
	 *
	 * @param int   $id  Ticket id.
	 * @param array $row Index columns being written.
	 */
	public static function moved( int $id, array $row ): void {
		global $wpdb;
		$set = array_intersect_key( $row, array_flip( array( 'status', 'channel' ) ) );
		if ( $set ) {
			$wpdb->update( Schema::table( 'ticket_tags' ), $set, array( 'ticket_id' => $id ) );
		}
	}

	/**
	 * Fills the rows of the tickets after $after_id, then queues the next batch or finishes.
	 *
	 * @param int $after_id Last ticket id done.
	 */
	public function run_batch( int $after_id = 0 ): void {
		global $wpdb;
		$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT ticket_id FROM ' . Schema::table( 'ticket_index' ) . ' WHERE ticket_id > %d ORDER BY ticket_id LIMIT %d', $after_id, self::BATCH ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		self::sync( $ids );
		if ( count( $ids ) === self::BATCH ) {
			update_option( self::READY_OPTION . '_after', (int) end( $ids ), false );
			$this->queue->push( self::HOOK, array( (int) end( $ids ) ) );
			return;
		}
		delete_option( self::READY_OPTION . '_after' );
		update_option( self::READY_OPTION, 'ready' );
	}
}
