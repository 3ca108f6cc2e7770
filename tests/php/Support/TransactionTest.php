<?php
/**
 * Nested transactions.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Support;

use Storedesk\Install\Schema;
use Storedesk\Support\Transaction;
use Storedesk\Tests\TestCase;

/**
 * A failed inner write rolls back alone; an error anywhere rolls back its level.
 */
class TransactionTest extends TestCase {

	/**
	 * Inserts a team row.
	 *
	 * @param string $name Team name.
	 */
	private function insert( string $name ): void {
		global $wpdb;
		$wpdb->insert( Schema::table( 'teams' ), array( 'name' => $name, 'created_at' => '2026-01-01 00:00:00' ) );
	}

	/** A WP_Error result rolls back; success commits into the outer level. */
	public function test_error_rolls_back_only_its_level(): void {
		$before = $this->rows( 'teams' );
		Transaction::run(
			function () {
				$this->insert( 'Kept' );
				$inner = Transaction::run(
					function () {
						$this->insert( 'Dropped' );
						return new \WP_Error( 'nope', 'no' );
					}
				);
				$this->assertWPError( $inner );
				return true;
			}
		);
		$this->assertSame( $before + 1, $this->rows( 'teams' ) );
		$this->assertSame( 1, Transaction::depth(), 'only the test\'s own level stays open' );
	}

	/** An exception rolls back and is rethrown. */
	public function test_exception_rolls_back(): void {
		$before = $this->rows( 'teams' );
		try {
			Transaction::run(
				function () {
					$this->insert( 'Boom' );
					throw new \RuntimeException( 'boom' );
				}
			);
			$this->fail( 'the exception must reach the caller' );
		} catch ( \RuntimeException $e ) {
			$this->assertSame( 'boom', $e->getMessage() );
		}
		$this->assertSame( $before, $this->rows( 'teams' ) );
	}

	/** Work queued inside nested levels runs once, after the outermost commit. */
	public function test_after_commit_waits_for_the_outermost_commit(): void {
		$ran = array();
		Transaction::run(
			function () use ( &$ran ) {
				Transaction::after_commit( function () use ( &$ran ) { $ran[] = 'outer'; } );
				Transaction::run(
					function () use ( &$ran ) {
						Transaction::after_commit( function () use ( &$ran ) { $ran[] = 'inner'; } );
						return true;
					}
				);
				$this->assertSame( array(), $ran, 'nothing runs before the outermost commit' );
				return true;
			}
		);
		$this->assertSame( array( 'outer', 'inner' ), $ran );
		Transaction::after_commit( function () use ( &$ran ) { $ran[] = 'now'; } );
		$this->assertSame( 'now', end( $ran ), 'outside a transaction it runs at once' );
	}

	/** Work queued by a level that rolls back never runs; its siblings' work does. */
	public function test_after_commit_is_dropped_with_a_rollback(): void {
		$ran = array();
		Transaction::run(
			function () use ( &$ran ) {
				Transaction::after_commit( function () use ( &$ran ) { $ran[] = 'kept'; } );
				Transaction::run(
					function () use ( &$ran ) {
						Transaction::after_commit( function () use ( &$ran ) { $ran[] = 'dropped'; } );
						return new \WP_Error( 'nope', 'no' );
					}
				);
				return true;
			}
		);
		Transaction::run(
			function () use ( &$ran ) {
				Transaction::after_commit( function () use ( &$ran ) { $ran[] = 'failed'; } );
				return new \WP_Error( 'nope', 'no' );
			}
		);
		$this->assertSame( array( 'kept' ), $ran );
	}

	/**
	 * Asserts a value is a WP_Error.
	 *
	 * @param mixed $value Value.
	 */
	private function assertWPError( $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
	}
}
