<?php
/**
 * Tests for Storedesk\Settings\Secrets.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Settings;

use Storedesk\Settings\Secrets;
use Storedesk\Tests\TestCase;

/**
 * A channel's secret is written over REST and never read back: GET says
 * only whether it is set; in the database it is neither clear text nor
 * autoloaded, and the job that needs it gets it back.
 */
class SecretsTest extends TestCase {

	private const TOKEN = 'wa-live-4f9c2e17b83d';

	/**
	 * A channel's secret field.
	 *
	 * @var callable
	 */
	private $field;

	/** A WhatsApp-like channel declares its token. */
	protected function setUp(): void {
		parent::setUp();
		$this->field = static fn( array $fields ) => $fields + array(
			'echo_token' => array(
				'section' => 'echo',
				'label'   => 'API token',
			),
		);
		add_filter( 'storedesk_secret_fields', $this->field );
	}

	/** Takes the field away. */
	protected function tearDown(): void {
		remove_filter( 'storedesk_secret_fields', $this->field );
		parent::tearDown();
	}

	/** Written over REST, never returned; stored encrypted and not autoloaded. */
	public function test_a_secret_is_write_only_and_encrypted(): void {
		global $wpdb;
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$before = $this->rest( 'GET', '/storedesk/v1/settings' )->get_data();
		$this->assertSame( array( 'section' => 'echo', 'label' => 'API token', 'set' => false ), $before['secrets']['echo_token'] );

		$saved = $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'secrets' => array( 'echo_token' => self::TOKEN ) ) );
		$this->assertStatus( 200, $saved );
		$this->assertTrue( $saved->get_data()['secrets']['echo_token']['set'] );
		$read = $this->rest( 'GET', '/storedesk/v1/settings' );
		$this->assertStringNotContainsString( self::TOKEN, (string) wp_json_encode( $saved->get_data() ) . wp_json_encode( $read->get_data() ) );
		$this->assertStringNotContainsString( substr( self::TOKEN, 0, 8 ), (string) wp_json_encode( $read->get_data() ), 'not even a part of it' );

		$row = $wpdb->get_row( $wpdb->prepare( "SELECT option_value, autoload FROM {$wpdb->options} WHERE option_name = %s", 'storedesk_secret_echo_token' ) );
		$this->assertNotNull( $row );
		$this->assertStringNotContainsString( self::TOKEN, $row->option_value );
		$this->assertStringStartsWith( 'sd1:', $row->option_value );
		$this->assertContains( $row->autoload, array( 'no', 'off' ), 'never autoloaded' );
		$this->assertArrayNotHasKey( 'storedesk_secret_echo_token', wp_load_alloptions() );
		$this->assertSame( self::TOKEN, $this->service( Secrets::class )->get( 'echo_token' ), 'the job that needs it reads it back' );

		$this->assertStatus( 200, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'secrets' => array( 'echo_token' => '' ) ) ) );
		$this->assertFalse( $this->service( Secrets::class )->is_set( 'echo_token' ), 'an empty value removes it' );
	}

	/** Unknown secrets are refused; agents cannot write or see them. */
	public function test_refusals(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'secrets' => array( 'nope' => 'x' ) ) ) );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'secrets' => array( 'echo_token' => array( 'x' ) ) ) ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 403, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'secrets' => array( 'echo_token' => 'x' ) ) ) );
		$this->assertFalse( $this->service( Secrets::class )->is_set( 'echo_token' ) );
	}

	/** A stored value that was tampered with, or encrypted under other salts, reads as not set. */
	public function test_a_tampered_secret_reads_as_unset(): void {
		$secrets = $this->service( Secrets::class );
		$secrets->set( 'echo_token', self::TOKEN );
		$stored = get_option( 'storedesk_secret_echo_token' );
		update_option( 'storedesk_secret_echo_token', substr( $stored, 0, -4 ) . 'AAAA', false );
		$this->assertNull( $secrets->get( 'echo_token' ) );
	}
}
