<?php
/**
 * Agents who see only their own tickets, and the customers behind others.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Contacts;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\GuestTokens;
use Storedesk\Tests\TestCase;

/**
 * Issue 10, point 5, tried as the agent would: on a store where agents see
 * only their own and unassigned tickets, opening a ticket that names
 * another customer must not show that customer, and only agents who see
 * everything may move a customer's email or phone. Before the fix the new
 * ticket made the contact readable and editable (GET/PATCH 200), and any
 * agent who could see a contact could point its replies elsewhere.
 */
class ContactScopeTest extends TestCase {

	private const TICKETS  = '/storedesk/v1/tickets';
	private const CONTACTS = '/storedesk/v1/contacts/';

	/** Agent limited to own tickets. */
	private int $agent;

	/** A customer whose only ticket is another agent's. */
	private \Storedesk\Tickets\Ticket $theirs;

	/** Own-scope store; a customer handled by someone else. */
	protected function setUp(): void {
		parent::setUp();
		Settings::update( array( 'agent_scope' => 'own' ) );
		$this->agent  = $this->user( 'storedesk_agent' );
		$this->theirs = $this->ticket(
			array(
				'assignee' => $this->user( 'storedesk_agent' ),
				'contact'  => array(
					'name'  => 'Vera Victim',
					'email' => 'vera' . wp_rand() . '@example.test',
					'phone' => '+44 20 7946 ' . wp_rand( 1000, 9999 ),
				),
			)
		);
		wp_set_current_user( $this->agent );
	}

	/** A logged call naming the people in $who, as the agent's inbox sends it. */
	private function log_call( array $who ): \WP_REST_Response {
		return $this->rest(
			'POST',
			self::TICKETS,
			$who + array(
				'subject' => 'Call',
				'channel' => 'phone',
				'message' => array( 'body' => 'Customer called.', 'format' => 'text' ),
			)
		);
	}

	/** By id, email, phone or as a CC: refused, nothing written, the contact stays out of sight. */
	public function test_a_new_ticket_cannot_name_someone_elses_customer(): void {
		$victim = $this->service( \Storedesk\Contacts\ContactRepository::class )->find( $this->theirs->contact_id() );
		$before = $this->rows( 'ticket_index' );
		$tries  = array(
			'contact_id' => array( 'contact_id' => $victim->id ),
			'email'      => array( 'customer' => array( 'email' => strtoupper( (string) $victim->email ) ) ),
			'phone'      => array( 'customer' => array( 'email' => 'new' . wp_rand() . '@example.test', 'phone' => (string) $victim->phone ) ),
			'cc'         => array( 'customer' => array( 'email' => 'new' . wp_rand() . '@example.test' ), 'cc' => array( $victim->email ) ),
		);
		foreach ( $tries as $how => $who ) {
			$response = $this->log_call( $who );
			$this->assertStatus( 403, $response );
			$this->assertSame( 'storedesk_contact_out_of_scope', $response->get_data()['code'], $how );
		}
		$this->assertSame( $before, $this->rows( 'ticket_index' ), 'a refused ticket writes nothing' );
		$this->assertStatus( 404, $this->rest( 'GET', self::CONTACTS . $victim->id ) );
		$this->assertStatus( 404, $this->rest( 'PATCH', self::CONTACTS . $victim->id, array( 'email' => 'agent-mailbox@example.test' ) ) );
		$this->assertStatus( 404, $this->rest( 'GET', self::CONTACTS . $victim->id . '/tickets' ) );
	}

	/** A new person, or one the agent already sees, is fine; agents who see everything name anyone. */
	public function test_new_and_visible_customers_can_be_named(): void {
		$new = $this->log_call( array( 'customer' => array( 'email' => 'walkin' . wp_rand() . '@example.test' ) ) );
		$this->assertStatus( 201, $new );
		$again = $this->log_call( array( 'contact_id' => $new->get_data()['contact']['id'] ) );
		$this->assertStatus( 201, $again );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 201, $this->log_call( array( 'contact_id' => $this->theirs->contact_id() ) ) );
	}

	/**
	 * An agent who sees a contact (through an unassigned ticket) may rename
	 * it but not move its email or phone. A manager may: the earlier magic
	 * links stop working and the old address is told.
	 */
	public function test_only_view_all_moves_an_address_and_that_revokes_links_and_tells_the_old_one(): void {
		$old    = 'olga' . wp_rand() . '@example.test';
		$ticket = $this->ticket( array( 'contact' => array( 'name' => 'Olga', 'email' => $old ) ) );
		$id     = $ticket->contact_id();
		$tokens = $this->service( GuestTokens::class );
		$link   = $tokens->issue( $ticket->id() );
		$this->assertStatus( 200, $this->rest( 'PATCH', self::CONTACTS . $id, array( 'name' => 'Olga K.' ) ) );
		foreach ( array( array( 'email' => 'agent' . wp_rand() . '@example.test' ), array( 'phone' => '+1 555 0100' ), array( 'email' => null ) ) as $change ) {
			$refused = $this->rest( 'PATCH', self::CONTACTS . $id, $change );
			$this->assertStatus( 403, $refused );
			$this->assertSame( 'storedesk_contact_address_forbidden', $refused->get_data()['code'] );
		}
		$this->assertSame( $ticket->id(), $tokens->verify( $link ), 'a refused change revokes nothing' );
		$this->assertStatus( 200, $this->rest( 'PATCH', self::CONTACTS . $id, array( 'email' => strtoupper( $old ) ) ), 'the same address in other letters moves nothing' );

		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$GLOBALS['storedesk_test_mails'] = array();
		$moved                           = $this->rest( 'PATCH', self::CONTACTS . $id, array( 'email' => 'olga.new@example.test' ) );
		$this->assertStatus( 200, $moved );
		$this->assertSame( 0, $tokens->verify( $link ), 'links mailed to the old address stop working' );
		$this->assertSame( $ticket->id(), $tokens->verify( $tokens->issue( $ticket->id() ) ), 'new links work' );
		$this->assertSame( array(), (array) $GLOBALS['storedesk_test_mails'], 'the agent\'s request sends no mail itself' );
		do_action( \Storedesk\Contacts\ContactEditor::NOTICE_JOB, $old, $id );
		$mails = array_values( array_filter( (array) $GLOBALS['storedesk_test_mails'], static fn( $m ) => in_array( $old, (array) $m['to'], true ) ) );
		$this->assertCount( 1, $mails );
		$this->assertStringContainsString( 'changed the email address or phone number', $mails[0]['message'] );
	}
}
