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
 */
class Queue {

	public const GROUP = 'storedesk';

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
			return;
		}
		if ( ! wp_next_scheduled( $hook, $args ) ) {
			wp_schedule_single_event( time(), $hook, $args );
		}
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
