<?php
/**
 * Who can reach what through storedesk/v1.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Settings\Settings;
use Storedesk\Tests\TestCase;

/**
 * Every route, as administrator, manager, agent limited to own tickets,
 * subscriber and anonymous visitor: statuses match the rules and no list
 * leaks a ticket, message or contact the caller may not see.
 */
class AuthorizationMatrixTest extends TestCase {

	/**
	 * Fixture ids.
	 *
	 * @var array<string, int>
	 */
	private array $ids = array();

	/** Two agents, each with a ticket, one unassigned ticket, own-only scope. */
	protected function setUp(): void {
		parent::setUp();
		Settings::update( array( 'agent_scope' => 'own' ) );
		$this->ids['admin']      = $this->user( 'administrator' );
		$this->ids['manager']    = $this->user( 'storedesk_manager' );
		$this->ids['agent']      = $this->user( 'storedesk_agent' );
		$this->ids['other']      = $this->user( 'storedesk_agent' );
		$this->ids['subscriber'] = $this->user( 'subscriber' );
		$this->ids['mine']       = $this->ticket( array( 'assignee' => $this->ids['agent'] ) )->id();
		$this->ids['free']       = $this->ticket()->id();
		$foreign                 = $this->ticket(
			array(
				'assignee' => $this->ids['other'],
				'subject'  => 'Secret refund',
				'contact'  => array(
					'name'  => 'Hidden Person',
					'email' => 'hidden@example.test',
				),
			)
		);
		$this->ids['foreign']         = $foreign->id();
		$this->ids['foreign_contact'] = $foreign->contact_id();
		$this->ids['mine_contact']    = $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $this->ids['mine'] )->contact_id();
	}

	/** Status expected per caller for each route: admin, manager, agent (own only), subscriber, anonymous. */
	private function matrix(): array {
		$f  = $this->ids['foreign'];
		$m  = $this->ids['mine'];
		$fc = $this->ids['foreign_contact'];
		$mc = $this->ids['mine_contact'];
		return array(
			array( 'GET', '/storedesk/v1/tickets', array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'GET', "/storedesk/v1/tickets/{$f}", array(), array( 200, 200, 403, 403, 401 ) ),
			array( 'GET', "/storedesk/v1/tickets/{$m}", array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'PATCH', "/storedesk/v1/tickets/{$f}", array( 'priority' => 'high' ), array( 200, 200, 403, 403, 401 ) ),
			array( 'POST', '/storedesk/v1/tickets/batch', array( 'ids' => array( $m, $f ), 'priority' => 'low' ), array( 200, 200, 403, 403, 401 ) ),
			array( 'GET', "/storedesk/v1/tickets/{$f}/messages", array(), array( 200, 200, 403, 403, 401 ) ),
			array( 'POST', "/storedesk/v1/tickets/{$f}/messages", array( 'kind' => 'note', 'body' => 'Checked the warehouse.' ), array( 201, 201, 403, 403, 401 ) ),
			array( 'POST', "/storedesk/v1/tickets/{$m}/messages", array( 'kind' => 'reply', 'body' => 'On its way.' ), array( 201, 201, 201, 403, 401 ) ),
			array( 'POST', '/storedesk/v1/tickets', $this->new_ticket(), array( 201, 201, 201, 403, 401 ) ),
			array( 'GET', '/storedesk/v1/contacts', array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'GET', "/storedesk/v1/contacts/{$fc}", array(), array( 200, 200, 404, 403, 401 ) ),
			array( 'GET', "/storedesk/v1/contacts/{$mc}", array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'GET', "/storedesk/v1/contacts/{$fc}/tickets", array(), array( 200, 200, 404, 403, 401 ) ),
			array( 'PATCH', "/storedesk/v1/contacts/{$fc}", array( 'name' => 'Renamed' ), array( 200, 200, 404, 403, 401 ) ),
			array( 'POST', "/storedesk/v1/contacts/{$mc}/merge", array( 'source' => $fc ), array( 200, 200, 403, 403, 401 ) ),
			array( 'GET', '/storedesk/v1/agents', array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'GET', '/storedesk/v1/me', array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'GET', '/storedesk/v1/teams', array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'POST', '/storedesk/v1/teams', array( 'name' => 'Returns' ), array( 201, 201, 403, 403, 401 ) ),
			array( 'GET', '/storedesk/v1/tags', array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'POST', '/storedesk/v1/tags', array( 'name' => 'refund' ), array( 201, 201, 201, 403, 401 ) ),
			array( 'GET', '/storedesk/v1/settings', array(), array( 200, 200, 403, 403, 401 ) ),
			array( 'GET', "/storedesk/v1/tickets/{$f}/presence", array(), array( 200, 200, 403, 403, 401 ) ),
			array( 'POST', "/storedesk/v1/tickets/{$f}/presence", array( 'state' => 'viewing' ), array( 200, 200, 403, 403, 401 ) ),
			array( 'POST', "/storedesk/v1/tickets/{$m}/presence", array( 'state' => 'typing' ), array( 200, 200, 200, 403, 401 ) ),
			array( 'GET', '/storedesk/v1/views', array(), array( 200, 200, 200, 403, 401 ) ),
			array( 'POST', '/storedesk/v1/views', array( 'name' => 'Mine' ), array( 201, 201, 201, 403, 401 ) ),
			array( 'PATCH', '/storedesk/v1/settings', array( 'agent_scope' => 'own' ), array( 200, 200, 403, 403, 401 ) ),
		);
	}

	/** A phone call logged for a new customer. */
	private function new_ticket(): array {
		return array(
			'subject'  => 'Called about sizing',
			'channel'  => 'phone',
			'customer' => array(
				'name'  => 'Caller',
				'phone' => '+44 20 7946 0000',
			),
			'message'  => array(
				'body'   => 'Asked whether the boots run small.',
				'format' => 'text',
			),
		);
	}

	/** Each route answers each caller as the rules say, and refusals write nothing. */
	public function test_every_route_for_every_caller(): void {
		$callers = array( 'admin', 'manager', 'agent', 'subscriber', 'anonymous' );
		$checked = 0;
		foreach ( $this->matrix() as list( $method, $path, $params, $expected ) ) {
			foreach ( $callers as $i => $caller ) {
				// Each call runs in its own savepoint so one caller's write does not change the next one's answer.
				\Storedesk\Support\Transaction::begin();
				wp_set_current_user( 'anonymous' === $caller ? 0 : $this->ids[ $caller ] );
				$before   = $this->rows( 'messages' ) . '/' . $this->rows( 'ticket_index' ) . '/' . $this->rows( 'teams' );
				$response = $this->rest( $method, $path, $params );
				$this->assertSame( $expected[ $i ], $response->get_status(), "{$method} {$path} as {$caller}: " . wp_json_encode( $response->get_data() ) );
				if ( $response->get_status() >= 400 ) {
					$this->assertSame( $before, $this->rows( 'messages' ) . '/' . $this->rows( 'ticket_index' ) . '/' . $this->rows( 'teams' ), "{$method} {$path} as {$caller} wrote despite refusal" );
				}
				\Storedesk\Support\Transaction::rollback();
				++$checked;
			}
		}
		$this->assertSame( count( $this->matrix() ) * 5, $checked );
	}

	/** An own-only agent's lists hold nothing of another agent's tickets or customers. */
	public function test_lists_do_not_leak_to_own_only_agent(): void {
		wp_set_current_user( $this->ids['agent'] );
		$tickets = $this->rest( 'GET', '/storedesk/v1/tickets' );
		$ids     = wp_list_pluck( $tickets->get_data(), 'id' );
		sort( $ids );
		$this->assertSame( array( $this->ids['mine'], $this->ids['free'] ), $ids );
		$this->assertSame( '2', (string) $tickets->get_headers()['X-WP-Total'] );
		$searched = $this->rest( 'GET', '/storedesk/v1/contacts', array( 'search' => 'hidden' ) );
		$this->assertSame( array(), $searched->get_data() );
		$all = wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/contacts' )->get_data(), 'id' );
		$this->assertNotContains( $this->ids['foreign_contact'], $all );
		$this->assertContains( $this->ids['mine_contact'], $all );
	}

	/** When the store lets agents see everything, the same agent sees the other ticket. */
	public function test_all_scope_lets_agents_see_every_ticket(): void {
		Settings::update( array( 'agent_scope' => 'all' ) );
		wp_set_current_user( $this->ids['agent'] );
		$this->assertStatus( 200, $this->rest( 'GET', '/storedesk/v1/tickets/' . $this->ids['foreign'] ) );
		$this->assertCount( 3, $this->rest( 'GET', '/storedesk/v1/tickets' )->get_data() );
		$this->assertStatus( 403, $this->rest( 'GET', '/storedesk/v1/settings' ) );
	}

	/** Tickets never show through core's REST routes, whatever the caller. */
	public function test_core_routes_do_not_expose_tickets(): void {
		wp_set_current_user( $this->ids['admin'] );
		$this->assertStatus( 404, $this->rest( 'GET', '/wp/v2/storedesk_ticket' ) );
		$this->assertStatus( 404, $this->rest( 'GET', '/wp/v2/posts/' . $this->ids['foreign'] ) );
	}
}
