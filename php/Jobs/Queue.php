<?php
/**
 * Background job scheduling.
 *
 * @package Storedesk
 */

namespace Storedesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * Runs background work through Action Scheduler when WooCommerce provides
 * it (persistent, retried, visible in Tools → Scheduled Actions) and through
 * WP-Cron otherwise. Jobs must be idempotent: either runner may repeat one.
 *
 * A request that queues work starts a Runner once it has answered, so an
 * email goes out in seconds without the shopper or the agent waiting on it,
 * and without a visitor having to come by first.
 */
class Queue {

	public const GROUP = 'storedesk';

	/**
	 * Builds the queue.
	 *
	 * @param Runner $runner Starts a runner after the request.
	 */
	public function __construct( private Runner $runner ) {}

	/**
	 * Whether this request already set the runner to start at its end.
	 *
	 * @var bool
	 */
	private bool $kicking = false;

	/**
	 * Schedules $hook to run soon with $args, once: an identical pending job
	 * is not queued twice.
	 *
	 * @param string $hook Action hook the job runs.
	 * @param array  $args Arguments passed to the hook.
	 */
	public function push( string $hook, array $args = array() ): void {
		if ( function_exists( 'as_enqueue_async_action' ) && function_exists( 'as_has_scheduled_action' ) ) {
			if ( ! as_has_scheduled_action( $hook, $args, self::GROUP ) ) {
				as_enqueue_async_action( $hook, $args, self::GROUP );
			}
		} elseif ( ! wp_next_scheduled( $hook, $args ) ) {
			wp_schedule_single_event( time(), $hook, $args );
		}
		if ( ! $this->kicking && ! wp_doing_cron() && ! $this->runner->running() ) {
			$this->kicking = true;
			add_action( 'shutdown', array( $this, 'kick' ), 20 );
		}
	}

	/**
	 * Starts a runner for what this request queued, after the answer has
	 * gone out where the server allows it.
	 */
	public function kick(): void {
		/**
		 * Filters whether a request that queued work starts a runner for it at once.
		 * Sites that run wp-cron.php from a system cron may prefer to wait for it.
		 *
		 * @since 0.3.0
		 * @param bool $kick Start a runner; true by default.
		 */
		if ( ! apply_filters( 'storedesk_kick_jobs', true ) ) {
			return;
		}
		if ( function_exists( 'fastcgi_finish_request' ) ) {
			fastcgi_finish_request();
		}
		$this->runner->kick();
	}

	/**
	 * Schedules $hook to run every day from $delay seconds on, once: a job
	 * already scheduled stays as it is.
	 *
	 * @param string $hook  Action hook the job runs.
	 * @param int    $delay Seconds before the first run.
	 */
	public function daily( string $hook, int $delay = 3600 ): void {
		if ( function_exists( 'as_schedule_recurring_action' ) && function_exists( 'as_has_scheduled_action' ) && did_action( 'action_scheduler_init' ) ) {
			if ( ! as_has_scheduled_action( $hook, array(), self::GROUP ) ) {
				as_schedule_recurring_action( time() + $delay, DAY_IN_SECONDS, $hook, array(), self::GROUP );
			}
			return;
		}
		if ( ! wp_next_scheduled( $hook ) ) {
			wp_schedule_event( time() + $delay, 'daily', $hook );
		}
	}
}
