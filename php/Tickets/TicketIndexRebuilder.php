<?php
/**
 * Rebuilds inbox index rows from their sources.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;
use Storedesk\Search\SearchIndex;
use Storedesk\Support\Dates;
use Storedesk\Support\Text;

defined( 'ABSPATH' ) || exit;

/**
 * Recomputes index rows and search documents from the ticket posts, their
 * meta and their messages, for after a restore or a manual database edit.
 * Runs in batches as a background job that queues its own continuation, so
 * 100,000 tickets never hold one request.
 */
class TicketIndexRebuilder {

	public const HOOK   = 'storedesk_rebuild_index';
	private const BATCH = 500;

	/**
	 * Builds the rebuilder.
	 *
	 * @param Queue       $queue  Background jobs.
	 * @param SearchIndex $search Search documents and terms.
	 * @param Worker      $worker Runs the job.
	 */
	public function __construct( private Queue $queue, private SearchIndex $search, private Worker $worker ) {}

	/** Hooks the job. */
	public function register(): void {
		$this->worker->on( self::HOOK, array( $this, 'run_batch' ) );
	}

	/** Starts a full rebuild in the background. */
	public function start(): void {
		$this->queue->push( self::HOOK, array( 0 ) );
	}

	/**
	 * Rebuilds the tickets after $after_id, then queues the next batch.
	 *
	 * @param int $after_id Last ticket id already rebuilt.
	 */
	public function run_batch( int $after_id = 0 ): void {
		global $wpdb;
		$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s AND ID > %d ORDER BY ID LIMIT %d", TicketPostType::POST_TYPE, $after_id, self::BATCH ) ) );
		array_map( array( $this, 'rebuild' ), $ids );
		if ( count( $ids ) === self::BATCH ) {
			$this->queue->push( self::HOOK, array( end( $ids ) ) );
		}
	}

	/**
	 * Recomputes one ticket's index row and search document.
	 *
	 * @param int $id Ticket id.
	 */
	public function rebuild( int $id ): void {
		global $wpdb;
		$post = get_post( $id );
		if ( ! $post || TicketPostType::POST_TYPE !== $post->post_type ) {
			return;
		}
		$messages = Schema::table( 'messages' );
		$stats    = $wpdb->get_row( $wpdb->prepare( "SELECT COUNT(*) AS n, MAX(CASE WHEN kind <> 'event' THEN created_at END) AS last_at, MIN(CASE WHEN kind = 'reply' THEN created_at END) AS first_reply, MAX(CASE WHEN kind = 'reply' THEN created_at END) AS last_reply FROM {$messages} WHERE ticket_id = %d", $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$waiting  = $wpdb->get_var( $wpdb->prepare( "SELECT MIN(created_at) FROM {$messages} WHERE ticket_id = %d AND kind = 'customer' AND created_at > %s", $id, $stats->last_reply ?? '0000-00-00 00:00:00' ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$last     = $wpdb->get_row( $wpdb->prepare( "SELECT body, format FROM {$messages} WHERE ticket_id = %d AND kind IN ('customer','reply') ORDER BY created_at DESC, id DESC LIMIT 1", $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$old      = $wpdb->get_row( $wpdb->prepare( 'SELECT unread, resolved_at FROM ' . Schema::table( 'ticket_index' ) . ' WHERE ticket_id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$status   = Vocabulary::status_of_post( $post->post_status );
		$meta     = static fn( string $column ) => get_post_meta( $id, TicketMeta::KEYS[ $column ], true );
		$closed   = in_array( $status, array( 'resolved', 'closed' ), true );
		$wpdb->replace(
			Schema::table( 'ticket_index' ),
			array(
				'ticket_id'         => $id,
				'status'            => $status,
				'priority'          => Vocabulary::priorities()[ $meta( 'priority' ) ] ?? 1,
				'channel'           => (string) $meta( 'channel' ),
				'assignee_id'       => (int) $meta( 'assignee_id' ),
				'team_id'           => (int) $meta( 'team_id' ),
				'contact_id'        => (int) $meta( 'contact_id' ),
				'order_id'          => (int) $meta( 'order_id' ),
				'order_status'      => (string) $meta( 'order_status' ),
				'customer_user_id'  => (int) $meta( 'customer_user_id' ),
				// Tickets from before the check, and from agents, were never in doubt.
				'sender_verified'   => '' === $meta( 'sender_verified' ) ? 1 : (int) $meta( 'sender_verified' ),
				'subject'           => $post->post_title,
				'excerpt'           => $last ? Text::excerpt( $last->body, $last->format ) : '',
				'message_count'     => (int) $stats->n,
				'unread'            => $old ? (int) $old->unread : 0,
				'created_at'        => $post->post_date_gmt,
				'last_activity_at'  => $stats->last_at ?? $post->post_date_gmt,
				'waiting_since'     => $closed ? null : $waiting,
				'first_response_at' => $stats->first_reply,
				'resolved_at'       => $closed ? ( $old->resolved_at ?? $post->post_modified_gmt ) : null,
				'updated_at'        => Dates::now(),
			)
		);
		$texts = $wpdb->get_results( $wpdb->prepare( "SELECT body, format FROM {$messages} WHERE ticket_id = %d AND kind <> 'event' ORDER BY created_at, id", $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$this->search->replace( $id, implode( "\n", array_merge( array( $post->post_title ), array_map( static fn( $m ) => Text::plain( $m->body, $m->format ), $texts ) ) ) );
		TagIndex::sync( array( $id ) );
	}
}
