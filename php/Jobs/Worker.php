<?php
/**
 * What runs a background job, and what happens when it throws.
 *
 * @package Storedesk
 */

namespace Storedesk\Jobs;

defined( 'ABSPATH' ) || exit;

/**
 * Every Storedesk job is hooked through here. A job that throws is tried
 * again after 1, 2, 4 and 8 minutes (at most an hour apart), then given
 * up and listed for managers (Failures), who may retry it. A job that runs
 * through is forgotten. Nothing a job throws reaches the runner: one bad
 * job must not stop the ones queued behind it.
 */
class Worker {

	/** Tries before a job is given up. */
	public const MAX_ATTEMPTS = 5;

	/**
	 * Jobs whose service is built only when one runs: hook => [service
	 * class, method, arguments, method that describes one or null]. A
	 * request that runs no job builds none of these services.
	 */
	private const JOBS = array(
		\Storedesk\Conversations\Outbound::JOB           => array( \Storedesk\Conversations\Outbound::class, 'deliver', 1, null ),
		\Storedesk\Conversations\Outbound::SWEEP         => array( \Storedesk\Conversations\Outbound::class, 'sweep', 0, null ),
		\Storedesk\Notifications\Notifier::JOB           => array( \Storedesk\Notifications\Notifier::class, 'run', 3, 'describe' ),
		\Storedesk\Notifications\Notifier::LINKS_JOB     => array( \Storedesk\Notifications\Notifier::class, 'send_links', 2, 'describe_links' ),
		\Storedesk\Notifications\AgentNotifications::JOB => array( \Storedesk\Notifications\AgentNotifications::class, 'send', 5, 'describe' ),
		\Storedesk\Contacts\ContactEditor::NOTICE_JOB    => array( \Storedesk\Notifications\AddressNotice::class, 'send', 2, 'describe' ),
		\Storedesk\Channels\Email\Mailboxes\MailboxFetcher::POLL => array( \Storedesk\Channels\Email\Mailboxes\MailboxFetcher::class, 'poll', 0, null ),
		\Storedesk\Channels\Email\Mailboxes\MailboxFetcher::JOB => array( \Storedesk\Channels\Email\Mailboxes\MailboxFetcher::class, 'fetch', 1, 'describe' ),
		\Storedesk\Channels\Email\Providers\Ses::CONFIRM_JOB => array( \Storedesk\Channels\Email\Providers\Ses::class, 'confirm', 1, 'describe' ),
		\Storedesk\Integrations\WooCommerce\OrderStatusSync::JOB => array( \Storedesk\Integrations\WooCommerce\OrderStatusSync::class, 'backfill', 0, null ),
	);

	/** Intervals of recurring jobs other than hourly and daily, in seconds (WP-Cron needs each named). */
	private const INTERVALS = array( \Storedesk\Channels\Email\Mailboxes\MailboxFetcher::EVERY * 60 );

	/**
	 * Builds the worker.
	 *
	 * @param Queue                $queue     Schedules the retries.
	 * @param Failures             $failures  Records them.
	 * @param \Storedesk\Container $container Builds a job's service when it runs.
	 */
	public function __construct( private Queue $queue, private Failures $failures, private \Storedesk\Container $container ) {}

	/** Hooks the jobs of JOBS. */
	public function register(): void {
		add_filter( 'cron_schedules', array( self::class, 'schedules' ) ); // phpcs:ignore WordPress.WP.CronInterval.ChangeDetected -- every two minutes is what fetching mail needs.
		foreach ( self::JOBS as $hook => list( $class, $method, $args, $describe ) ) {
			$this->on( $hook, fn( ...$given ) => $this->container->get( $class )->$method( ...$given ), $args, $describe ? fn( array $a ) => $this->container->get( $class )->$describe( $a ) : null );
		}
	}

