<?php
/**
 * Removes uploads nobody sent.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;

defined( 'ABSPATH' ) || exit;

/**
 * A daily background job deleting uploads that no message claimed within a
 * day (a draft abandoned, a tab closed), files and rows. Like every job it
 * is idempotent; a full batch queues its own continuation.
 */
class AttachmentCleaner {

	public const HOOK    = 'storedesk_clean_attachments';
	public const MAX_AGE = DAY_IN_SECONDS;
	private const BATCH  = 200;

	/** Seconds before the first run, so it never runs in the upload request's own cron tick. */
	private const FIRST_RUN_DELAY = 3600;

	/**
	 * Builds the cleaner.
	 *
	 * @param AttachmentRepository $repo    Rows.
	 * @param AttachmentStorage    $storage Files.
	 * @param Queue                $queue   Background jobs.
	 * @param Worker               $worker Runs the job.
	 */
	public function __construct( private AttachmentRepository $repo, private AttachmentStorage $storage, private Queue $queue, private Worker $worker ) {}

	/** Hooks the job. */
	public function register(): void {
		$this->worker->on( self::HOOK, array( $this, 'run' ) );
	}

	/** Schedules the daily run once. */
	public function schedule(): void {
		$this->queue->daily( self::HOOK, self::FIRST_RUN_DELAY );
	}

	/**
	 * Deletes one batch of orphans.
	 *
	 * @param int|null $now Current time, for tests.
	 * @return int How many were deleted.
	 */
	public function run( ?int $now = null ): int {
		$orphans = $this->repo->orphans( gmdate( 'Y-m-d H:i:s', ( $now ?? time() ) - self::MAX_AGE ), self::BATCH );
		foreach ( $orphans as $attachment ) {
			$this->storage->delete( $attachment->path );
			$this->repo->delete( $attachment->id );
		}
		if ( count( $orphans ) === self::BATCH ) {
			$this->queue->push( self::HOOK );
		}
		return count( $orphans );
	}
}
