<?php
/**
 * REST contacts: search, read, edit, history, merge.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Tests\TestCase;

/**
 * One person, many channels, one history.
 */
class ContactsControllerTest extends TestCase {

	/** Logs in a manager. */
	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
	}

	/** Search finds by the start of a name, email, phone or channel id. */
	public function test_search_by_any_identity(): void {
		$ticket = $this->ticket( array( 'contact' => array( 'name' => 'Zoë Ångström', 'email' => 'Zoe.A@Example.test', 'phone' => '+1 (555) 010-9999' ) ) );
		$this->ticket( array( 'contact' => array( 'name' => 'Other', 'email' => 'other@example.test' ) ) );
		foreach ( array( 'Zoë', 'zoe.a@', '+1555', 'zoe' ) as $term ) {
			$found = $this->rest( 'GET', '/storedesk/v1/contacts', array( 'search' => $term ) );
			$this->assertStatus( 200, $found );
			$this->assertSame( array( $ticket->contact_id() ), wp_list_pluck( $found->get_data(), 'id' ), $term );
		}
		$one = $this->rest( 'GET', '/storedesk/v1/contacts/' . $ticket->contact_id() )->get_data();
		$this->assertMatchesSchema( $this->published_schema( '/storedesk/v1/contacts/' . $ticket->contact_id() ), $one );
		$this->assertSame( 'zoe.a@example.test', $one['email'], 'emails are stored lowercased' );
		$this->assertSame( array( array( 'channel' => 'email', 'value' => 'zoe.a@example.test' ), array( 'channel' => 'phone', 'value' => '+15550109999' ) ), $one['identities'] );
	}

	/** History lists the person's tickets on every channel. */
	public function test_history_across_channels(): void {
		$first = $this->ticket( array( 'channel' => 'email', 'contact' => array( 'email' => 'kim@example.test' ) ) );
		$this->ticket( array( 'channel' => 'chat', 'contact_id' => $first->contact_id(), 'contact' => null ) );
		$this->ticket( array( 'channel' => 'sms', 'contact' => array( 'email' => 'KIM@example.test' ) ) );
		$history = $this->rest( 'GET', '/storedesk/v1/contacts/' . $first->contact_id() . '/tickets' );
		$this->assertStatus( 200, $history );
		$channels = wp_list_pluck( $history->get_data(), 'channel' );
		sort( $channels );
		$this->assertSame( array( 'chat', 'email', 'sms' ), $channels );
	}

	/** Editing to an email that belongs to someone else is a 409 that names the other contact. */
	public function test_edit_and_identity_conflict(): void {
		$a       = $this->ticket( array( 'contact' => array( 'email' => 'a@example.test' ) ) );
		$b       = $this->ticket( array( 'contact' => array( 'email' => 'b@example.test' ) ) );
		$renamed = $this->rest( 'PATCH', '/storedesk/v1/contacts/' . $a->contact_id(), array( 'name' => 'Alex', 'phone' => '+33 6 12 34 56 78' ) );
		$this->assertStatus( 200, $renamed );
		$this->assertSame( array( 'Alex', '+33612345678' ), array( $renamed->get_data()['name'], $renamed->get_data()['phone'] ) );
		$clash = $this->rest( 'PATCH', '/storedesk/v1/contacts/' . $a->contact_id(), array( 'name' => 'Changed', 'email' => 'b@example.test' ) );
		$this->assertStatus( 409, $clash );
		$this->assertSame( $b->contact_id(), $clash->get_data()['data']['contact_id'] );
		$this->assertSame( 'Alex', $this->rest( 'GET', '/storedesk/v1/contacts/' . $a->contact_id() )->get_data()['name'], 'a refused edit changes nothing' );
	}

	/** Merging moves tickets, messages, identities and participations; nothing is lost. */
	public function test_merge_moves_everything(): void {
		$keep  = $this->ticket( array( 'contact' => array( 'name' => 'Sam', 'email' => 'sam@example.test' ) ) );
		$fold  = $this->ticket( array( 'channel' => 'whatsapp', 'contact' => array( 'phone' => '+49 151 2345678' ), 'cc' => array( 'sam@example.test' ) ) );
		$other = $this->ticket( array( 'cc' => array( 'sam@example.test' ) ) );
		$this->service( \Storedesk\Tickets\TicketRepository::class )->add_participant( $other->id(), $fold->contact_id() );
		$merged = $this->rest( 'POST', '/storedesk/v1/contacts/' . $keep->contact_id() . '/merge', array( 'source' => $fold->contact_id() ) );
		$this->assertStatus( 200, $merged );
		$data = $merged->get_data();
		$this->assertMatchesSchema( $this->published_schema( '/storedesk/v1/contacts/' . $keep->contact_id() ), $data );
		$this->assertSame( array( 'Sam', 'sam@example.test', '+491512345678' ), array( $data['name'], $data['email'], $data['phone'] ) );
		$this->assertCount( 2, $data['identities'] );
		$history = wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/contacts/' . $keep->contact_id() . '/tickets' )->get_data(), 'id' );
		sort( $history );
		$this->assertSame( array( $keep->id(), $fold->id() ), $history );
		$thread = $this->rest( 'GET', '/storedesk/v1/tickets/' . $fold->id() . '/messages' )->get_data();
		$this->assertSame( $keep->contact_id(), $thread[0]['author']['id'] );
		$this->assertSame( (string) $keep->contact_id(), get_post_meta( $fold->id(), '_storedesk_contact', true ) );
		$cc = wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/tickets/' . $other->id() )->get_data()['participants'], 'id' );
		$this->assertSame( array( $keep->contact_id() ), $cc, 'a ticket with both as participants keeps one' );
		$gone = $this->rest( 'GET', '/storedesk/v1/contacts/' . $fold->contact_id() );
		$this->assertStatus( 404, $gone );
		$this->assertSame( $keep->contact_id(), $gone->get_data()['data']['merged_into'] );
		$this->assertStatus( 400, $this->rest( 'POST', '/storedesk/v1/contacts/' . $keep->contact_id() . '/merge', array( 'source' => $keep->contact_id() ) ) );
		$this->assertStatus( 404, $this->rest( 'POST', '/storedesk/v1/contacts/' . $keep->contact_id() . '/merge', array( 'source' => $fold->contact_id() ) ) );
	}
}
