<?php
/**
 * Addresses and ranges.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Support;

use Storedesk\Support\IpRange;
use Storedesk\Tests\TestCase;

/**
 * CIDR matching for trusted proxies, and the /64 that keys an IPv6 client.
 */
class IpRangeTest extends TestCase {

	/** Ranges of both families, at byte and bit boundaries. */
	public function test_contains(): void {
		$cases = array(
			array( '10.0.0.0/8', '10.200.3.4', true ),
			array( '10.0.0.0/8', '11.0.0.1', false ),
			array( '192.168.1.128/25', '192.168.1.200', true ),
			array( '192.168.1.128/25', '192.168.1.127', false ),
			array( '203.0.113.9', '203.0.113.9', true ),
			array( '203.0.113.9', '203.0.113.10', false ),
			array( '0.0.0.0/0', '198.51.100.1', true ),
			array( '2001:db8::/32', '2001:db8:ffff::1', true ),
			array( '2001:db8::/32', '2001:db9::1', false ),
			array( '2001:db8::/32', '10.0.0.1', false ),
			array( '10.0.0.0/8', '::ffff:10.0.0.1', false ),
			array( 'not-an-ip', '10.0.0.1', false ),
			array( '10.0.0.0/33', '10.0.0.1', false ),
		);
		foreach ( $cases as list( $range, $ip, $in ) ) {
			$this->assertSame( $in, IpRange::contains( $range, $ip ), "{$ip} in {$range}" );
		}
		$this->assertTrue( IpRange::in_any( array( 'junk', '10.0.0.0/8' ), '10.1.1.1' ) );
		$this->assertFalse( IpRange::in_any( array(), '10.1.1.1' ) );
	}

	/** What the settings accept. */
	public function test_is_range(): void {
		foreach ( array( '10.0.0.0/8', '203.0.113.9', '2001:db8::/32', '::1', 'fe80::/10' ) as $ok ) {
			$this->assertTrue( IpRange::is_range( $ok ), $ok );
		}
		foreach ( array( '', '10.0.0.0/33', '300.1.1.1', '10.0.0/8', 'proxy.example', '2001:db8::/129', '10.0.0.0/-1', '10.0.0.0/8/8' ) as $bad ) {
			$this->assertFalse( IpRange::is_range( $bad ), $bad );
		}
	}

	/** Every address of one /64 is one client; IPv4 addresses stay themselves. */
	public function test_client_key(): void {
		$this->assertSame( '2001:db8:1:2::/64', IpRange::client_key( '2001:db8:1:2:aaaa::1' ) );
		$this->assertSame( '2001:db8:1:2::/64', IpRange::client_key( '2001:db8:1:2:ffff:ffff:ffff:ffff' ) );
		$this->assertNotSame( IpRange::client_key( '2001:db8:1:2::1' ), IpRange::client_key( '2001:db8:1:3::1' ) );
		$this->assertSame( '203.0.113.9', IpRange::client_key( '203.0.113.9' ) );
	}
}
