<?php
/**
 * REST: /storedesk/v1/me/notifications.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Notifications\Preferences;
use Storedesk\Tests\TestCase;

/**
 * Each agent reads and changes only their own switches.
 */
class NotificationPreferencesControllerTest extends TestCase {

	private const PATH = '/storedesk/v1/me/notifications';

	/** Everything is on by default; a change sticks and touches no one else. */
	public function test_read_and_change_own_switches(): void {
		$ana = $this->user( 'storedesk_agent' );
		$ben = $this->user( 'storedesk_agent' );
		wp_set_current_user( $ana );
		$res = $this->rest( 'GET', self::PATH );
		$this->assertStatus( 200, $res );
		$this->assertSame( array( 'new_ticket' => true, 'customer_reply' => true, 'assignment' => true, 'mention' => true ), $res->get_data() );
		$this->assertMatchesSchema( $this->published_schema( self::PATH ), $res->get_data() );
		$res = $this->rest( 'PUT', self::PATH, array( 'new_ticket' => false, 'user_id' => $ben ) );
		$this->assertStatus( 200, $res );
		$this->assertFalse( $res->get_data()['new_ticket'] );
		$this->assertTrue( $res->get_data()['mention'] );
		$this->assertFalse( $this->service( Preferences::class )->wants( $ana, 'new_ticket' ) );
		$this->assertTrue( $this->service( Preferences::class )->wants( $ben, 'new_ticket' ), 'a user id in the body changes nothing for that user' );
		wp_set_current_user( $ben );
		$this->assertTrue( $this->rest( 'GET', self::PATH )->get_data()['new_ticket'] );
	}

	/** Bad values are refused and change nothing. */
	public function test_bad_values(): void {
		$ana = $this->user( 'storedesk_agent' );
		wp_set_current_user( $ana );
		$this->assertStatus( 400, $this->rest( 'PUT', self::PATH, array( 'assignment' => 'perhaps', 'mention' => false ) ) );
		$this->assertTrue( $this->service( Preferences::class )->wants( $ana, 'mention' ) );
	}

	/** Visitors and users without helpdesk access are refused. */
	public function test_permissions(): void {
		$this->assertStatus( 401, $this->rest( 'GET', self::PATH ) );
		$this->assertStatus( 401, $this->rest( 'PUT', self::PATH, array( 'mention' => false ) ) );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStatus( 403, $this->rest( 'GET', self::PATH ) );
		$this->assertStatus( 403, $this->rest( 'PUT', self::PATH, array( 'mention' => false ) ) );
	}
}
