<?php
/**
 * Turning PHP warnings into test failures.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests;

/**
 * For code that reads data from anyone (mail): a warning, notice or
 * deprecation that escapes it fails the test, wherever it comes from.
 */
trait FailsOnWarnings {

	/** Makes every PHP error an exception until restore_warnings(). */
	protected function fail_on_warnings(): void {
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler -- the test's own, restored after it.
		set_error_handler(
			static function ( int $no, string $message, string $file, int $line ): bool {
				throw new \ErrorException( $message, 0, $no, $file, $line );
			}
		);
	}

	/** Gives PHP its handler back. */
	protected function restore_warnings(): void {
		restore_error_handler();
	}
}
