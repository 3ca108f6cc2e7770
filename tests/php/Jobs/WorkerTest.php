<?php
/**
 * Retries and failures of background jobs.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Jobs;

use Storedesk\Jobs\Failures;
use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;
use Storedesk\Tests\TestCase;

/**
 * A job that throws is tried again after 1, 2, 4 and 8 minutes, then given
 * up and listed for managers with its error, who may retry it; a job that
 * runs through is forgotten.
 */
class WorkerTest extends TestCase {

	private const HOOK = 'storedesk_test_flaky';

	/**
	 * Tries of the test job so far.
	 *
	 * @var int
	 */
	private int $tries = 0;

	/**
	 * How many tries throw.
	 *
	 * @var int
	 */
	private int $throws = 0;

	/** Hooks the test job through the worker. */
	protected function setUp(): void {
		parent::setUp();
		$this->run_jobs();
		$this->service( Worker::class )->on(
			self::HOOK,
			function ( $order ) {
				++$this->tries;
				if ( $this->tries <= $this->throws ) {
					throw new \RuntimeException( "Mail server said no to order {$order}" );
				}
			},
			1,
			static fn( array $args ) => array( 'Flaky job for order ' . $args[0], 42 )
		);
	}

	/** Unhooks it and its schedule. */
	protected function tearDown(): void {
		remove_all_actions( self::HOOK );
		$this->unschedule();
		parent::tearDown();
	}

	/** Takes the test job off both queues. */
	private function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK, array( 7 ) );
		if ( function_exists( 'as_unschedule_all_actions' ) ) {
			as_unschedule_all_actions( self::HOOK, array( 7 ), Queue::GROUP );
		}
	}

	/**
	 * When the job is next scheduled, or null.
	 *
	 * @param array $args Arguments.
	 */
	private function next_run( array $args ): ?int {
		if ( function_exists( 'as_get_scheduled_actions' ) && did_action( 'action_scheduler_init' ) ) {
			$ids = as_get_scheduled_actions(
				array(
					'hook'   => self::HOOK,
					'args'   => $args,
					'status' => \ActionScheduler_Store::STATUS_PENDING,
				),
				'ids'
			);
			if ( $ids ) {
				return \ActionScheduler::store()->get_date( (int) $ids[0] )->getTimestamp();
			}
		}
		$next = wp_next_scheduled( self::HOOK, $args );
		return false === $next ? null : (int) $next;
	}

	/**
	 * The failed jobs a manager reads.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	private function listed(): array {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$res = $this->rest( 'GET', '/storedesk/v1/jobs/failed' );
		$this->assertStatus( 200, $res );
		return array_values( wp_list_filter( $res->get_data(), array( 'job' => self::HOOK ) ) );
	}

	/** Each failure waits twice as long as the one before; the fifth gives the job up, with its error, for a manager to retry. */
	public function test_a_failing_job_backs_off_then_is_given_up_and_retried_by_a_manager(): void {
		$this->throws = Worker::MAX_ATTEMPTS;
		$this->service( Queue::class )->push( self::HOOK, array( 7 ) );
		$this->run_jobs();
		$this->assertSame( 1, $this->tries );
		$waits = array();
		for ( $try = 1; $try < Worker::MAX_ATTEMPTS; $try++ ) {
			$next = $this->next_run( array( 7 ) );
			$this->assertNotNull( $next, "try {$try} left a retry queued" );
			$waits[] = (int) round( ( $next - time() ) / 60 );
			$row     = $this->listed()[0];
			$this->assertSame( array( 'retrying', $try, 'Mail server said no to order 7', 'Flaky job for order 7', 42 ), array( $row['status'], $row['attempts'], $row['error'], $row['label'], $row['ticket_id'] ) );
			$this->assertNotNull( $row['next_try'] );
			// The backoff's time has come: the runner takes the job off the queue and runs it.
			$this->unschedule();
			do_action( self::HOOK, 7 );
		}
		$this->assertSame( array( 1, 2, 4, 8 ), $waits, 'minutes between tries' );
		$this->assertSame( Worker::MAX_ATTEMPTS, $this->tries );
		$row = $this->listed()[0];
		$this->assertSame( array( 'failed', Worker::MAX_ATTEMPTS, null ), array( $row['status'], $row['attempts'], $row['next_try'] ) );
		$this->assertNull( $this->next_run( array( 7 ) ), 'given up: nothing queued' );

		// An agent may not retry; a manager may, and the job runs through and is forgotten.
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 403, $this->rest( 'POST', '/storedesk/v1/jobs/failed/' . $row['id'] . '/retry' ) );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$res = $this->rest( 'POST', '/storedesk/v1/jobs/failed/' . $row['id'] . '/retry' );
		$this->assertStatus( 202, $res );
		$this->assertSame( 'retrying', $res->get_data()['status'] );
		$this->assertStatus( 409, $this->rest( 'POST', '/storedesk/v1/jobs/failed/' . $row['id'] . '/retry' ), 'already being tried' );
		$this->run_jobs();
		$this->assertSame( Worker::MAX_ATTEMPTS + 1, $this->tries );
		$this->assertSame( array(), $this->listed(), 'a job that ran through is forgotten' );
		$this->assertStatus( 404, $this->rest( 'POST', '/storedesk/v1/jobs/failed/' . $row['id'] . '/retry' ) );
	}

	/** One failure then success: the job is retried once and leaves nothing behind; a job that never failed costs no row. */
	public function test_a_job_that_recovers_is_forgotten(): void {
		$this->throws = 1;
		$this->service( Queue::class )->push( self::HOOK, array( 7 ) );
		$this->run_jobs();
		$this->assertSame( 1, $this->service( Failures::class )->attempts( self::HOOK, array( 7 ) ) );
		$this->unschedule();
		do_action( self::HOOK, 7 );
		$this->assertSame( 2, $this->tries );
		$this->assertSame( 0, $this->service( Failures::class )->attempts( self::HOOK, array( 7 ) ) );
		$this->assertSame( array(), $this->listed() );
	}

	/** The same job pushed twice while queued is queued once. */
	public function test_a_duplicate_job_is_queued_once(): void {
		$this->service( Queue::class )->push( self::HOOK, array( 7 ) );
		$this->service( Queue::class )->push( self::HOOK, array( 7 ) );
		$this->run_jobs();
		$this->assertSame( 1, $this->tries );
	}
}
