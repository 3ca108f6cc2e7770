<?php
/**
 * Running library code that may warn.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

defined( 'ABSPATH' ) || exit;

/**
 * A mail is data from anyone: a warning the parser raises on it (an
 * unknown charset, a broken base64 line) is a fact about the mail to act
 * on, not an error of the site, so it is caught here and reported instead
 * of reaching the log or the screen.
 */
final class Quiet {

	/**
	 * Runs $work with warnings, notices and deprecations caught.
	 *
	 * @template T
	 * @param callable(): T $work   What to run.
	 * @param bool|null     $failed Set to whether it warned.
	 * @param-out bool      $failed
	 * @return T
	 */
	public static function run( callable $work, ?bool &$failed = null ) {
		$failed = false;
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler -- scoped to the parse, restored below.
		set_error_handler(
			static function () use ( &$failed ): bool {
				$failed = true;
				return true;
			}
		);
		try {
			return $work();
		} finally {
			restore_error_handler();
		}
	}
}
