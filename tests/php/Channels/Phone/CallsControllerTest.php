<?php
/**
 * Tests for Storedesk\Channels\Phone\CallsController.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Phone;

use Storedesk\Settings\Settings;
use Storedesk\Tests\TestCase;

/**
 * POST /storedesk/v1/calls: agents who may open tickets log calls; the
 * answer carries the ticket and the call's entry; who may not, cannot.
 */
class CallsControllerTest extends TestCase {

	private const CALLS = '/storedesk/v1/calls';

	/** A new call answers 201 with the ticket, the entry in the schema's shape, and where to find it. */
	public function test_log_a_call(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$response = $this->rest(
			'POST',
			self::CALLS,
			array(
				'number'    => '+1 (415) 555-0199',
				'name'      => 'Pat Lee',
				'direction' => 'inbound',
				'duration'  => 125,
				'outcome'   => 'answered',
				'notes'     => 'Asked about bulk pricing.',
			)
		);
		$this->assertStatus( 201, $response );
		$data = $response->get_data();
		$this->assertTrue( $data['opened'] );
		$this->assertSame( 'phone', $data['ticket']['channel'] );
		$this->assertSame( '+14155550199', $data['ticket']['contact']['phone'] );
		$this->assertSame( 'Pat Lee', $data['message']['author']['name'] );
		$this->assertSame( 125, $data['message']['meta']['call']['duration'] );
		$this->assertMatchesSchema( $this->published_schema( '/storedesk/v1/tickets/' . $data['ticket']['id'] . '/messages' ), $data['message'] );
		$this->assertStringEndsWith( '/storedesk/v1/tickets/' . $data['ticket']['id'], $response->get_headers()['Location'] );

		$code = '';
		$shop = static function () use ( &$code ) {
			return $code;
		};
		add_filter( 'storedesk_calling_code', $shop );
		try {
			$unknown = $this->rest( 'POST', self::CALLS, array( 'number' => '415-555-0199', 'ticket_id' => $data['ticket']['id'] ) );
			$this->assertStatus( 400, $unknown, 'without a country code, and none known for the shop, there is no telling whose number it is' );
			$this->assertArrayHasKey( 'number', $unknown->get_data()['data']['fields'] );
			$code = '+1';
			$next = $this->rest( 'POST', self::CALLS, array( 'number' => '415-555-0199 ext. 12', 'ticket_id' => $data['ticket']['id'] ) );
		} finally {
			remove_filter( 'storedesk_calling_code', $shop );
		}
		$this->assertStatus( 201, $next );
		$this->assertFalse( $next->get_data()['opened'] );
		$this->assertSame( $data['ticket']['contact']['id'], $next->get_data()['ticket']['contact']['id'], 'a shop in the US: the national number is the same' );
	}

	/** Nobody without the right logs a call; an agent limited to their customers cannot name someone else's. */
	public function test_who_may_log_calls(): void {
		$this->assertStatus( 401, $this->rest( 'POST', self::CALLS, array( 'number' => '+44 7700 900111' ) ) );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStatus( 403, $this->rest( 'POST', self::CALLS, array( 'number' => '+44 7700 900111' ) ) );

		Settings::update( array( 'agent_scope' => 'own' ) );
		$theirs = $this->ticket(
			array(
				'assignee' => $this->user( 'storedesk_agent' ),
				'contact'  => array( 'phone' => '+44 7700 900222' ),
			)
		);
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$before = $this->rows( 'messages' );
		$other  = $this->rest( 'POST', self::CALLS, array( 'number' => '0044 7700 900222' ) );
		$this->assertStatus( 403, $other );
		$this->assertSame( 'storedesk_contact_out_of_scope', $other->get_data()['code'] );
		$this->assertStatus( 403, $this->rest( 'POST', self::CALLS, array( 'number' => '+44 7700 900222', 'ticket_id' => $theirs->id() ) ) );
		$this->assertSame( $before, $this->rows( 'messages' ) );
	}
}
