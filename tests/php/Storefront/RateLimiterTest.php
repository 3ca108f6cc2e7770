<?php
/**
 * Rate limiting.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Storefront\RateLimiter;
use Storedesk\Tests\TestCase;

/**
 * Fixed windows per key, with RateLimit headers.
 */
class RateLimiterTest extends TestCase {

	/** The limit holds per key and resets with the next window. */
	public function test_limit_per_key_and_window(): void {
		$limiter = $this->service( RateLimiter::class );
		$now     = 1_800_000_000 - ( 1_800_000_000 % 60 ) + 10;
		$results = array();
		for ( $i = 0; $i < 4; $i++ ) {
			$results[] = $limiter->hit( 'ip:203.0.113.9', 3, 60, $now );
		}
		$this->assertSame( array( true, true, true, false ), array_column( $results, 'allowed' ) );
		$this->assertSame( array( 2, 1, 0, 0 ), array_column( $results, 'remaining' ) );
		$this->assertSame( 50, $results[3]['reset'] );
		$this->assertTrue( $limiter->hit( 'ip:198.51.100.1', 3, 60, $now )['allowed'], 'another key has its own count' );
		$this->assertTrue( $limiter->hit( 'ip:203.0.113.9', 3, 60, $now + 60 )['allowed'], 'the next window starts fresh' );
		$headers = RateLimiter::headers( $results[3] );
		$this->assertSame( array( 'RateLimit-Limit' => '3', 'RateLimit-Remaining' => '0', 'RateLimit-Reset' => '50', 'Retry-After' => '50' ), $headers );
		$this->assertArrayNotHasKey( 'Retry-After', RateLimiter::headers( $results[0] ) );
	}
}
