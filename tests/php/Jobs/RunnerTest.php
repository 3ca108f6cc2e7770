<?php
/**
 * The runner a request starts for the jobs it queued.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Jobs;

use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Runner;
use Storedesk\Tests\TestCase;

/**
 * One runner at a time runs every due job, including those queued by the
 * jobs it runs; a runner that died is taken over.
 */
class RunnerTest extends TestCase {

	/** Runs what earlier tests left queued, so each test counts its own jobs. */
	protected function setUp(): void {
		parent::setUp();
		$this->run_jobs();
	}

	/** A queued job runs once; a job queued by it runs in the same go. */
	public function test_runs_what_is_due_until_nothing_is(): void {
		$seen   = array();
		$first  = static function ( $n ) use ( &$seen ) {
			$seen[] = "first {$n}" . ( \Storedesk\Plugin::container()->get( Runner::class )->running() ? ' in a runner' : '' );
			\Storedesk\Plugin::container()->get( Queue::class )->push( 'storedesk_test_second', array( $n ) );
		};
		$second = static function ( $n ) use ( &$seen ) {
			$seen[] = "second {$n}";
		};
		add_action( 'storedesk_test_first', $first );
		add_action( 'storedesk_test_second', $second );
		$this->service( Queue::class )->push( 'storedesk_test_first', array( 7 ) );
		$this->assertSame( array(), $seen, 'queued, not run' );
		$this->assertSame( 2, $this->service( Runner::class )->run() );
		$this->assertSame( array( 'first 7 in a runner', 'second 7' ), $seen, 'a job queued inside a runner starts no second one (Queue asks running())' );
		$this->assertFalse( $this->service( Runner::class )->running() );
		$this->assertSame( 0, $this->service( Runner::class )->run(), 'each job once' );
		remove_action( 'storedesk_test_first', $first );
		remove_action( 'storedesk_test_second', $second );
	}

	/** While another runner holds the lock nothing runs; a lock left by a runner that died is taken over. */
	public function test_one_runner_at_a_time(): void {
		global $wpdb;
		$ran = 0;
		$job = static function () use ( &$ran ) {
			++$ran;
		};
		add_action( 'storedesk_test_locked', $job );
		$this->service( Queue::class )->push( 'storedesk_test_locked', array( 1 ) );
		$wpdb->insert( $wpdb->options, array( 'option_name' => 'storedesk_jobs_lock', 'option_value' => (string) time(), 'autoload' => 'off' ) );
		$this->assertSame( 0, $this->service( Runner::class )->run( 1 ) );
		$this->assertSame( 0, $ran, 'another runner holds the lock' );
		$wpdb->update( $wpdb->options, array( 'option_value' => (string) ( time() - 600 ) ), array( 'option_name' => 'storedesk_jobs_lock' ) );
		$this->assertSame( 1, $this->service( Runner::class )->run() );
		$this->assertSame( 1, $ran, 'a stale lock is taken over' );
		$this->assertNull( $wpdb->get_var( "SELECT option_value FROM {$wpdb->options} WHERE option_name = 'storedesk_jobs_lock'" ), 'and given back' );
		remove_action( 'storedesk_test_locked', $job );
	}
}
