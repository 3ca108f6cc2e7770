<?php
/**
 * Runs queued Storedesk jobs right after the request that queued them.
 *
 * @package Storedesk
 */

namespace Storedesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * A request that queued work sends the site one request it does not wait
 * for (a socket written and closed: WordPress's "non-blocking" HTTP call
 * still waited for the answer here, 20 to 200 ms in the shopper's request).
 * That request runs every due Storedesk job, one runner at a time, and
 * looks again before it stops, so a job queued while it ran is not left for
 * the next visitor. Jobs stay where Queue put them (Action Scheduler or
 * WP-Cron); either's own runner still finds anything left.
 */
class Runner {

	public const ACTION = 'storedesk_run_jobs';

	private const LOCK = 'storedesk_jobs_lock';

	/** A runner that stopped without unlocking is taken over after this long. */
	private const LOCK_SECONDS = 120;

	/**
	 * Builds the runner.
	 *
	 * @param Lock $lock One runner at a time.
	 */
	public function __construct( private Lock $lock ) {}

	/**
	 * Whether this request is a runner: a job it runs that queues another
	 * needs no new runner, this one looks again before it stops.
	 *
	 * @var bool
	 */
	private bool $running = false;

	/** Hooks the endpoint, for visitors and logged-in users alike: it only runs what is due. */
	public function register(): void {
		add_action( 'wp_ajax_nopriv_' . self::ACTION, array( $this, 'serve' ) );
		add_action( 'wp_ajax_' . self::ACTION, array( $this, 'serve' ) );
	}

	/** Whether this request is running jobs now. */
	public function running(): bool {
		return $this->running;
	}

	/** Sends the request that starts a runner, without waiting for any answer. */
	public function kick(): void {
		$url  = wp_parse_url( admin_url( 'admin-ajax.php?action=' . self::ACTION ) );
		$ssl  = 'https' === ( $url['scheme'] ?? 'http' );
		$host = (string) ( $url['host'] ?? '' );
		$ctx  = stream_context_create( array( 'ssl' => array( 'verify_peer' => false, 'verify_peer_name' => false ) ) );
		// phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a site that cannot reach itself keeps WP-Cron's runner.
		$sock = @stream_socket_client( ( $ssl ? 'ssl://' : 'tcp://' ) . $host . ':' . ( $url['port'] ?? ( $ssl ? 443 : 80 ) ), $errno, $error, 1, STREAM_CLIENT_CONNECT, $ctx );
		if ( ! $sock ) {
			return;
		}
		// phpcs:disable WordPress.WP.AlternativeFunctions -- a socket, not a file.
		fwrite( $sock, 'GET ' . $url['path'] . '?' . $url['query'] . " HTTP/1.1\r\nHost: {$host}\r\nConnection: close\r\n\r\n" );
		fclose( $sock );
		// phpcs:enable
	}

	/** The endpoint: runs what is due while it holds the lock, then answers nothing. */
	public function serve(): void {
		ignore_user_abort( true );
		$this->run();
		wp_die( '', '', array( 'response' => 204 ) );
	}

	/**
	 * Runs due jobs until none is left (or the time is up), one runner at a time.
	 *
	 * @param int $seconds Stop starting jobs after this long.
	 * @return int Jobs run.
	 */
	public function run( int $seconds = 25 ): int {
		$this->running = true;
		$done          = 0;
		$until         = microtime( true ) + $seconds;
		while ( microtime( true ) < $until && $this->lock() ) {
			$round = 0;
			do {
				$ran    = $this->run_due();
				$round += $ran;
			} while ( $ran && microtime( true ) < $until );
			$this->unlock();
			$done += $round;
			// A job queued after the last look and before the unlock would wait for
			// the next visitor; one that cannot run (a round that ran nothing) would spin.
			if ( ! $round || ! $this->due() ) {
				break;
			}
		}
		$this->running = false;
		return $done;
	}

	/** Runs the Storedesk jobs due now, once each; returns how many. */
	public function run_due(): int {
		$ran = 0;
		foreach ( $this->as_due( 20 ) as $id ) {
			// Marked in progress first, so Action Scheduler's own runner leaves it alone.
			\ActionScheduler::runner()->process_action( $id, 'Storedesk runner' );
			++$ran;
		}
		foreach ( $this->cron_due() as $event ) {
			wp_unschedule_event( $event[0], $event[1], $event[2] );
			do_action_ref_array( $event[1], $event[2] ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- only storedesk_ hooks.
			++$ran;
		}
		return $ran;
	}

	/** Whether a Storedesk job is due. */
	private function due(): bool {
		return $this->as_due( 1 ) || $this->cron_due();
	}

	/**
	 * Due Action Scheduler jobs of ours, oldest first.
	 *
	 * @param int $most How many at most.
	 * @return int[]
	 */
	private function as_due( int $most ): array {
		if ( ! function_exists( 'as_get_scheduled_actions' ) || ! class_exists( 'ActionScheduler' ) || ! did_action( 'action_scheduler_init' ) ) {
			return array();
		}
		return array_map(
			'intval',
			as_get_scheduled_actions(
				array(
					'group'        => Queue::GROUP,
					'status'       => \ActionScheduler_Store::STATUS_PENDING,
					'date'         => gmdate( 'Y-m-d H:i:s' ),
					'date_compare' => '<=',
					// In the order they were queued: due actions of the same second had none.
					'orderby'      => 'action_id',
					'order'        => 'ASC',
					'per_page'     => $most,
				),
				'ids'
			)
		);
	}

	/**
	 * Due WP-Cron events of ours that run once: [time, hook, args].
	 *
	 * @return array<int, array{0: int, 1: string, 2: array}>
	 */
	private function cron_due(): array {
		// Another request may have queued a job since this one read its options.
		wp_cache_delete( 'alloptions', 'options' );
		wp_cache_delete( 'cron', 'options' );
		$out = array();
		foreach ( (array) _get_cron_array() as $time => $hooks ) {
			if ( $time > time() ) {
				break;
			}
			foreach ( $hooks as $hook => $events ) {
				foreach ( $events as $event ) {
					if ( str_starts_with( (string) $hook, 'storedesk_' ) && false === $event['schedule'] ) {
						$out[] = array( (int) $time, (string) $hook, (array) $event['args'] );
					}
				}
			}
		}
		return $out;
	}

	/** Takes the runner's lock; a runner that stopped without letting go is taken over. */
	private function lock(): bool {
		return $this->lock->acquire( self::LOCK, self::LOCK_SECONDS );
	}

	/** Gives the lock back. */
	private function unlock(): void {
		$this->lock->release( self::LOCK );
	}
}
