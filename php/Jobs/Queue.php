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
	 * Schedules $hook to run soon with $args, once: an identical job that is
	 * due is not queued twice, and one waiting for later runs now instead.
	 *
	 * @param string $hook Action hook the job runs.
	 * @param array  $args Arguments passed to the hook.
	 */
	public function push( string $hook, array $args = array() ): void {
		if ( function_exists( 'as_enqueue_async_action' ) && function_exists( 'as_next_scheduled_action' ) ) {
			$next = as_next_scheduled_action( $hook, $args, self::GROUP );
			// The same job waiting for later (a retry's backoff) runs now instead.
			if ( is_int( $next ) && $next > time() ) {
				as_unschedule_action( $hook, $args, self::GROUP );
				$next = false;
			}
			if ( false === $next ) {
				as_enqueue_async_action( $hook, $args, self::GROUP );
			}
		} else {
			$next = wp_next_scheduled( $hook, $args );
			if ( $next && $next > time() ) {
				wp_unschedule_event( $next, $hook, $args );
				$next = false;
			}
			if ( ! $next ) {
				wp_schedule_single_event( time(), $hook, $args );
			}
		}
		if ( ! $this->kicking && ! wp_doing_cron() && ! $this->runner->running() ) {
			$this->kicking = true;
			add_action( 'shutdown', array( $this, 'kick' ), 20 );
		}
	}

	/**
	 * Schedules $hook to run at $time with $args, once: an identical
	 * pending job is not queued twice. For retries after a backoff.
	 *
	 * @param string $hook Action hook the job runs.
	 * @param array  $args Arguments passed to the hook.
	 * @param int    $time Unix time.
	 */
	public function at( string $hook, array $args, int $time ): void {
		if ( function_exists( 'as_schedule_single_action' ) && function_exists( 'as_get_scheduled_actions' ) ) {
			// Pending ones only: a retry is queued by the run that failed, which
			// as_has_scheduled_action() would count as "in progress" and so queued.
			$pending = as_get_scheduled_actions(
				array(
					'hook'     => $hook,
					'args'     => $args,
					'group'    => self::GROUP,
					'status'   => \ActionScheduler_Store::STATUS_PENDING,
					'per_page' => 1,
				),
				'ids'
			);
			if ( ! $pending ) {
				as_schedule_single_action( $time, $hook, $args, self::GROUP );
			}
			return;
		}
		if ( ! wp_next_scheduled( $hook, $args ) ) {
			wp_schedule_single_event( $time, $hook, $args );
		}
	}

	/**
	 * Schedules $hook to run every hour from $delay seconds on, once.
	 *
	 * @param string $hook  Action hook the job runs.
	 * @param int    $delay Seconds before the first run.
	 */
	public function hourly( string $hook, int $delay = 300 ): void {
		$this->recurring( $hook, $delay, HOUR_IN_SECONDS, 'hourly' );
	}

	/**
	 * Schedules $hook to run every $seconds (at least a minute), once.
	 *
	 * @param string $hook    Action hook the job runs.
	 * @param int    $seconds Seconds between runs.
	 */
	public function every( string $hook, int $seconds ): void {
		$this->recurring( $hook, $seconds, $seconds, self::schedule( $seconds ) );
	}

	/**
	 * The WP-Cron schedule of an interval, named by it; Worker registers
	 * the ones our jobs use.
	 *
	 * @param int $seconds Interval.
	 */
	public static function schedule( int $seconds ): string {
		return 'storedesk_every_' . max( 60, $seconds );
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
		$this->recurring( $hook, $delay, DAY_IN_SECONDS, 'daily' );
	}

	/**
	 * Schedules a recurring job once: a job already scheduled stays as it is.
	 *
	 * @param string $hook     Action hook.
	 * @param int    $delay    Seconds before the first run.
	 * @param int    $interval Seconds between runs (Action Scheduler).
	 * @param string $schedule The same as a WP-Cron schedule name.
	 */
	private function recurring( string $hook, int $delay, int $interval, string $schedule ): void {
		if ( function_exists( 'as_schedule_recurring_action' ) && function_exists( 'as_has_scheduled_action' ) && did_action( 'action_scheduler_init' ) ) {
			if ( ! as_has_scheduled_action( $hook, array(), self::GROUP ) ) {
				as_schedule_recurring_action( time() + $delay, $interval, $hook, array(), self::GROUP );
			}
			return;
		}
		if ( ! wp_next_scheduled( $hook ) ) {
			wp_schedule_event( time() + $delay, $schedule, $hook );
		}
	}
}
