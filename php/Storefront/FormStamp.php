<?php
/**
 * Signed time a form was shown.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * A "time.random.signature" value rendered with every form. A submission
 * sooner than the minimum fill time after it was typed by no person; the
 * signature stops a bot from simply writing an old time; and a stamp
 * opens one ticket only (claim()), so one GET /form cannot feed a flood.
 */
class FormStamp {

	/** A stamp older than this is refused, and the form asks to send again. */
	public const LIFETIME = DAY_IN_SECONDS;

	/**
	 * Builds the stamps.
	 *
	 * @param RateLimiter $limiter Remembers used stamps.
	 */
	public function __construct( private RateLimiter $limiter ) {}

	/**
	 * A stamp for a form shown now.
	 *
	 * @param int|null $now Current time, for tests.
	 */
	public function issue( ?int $now = null ): string {
		$payload = ( $now ?? time() ) . '.' . bin2hex( random_bytes( 8 ) );
		return $payload . '.' . $this->sign( $payload );
	}

	/**
	 * Marks a valid stamp used; false when it was used before. Claimed only by
	 * a submission about to be stored, so a shopper who corrects a mistake
	 * sends the same stamp again without trouble.
	 *
	 * @param string   $stamp Stamp that passed age().
	 * @param int|null $now   Current time, for tests.
	 */
	public function claim( string $stamp, ?int $now = null ): bool {
		return $this->limiter->once( 'stamp:' . $stamp, (int) strtok( $stamp, '.' ) + self::LIFETIME + 60, $now );
	}

	/**
	 * Seconds since the form was shown, or null for a forged, malformed or
	 * expired stamp.
	 *
	 * @param string   $stamp Stamp from the submission.
	 * @param int|null $now   Current time, for tests.
	 */
	public function age( string $stamp, ?int $now = null ): ?int {
		if ( ! preg_match( '/^((\d{1,12})\.[0-9a-f]{16})\.([0-9a-f]{64})$/', $stamp, $m ) || ! hash_equals( $this->sign( $m[1] ), $m[3] ) ) {
			return null;
		}
		$age = ( $now ?? time() ) - (int) $m[2];
		return $age < -60 || $age > self::LIFETIME ? null : max( 0, $age );
	}

	/**
	 * HMAC of a time and its random part with a key only this site knows.
	 *
	 * @param string $payload "time.random".
	 */
	private function sign( string $payload ): string {
		return hash_hmac( 'sha256', 'storedesk-form|' . $payload, wp_salt( 'nonce' ) );
	}
}