	/**
	 * Adds the WP-Cron schedules of INTERVALS.
	 *
	 * @param array $schedules Schedules.
	 */
	public static function schedules( $schedules ): array {
		foreach ( self::INTERVALS as $seconds ) {
			$schedules[ Queue::schedule( $seconds ) ] = array(
				'interval' => $seconds,
				/* translators: %d: minutes */
				'display'  => sprintf( __( 'Every %d minutes (Storedesk)', 'storedesk' ), $seconds / 60 ),
			);
		}
		return (array) $schedules;
	}

	/**
	 * What each job is, in words, for the managers' list: hook => callable(array $args): array{0: string, 1: int}.
	 *
	 * @var array<string, callable>
	 */
	private array $describers = array();

	/**
	 * Hooks a job.
	 *
	 * @param string        $hook     Job hook (storedesk_…).
	 * @param callable      $callback What it does; may throw.
	 * @param int           $args     Arguments it takes.
	 * @param callable|null $describe Its arguments => [a sentence for managers, the ticket it concerns or 0].
	 */
	public function on( string $hook, callable $callback, int $args = 1, ?callable $describe = null ): void {
		if ( $describe ) {
			$this->describers[ $hook ] = $describe;
		}
		add_action(
			$hook,
			function ( ...$given ) use ( $hook, $callback ) {
				$this->run( $hook, $callback, $given );
			},
			10,
			$args
		);
	}

	/**
	 * Runs one job and takes care of its outcome.
	 *
	 * @param string   $hook     Job hook.
	 * @param callable $callback What it does.
	 * @param array    $args     Its arguments.
	 */
	public function run( string $hook, callable $callback, array $args ): void {
		try {
			$callback( ...$args );
		} catch ( \Throwable $e ) {
			$this->failed( $hook, $args, $e->getMessage() );
			return;
		}
		$this->failures->clear( $hook, $args );
	}

	/**
	 * A failed job in words, and the ticket it concerns (0 for none).
	 *
	 * @param string $hook Job hook.
	 * @param array  $args Its arguments.
	 * @return array{0: string, 1: int}
	 */
	public function describe( string $hook, array $args ): array {
		$said = isset( $this->describers[ $hook ] ) ? ( $this->describers[ $hook ] )( $args ) : null;
		/* translators: %s: the job's hook name, such as storedesk_index_rebuild */
		return is_array( $said ) ? array( (string) $said[0], (int) $said[1] ) : array( sprintf( __( 'Background job %s', 'storedesk' ), $hook ), 0 );
	}

	/**
	 * Seconds before the try after $attempt: 1, 2, 4, 8 minutes…, at most an hour.
	 *
	 * @param int $attempt Tries made.
	 */
	public static function backoff( int $attempt ): int {
		return (int) min( HOUR_IN_SECONDS, MINUTE_IN_SECONDS * 2 ** max( 0, $attempt - 1 ) );
	}

	/**
	 * A manager asks for a given-up job to run again.
	 *
	 * @param int $id Failure id.
	 * @return bool False when it was not given up.
	 */
	public function retry( int $id ): bool {
		$row = $this->failures->find( $id );
		if ( ! $row || ! $this->failures->requeue( $id ) ) {
			return false;
		}
		$this->queue->push( (string) $row->hook, Failures::args( $row ) );
		return true;
	}

	/**
	 * Records a try that threw; queues the next one or gives the job up.
	 *
	 * @param string $hook  Job hook.
	 * @param array  $args  Its arguments.
	 * @param string $error What it threw.
	 */
	private function failed( string $hook, array $args, string $error ): void {
		$made = $this->failures->attempts( $hook, $args ) + 1;
		if ( $made >= self::MAX_ATTEMPTS ) {
			$this->failures->record( $hook, $args, $error, null );
			return;
		}
		$at = time() + self::backoff( $made );
		$this->failures->record( $hook, $args, $error, $at );
		$this->queue->at( $hook, $args, $at );
	}
}
