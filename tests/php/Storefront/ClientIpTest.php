<?php
/**
 * The shopper's address behind proxies.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\ClientIp;
use Storedesk\Tests\TestCase;

/**
 * The client is the right-most hop that is not a trusted proxy: whatever a
 * client writes at the left of X-Forwarded-For is never its address.
 */
class ClientIpTest extends TestCase {

	/** Restores the request's server variables. */
	protected function tearDown(): void {
		unset( $_SERVER['HTTP_X_FORWARDED_FOR'] );
		$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
		parent::tearDown();
	}

	/**
	 * The attack: a bot behind the store's proxy writes a fresh address at the
	 * left of X-Forwarded-For for every request; the proxy appends the real one.
	 */
	public function test_spoofed_left_entry_is_not_the_client(): void {
		Settings::update( array( 'rate_limit_proxy' => true ) );
		$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '198.51.100.77, 203.0.113.9';
		$this->assertSame( '203.0.113.9', ClientIp::get() );
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '198.51.100.78, 203.0.113.9';
		$this->assertSame( '203.0.113.9', ClientIp::get(), 'a new spoofed entry is the same client' );
	}

	/** A CDN in front of the proxy: its hops are skipped once listed. */
	public function test_trusted_hops_are_skipped(): void {
		$this->assertIsArray(
			Settings::update(
				array(
					'rate_limit_proxy'           => true,
					'rate_limit_trusted_proxies' => array( '10.0.0.0/8', '2001:db8:cd00::/40' ),
				)
			)
		);
		$_SERVER['REMOTE_ADDR']          = '10.0.0.2';
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '198.51.100.77, 203.0.113.9, 10.1.2.3';
		$this->assertSame( '203.0.113.9', ClientIp::get() );
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '1.2.3.4, 2001:db8:1::5, 2001:db8:cd12::7';
		$this->assertSame( '2001:db8:1::5', ClientIp::get() );
	}

	/** Without the proxy switch the header means nothing; garbage never wins. */
	public function test_untrusted_and_malformed(): void {
		$_SERVER['REMOTE_ADDR']          = '203.0.113.20';
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '198.51.100.77';
		$this->assertSame( '203.0.113.20', ClientIp::get() );
		$this->assertSame( '203.0.113.20', ClientIp::from_chain( '203.0.113.20', array( 'junk' ), array() ), 'a malformed hop leaves the peer' );
		$this->assertSame( '198.51.100.5', ClientIp::from_chain( '10.0.0.1', array( '1.1.1.1', 'junk', '198.51.100.5' ), array() ) );
		$this->assertSame( '10.0.0.3', ClientIp::from_chain( '10.0.0.1', array( 'junk', '10.0.0.3' ), array( '10.0.0.0/8' ) ), 'all trusted up to garbage: the last good hop' );
	}

	/** The setting refuses what is not an address or range, beside the field. */
	public function test_setting_is_checked(): void {
		$bad = Settings::update( array( 'rate_limit_trusted_proxies' => array( '10.0.0.0/8', '300.1.1.1' ) ) );
		$this->assertInstanceOf( \WP_Error::class, $bad );
		$this->assertSame( 'rate_limit_trusted_proxies[1]', $bad->get_error_data()['param'] ?? null );
		$this->assertSame( array(), Settings::get( 'rate_limit_trusted_proxies' ) );
		$this->assertIsArray( Settings::update( array( 'rate_limit_trusted_proxies' => array( '10.0.0.0/8', '2001:db8::/32' ) ) ) );
	}
}
