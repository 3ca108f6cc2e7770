<?php
/**
 * Keeps a customer's words in their tickets' terms.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

use Storedesk\Install\Schema;
use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;

defined( 'ABSPATH' ) || exit;

/**
 * When a customer's name, email or phone changes, or another customer is
 * merged into them, each of their tickets is tokenised again in a
 * background job: a customer may have hundreds of tickets, and the agent
 * who renamed them should not wait for that.
 */
class CustomerTerms {

	public const HOOK   = 'storedesk_refresh_customer_terms';
	private const BATCH = 100;

	/**
	 * Builds the job.
	 *
	 * @param Queue       $queue Background jobs.
	 * @param SearchIndex $index Search terms.
	 * @param Worker      $worker Runs the job.
	 */
	public function __construct( private Queue $queue, private SearchIndex $index, private Worker $worker ) {}

	/** Hooks the job. */
	public function register(): void {
		$this->worker->on( self::HOOK, array( $this, 'run_batch' ), 2 );
	}

	/**
	 * Queues the refresh of a customer's tickets.
	 *
	 * @param int $contact_id Contact id.
	 */
	public function refresh( int $contact_id ): void {
		$this->queue->push( self::HOOK, array( $contact_id, 0 ) );
	}

	/**
	 * Tokenises one batch of the customer's tickets, then queues the next.
	 *
	 * @param int $contact_id Contact id.
	 * @param int $after_id   Last ticket id done.
	 */
	public function run_batch( int $contact_id, int $after_id = 0 ): void {
		global $wpdb;
		$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT ticket_id FROM ' . Schema::table( 'ticket_index' ) . ' WHERE contact_id = %d AND ticket_id > %d ORDER BY ticket_id LIMIT %d', $contact_id, $after_id, self::BATCH ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$this->index->retokenize( $ids );
		if ( count( $ids ) === self::BATCH ) {
			$this->queue->push( self::HOOK, array( $contact_id, (int) end( $ids ) ) );
		}
	}
}
