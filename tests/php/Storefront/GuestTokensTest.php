<?php
/**
 * Guest magic-link tokens.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Storefront\GuestTokens;
use Storedesk\Tests\TestCase;

/**
 * A token opens exactly one ticket, until it expires or is revoked.
 */
class GuestTokensTest extends TestCase {

	/** Valid, tampered, moved, expired and revoked tokens. */
	public function test_token_lifecycle(): void {
		$tokens = $this->service( GuestTokens::class );
		$a      = $this->ticket()->id();
		$b      = $this->ticket()->id();
		$now    = 1_800_000_000;
		$token  = $tokens->issue( $a, $now );
		$this->assertSame( $a, $tokens->verify( $token, $now + 60 ) );

		list( $ticket, $expires, $generation, $signature ) = explode( '.', $token );
		$this->assertSame( 0, $tokens->verify( "{$b}.{$expires}.{$generation}.{$signature}", $now ), 'moved to another ticket' );
		$this->assertSame( 0, $tokens->verify( $ticket . '.' . ( (int) $expires + 86400 ) . ".{$generation}.{$signature}", $now ), 'extended' );
		$this->assertSame( 0, $tokens->verify( substr( $token, 0, -1 ) . ( str_ends_with( $token, 'A' ) ? 'B' : 'A' ), $now ), 'signature changed' );
		$this->assertSame( 0, $tokens->verify( $token, $now + GuestTokens::LIFETIME + 1 ), 'expired' );
		foreach ( array( '', 'abc', $a . '.1.0.x', str_repeat( '9', 400 ) ) as $junk ) {
			$this->assertSame( 0, $tokens->verify( $junk, $now ), "junk {$junk}" );
		}

		$tokens->revoke( $a );
		$this->assertSame( 0, $tokens->verify( $token, $now ), 'revoked' );
		$this->assertSame( $a, $tokens->verify( $tokens->issue( $a, $now ), $now ), 'a new token works after revocation' );
		$this->assertNotSame( $tokens->issue( $a, $now ), $tokens->issue( $b, $now ) );
	}
}
