<?php
/**
 * Signed time a form was shown.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * A "time.signature" value rendered with every form. A submission sooner
 * than the minimum fill time after it was typed by no person; the signature
 * stops a bot from simply writing an old time.
 */
class FormStamp {

	/** A stamp older than this is refused, and the form asks to send again. */
	public const LIFETIME = DAY_IN_SECONDS;

	/**
	 * A stamp for a form shown now.
	 *
	 * @param int|null $now Current time, for tests.
	 */
	public function issue( ?int $now = null ): string {
		$time = (string) ( $now ?? time() );
		return $time . '.' . $this->sign( $time );
	}

	/**
	 * Seconds since the form was shown, or null for a forged, malformed or
	 * expired stamp.
	 *
	 * @param string   $stamp Stamp from the submission.
	 * @param int|null $now   Current time, for tests.
	 */
	public function age( string $stamp, ?int $now = null ): ?int {
		if ( ! preg_match( '/^(\d{1,12})\.([0-9a-f]{64})$/', $stamp, $m ) || ! hash_equals( $this->sign( $m[1] ), $m[2] ) ) {
			return null;
		}
		$age = ( $now ?? time() ) - (int) $m[1];
		return $age < -60 || $age > self::LIFETIME ? null : max( 0, $age );
	}

	/**
	 * HMAC of a time with a key only this site knows.
	 *
	 * @param string $time Unix time.
	 */
	private function sign( string $time ): string {
		return hash_hmac( 'sha256', 'storedesk-form|' . $time, wp_salt( 'nonce' ) );
	}
}
