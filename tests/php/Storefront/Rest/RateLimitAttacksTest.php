<?php
/**
 * Attacks on the shopper API's rate limits, in-process.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront\Rest;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\RateLimiter;
use Storedesk\Tests\Storefront\StoreTestCase;
use WP_REST_Request;

/**
 * A route spelt in another case, an IPv6 client rotating addresses in its
 * /64, and a stranger's junk under a customer's address: none escapes or
 * abuses the limits.
 */
class RateLimitAttacksTest extends StoreTestCase {

	/** WordPress matches routes case-insensitively; the limit must too. */
	public function test_route_case_does_not_escape_the_limit(): void {
		Settings::update( array( 'rate_limit_ip' => 2 ) );
		$codes = array();
		foreach ( array( '/storedesk/store/v1/tickets', '/Storedesk/store/v1/tickets', '/STOREDESK/STORE/V1/TICKETS' ) as $route ) {
			$request = new WP_REST_Request( 'POST', $route );
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $this->submission() ) );
			$codes[] = rest_do_request( $request )->get_status();
		}
		$this->assertSame( array( 201, 201, 429 ), $codes );
	}

	/** Every address of one /64 is one client. */
	public function test_ipv6_clients_are_counted_by_their_64(): void {
		Settings::update( array( 'rate_limit_ip' => 2 ) );
		$codes = array();
		foreach ( array( '2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:ffff::3' ) as $ip ) {
			$_SERVER['REMOTE_ADDR'] = $ip;
			$codes[]                = $this->store( 'POST', '/tickets', $this->submission() )->get_status();
		}
		$this->assertSame( array( 201, 201, 429 ), $codes );
		$_SERVER['REMOTE_ADDR'] = '2001:db8:1:3::1';
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission() ), 'the next /64 is another client' );
	}

	/** A stranger's invalid posts with a customer's address leave that address's limit alone. */
	public function test_invalid_posts_do_not_count_against_the_address(): void {
		Settings::update(
			array(
				'rate_limit_ip'    => 100,
				'rate_limit_email' => 2,
			)
		);
		$victim = 'victim' . wp_rand() . '@example.test';
		for ( $i = 0; $i < 5; $i++ ) {
			$_SERVER['REMOTE_ADDR'] = '198.51.100.' . ( 20 + $i );
			$this->assertStatus( 400, $this->store( 'POST', '/tickets', $this->submission( array( 'email' => $victim, 'subject' => '' ) ) ) );
			$this->assertStatus( 400, $this->store( 'POST', '/links', array( 'email' => str_replace( '@', ' at ', $victim ) ) ) );
		}
		$_SERVER['REMOTE_ADDR'] = '203.0.113.50';
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission( array( 'email' => $victim ) ) ) );
		$this->assertStatus( 202, $this->store( 'POST', '/links', array( 'email' => $victim ) ) );
		// Valid posts do count: the address's third one in the window is refused.
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission( array( 'email' => $victim ) ) ) );
		$refused = $this->store( 'POST', '/tickets', $this->submission( array( 'email' => $victim ) ) );
		$this->assertStatus( 429, $refused );
		$this->assertSame( '0', $refused->get_headers()['RateLimit-Remaining'] );
	}

	/** One form, one ticket: a replayed stamp is refused; correcting a mistake sends the stamp again. */
	public function test_a_stamp_opens_one_ticket(): void {
		$body    = $this->submission();
		$mistake = $this->store( 'POST', '/tickets', array( 'subject' => '' ) + $body );
		$this->assertStatus( 400, $mistake );
		$this->assertSame( 'storedesk_invalid_fields', $mistake->get_data()['code'] );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $body ) );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.61';
		$replay                 = $this->store( 'POST', '/tickets', array( 'email' => 'other' . wp_rand() . '@example.test' ) + $body );
		$this->assertStatus( 400, $replay );
		$this->assertSame( 'storedesk_form_used', $replay->get_data()['code'] );
		$this->assertStringContainsString( 'your text is still here', $replay->get_data()['message'] );
	}

	/** Counters are rows raised in place; the daily job deletes ended windows. */
	public function test_counters_live_in_rows_and_are_purged(): void {
		global $wpdb;
		$limiter = $this->service( RateLimiter::class );
		$now     = 1_800_000_000 - ( 1_800_000_000 % 60 );
		$limiter->hit( 'ip:203.0.113.77', 3, 60, $now );
		$limiter->hit( 'ip:203.0.113.77', 3, 60, $now + 1 );
		$rows = fn() => $wpdb->get_col( $wpdb->prepare( 'SELECT hits FROM ' . \Storedesk\Install\Schema::table( 'counters' ) . ' WHERE expires_at = %s', gmdate( 'Y-m-d H:i:s', $now + 60 ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$this->assertSame( array( '2' ), $rows(), 'one row for the key and window, raised twice' );
		$limiter->purge( $now + 59 );
		$this->assertSame( array( '2' ), $rows(), 'a running window stays' );
		$limiter->purge( $now + 61 );
		$this->assertSame( array(), $rows() );
	}
}
