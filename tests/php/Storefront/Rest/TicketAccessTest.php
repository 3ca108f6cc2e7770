<?php
/**
 * Who opens which ticket through storedesk/store/v1.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront\Rest;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Messages\MessageRepository;
use Storedesk\Storefront\GuestTokens;
use Storedesk\Tests\Storefront\StoreTestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * Guests open exactly the ticket of a valid token; customers only their
 * own; nobody sees notes or events; close, reopen and reply work within
 * those bounds.
 */
class TicketAccessTest extends StoreTestCase {

	/**
	 * Routes that touch one ticket, for a request as whoever is current.
	 *
	 * @param int    $id    Ticket.
	 * @param string $token Token.
	 * @return array<string, \WP_REST_Response>
	 */
	private function every_route( int $id, string $token = '' ): array {
		return array(
			'read'   => $this->store( 'GET', "/tickets/{$id}", array(), $token ),
			'reply'  => $this->store( 'POST', "/tickets/{$id}/messages", array( 'body' => 'Let me in' ), $token ),
			'close'  => $this->store( 'POST', "/tickets/{$id}/close", array(), $token ),
			'reopen' => $this->store( 'POST', "/tickets/{$id}/reopen", array(), $token ),
		);
	}

	/**
	 * Asserts every route refuses with a status and code and the thread did not grow.
	 *
	 * @param int    $id     Ticket.
	 * @param string $token  Token.
	 * @param int    $status Expected status.
	 * @param string $code   Expected code.
	 */
	private function assertLockedOut( int $id, string $token, int $status, string $code ): void {
		$before = $this->rows( 'messages' );
		foreach ( $this->every_route( $id, $token ) as $route => $response ) {
			$this->assertStatus( $status, $response );
			$this->assertSame( $code, $response->get_data()['code'], $route );
		}
		$this->assertSame( $before, $this->rows( 'messages' ), 'a refused request wrote to the thread' );
		$this->assertSame( 'open', $this->service( TicketRepository::class )->find( $id )?->status() ?? 'open' );
	}

	/** A valid token opens its ticket: thread without notes or events. */
	public function test_guest_token_opens_its_ticket_without_internal_entries(): void {
		$ticket   = $this->ticket();
		$agent    = $this->user( 'storedesk_agent' );
		$messages = $this->service( MessageRepository::class );
		$messages->add( $ticket->id(), array( 'kind' => 'note', 'body' => 'SECRET-NOTE refund via backdoor', 'author_id' => $agent ) );
		$messages->add( $ticket->id(), array( 'kind' => 'reply', 'body' => '<p>We are on it.</p><script>alert(1)</script>', 'author_id' => $agent ) );
		$this->service( TicketRepository::class )->update( $ticket->id(), array( 'priority' => 'high', 'assignee' => $agent ), $agent );
		$response = $this->store( 'GET', '/tickets/' . $ticket->id(), array(), $this->token( $ticket->id() ) );
		$this->assertStatus( 200, $response );
		$data = $response->get_data();
		$this->assertMatchesSchema( $this->published_schema( self::API . '/tickets' ), $data );
		$this->assertSame( array( 'customer', 'agent' ), array_column( array_column( $data['messages'], 'author' ), 'type' ) );
		$json = wp_json_encode( $data );
		$this->assertStringNotContainsString( 'SECRET-NOTE', $json );
		$this->assertStringNotContainsString( 'priority', $json );
		$this->assertStringNotContainsString( '<script', $data['messages'][1]['body'] );
		$this->assertStringNotContainsString( get_userdata( $agent )->user_email, $json );
	}

	/** Tampered, expired, revoked, foreign or missing tokens open nothing. */
	public function test_bad_tokens(): void {
		// Many refused posts in a row; this test is about tokens, not limits.
		\Storedesk\Settings\Settings::update( array( 'rate_limit_ip' => 1000, 'rate_limit_email' => 1000 ) );
		$ticket = $this->ticket();
		$other  = $this->ticket();
		$tokens = $this->service( GuestTokens::class );
		$good   = $tokens->issue( $ticket->id() );
		$this->assertStatus( 200, $this->store( 'GET', '/tickets/' . $ticket->id(), array(), $good ) );

		$tampered = substr( $good, 0, -1 ) . ( str_ends_with( $good, 'A' ) ? 'B' : 'A' );
		$this->assertLockedOut( $ticket->id(), $tampered, 401, 'storedesk_invalid_token' );
		$moved = preg_replace( '/^\d+/', (string) $other->id(), $good );
		$this->assertLockedOut( $other->id(), $moved, 401, 'storedesk_invalid_token' );
		$expired = $tokens->issue( $ticket->id(), time() - GuestTokens::LIFETIME - 10 );
		$this->assertLockedOut( $ticket->id(), $expired, 401, 'storedesk_invalid_token' );
		$this->assertLockedOut( $other->id(), $good, 404, 'storedesk_ticket_not_found' );
		$this->assertLockedOut( $ticket->id(), '', 401, 'storedesk_login_required' );
		$this->assertLockedOut( 987654321, $good, 404, 'storedesk_ticket_not_found' );

		$tokens->revoke( $ticket->id() );
		$this->assertLockedOut( $ticket->id(), $good, 401, 'storedesk_invalid_token' );
		$this->assertStatus( 200, $this->store( 'GET', '/tickets/' . $ticket->id(), array(), $tokens->issue( $ticket->id() ) ) );
	}

	/** A customer lists and opens their own tickets from every channel, nobody else's. */
	public function test_customer_ownership(): void {
		list( $user, $mine ) = $this->customer_with_ticket( 'email' );
		$email               = get_userdata( $user )->user_email;
		$also_mine           = $this->ticket( array( 'channel' => 'chat', 'contact' => array( 'email' => $email ) ) );
		$spam                = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		$this->service( TicketRepository::class )->update( $spam->id(), array( 'status' => 'spam' ), 0 );
		$theirs = $this->ticket();
		wp_set_current_user( $user );
		$list = $this->store( 'GET', '/tickets' );
		$this->assertStatus( 200, $list );
		$this->assertEqualsCanonicalizing( array( $mine->id(), $also_mine->id() ), array_column( $list->get_data(), 'id' ) );
		$this->assertSame( '2', $list->get_headers()['X-WP-Total'] );
		foreach ( $list->get_data() as $item ) {
			$this->assertMatchesSchema( $this->published_schema( self::API . '/tickets' ), $item );
		}
		$this->assertStatus( 200, $this->store( 'GET', '/tickets/' . $mine->id() ) );
		$this->assertLockedOut( $theirs->id(), '', 404, 'storedesk_ticket_not_found' );
		$this->assertStatus( 404, $this->store( 'GET', '/tickets/' . $spam->id() ) );
		wp_set_current_user( 0 );
		$this->assertStatus( 401, $this->store( 'GET', '/tickets' ) );
	}

	/**
	 * A contact written before the account existed is not the account's by
	 * its email alone (an account email can be changed unconfirmed); opening
	 * the magic link while logged in with that address claims it.
	 */
	public function test_magic_link_claims_earlier_tickets_for_the_same_address(): void {
		$email  = 'later' . wp_rand() . '@example.test';
		$ticket = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		$other  = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		$user   = wp_insert_user( array( 'user_login' => 'later' . wp_rand(), 'user_email' => $email, 'user_pass' => 'x', 'role' => 'subscriber' ) );
		wp_set_current_user( $user );
		$this->assertSame( array(), $this->store( 'GET', '/tickets' )->get_data(), 'the account email alone opens nothing' );
		add_filter( 'storedesk_trust_account_email', '__return_true' );
		try {
			$this->assertCount( 2, $this->store( 'GET', '/tickets' )->get_data(), 'a site that confirms emails can trust them' );
		} finally {
			remove_filter( 'storedesk_trust_account_email', '__return_true' );
		}
		$token = $this->service( GuestTokens::class )->issue( $ticket->id() );
		$this->assertStatus( 200, $this->store( 'GET', '/tickets/' . $ticket->id(), array(), $token ) );
		$ids = array_column( $this->store( 'GET', '/tickets' )->get_data(), 'id' );
		sort( $ids );
		$this->assertSame( array( $ticket->id(), $other->id() ), $ids, 'every ticket of the claimed contact is now theirs' );
	}

	/** A forwarded link opens its ticket for someone else, but claims nothing. */
	public function test_forwarded_link_claims_nothing(): void {
		$ticket   = $this->ticket( array( 'contact' => array( 'email' => 'owner' . wp_rand() . '@example.test' ) ) );
		$stranger = $this->user( get_role( 'customer' ) ? 'customer' : 'subscriber' );
		wp_set_current_user( $stranger );
		$token = $this->service( GuestTokens::class )->issue( $ticket->id() );
		$this->assertStatus( 200, $this->store( 'GET', '/tickets/' . $ticket->id(), array(), $token ) );
		$this->assertSame( array(), $this->store( 'GET', '/tickets' )->get_data() );
		$this->assertSame( 0, $this->service( ContactRepository::class )->find( $ticket->contact_id() )->user_id );
	}

	/** Close and reopen, each only when it makes sense. */
	public function test_close_and_reopen(): void {
		list( $user, $ticket ) = $this->customer_with_ticket();
		wp_set_current_user( $user );
		$closed = $this->store( 'POST', '/tickets/' . $ticket->id() . '/close' );
		$this->assertStatus( 200, $closed );
		$this->assertSame( 'closed', $closed->get_data()['status'] );
		$this->assertTrue( $closed->get_data()['can_reopen'] );
		$this->assertStatus( 409, $this->store( 'POST', '/tickets/' . $ticket->id() . '/close' ) );
		$this->assertSame( 'open', $this->store( 'POST', '/tickets/' . $ticket->id() . '/reopen' )->get_data()['status'] );
		$again = $this->store( 'POST', '/tickets/' . $ticket->id() . '/reopen' );
		$this->assertStatus( 409, $again );
		$this->assertSame( 'storedesk_invalid_transition', $again->get_data()['code'] );
	}

	/** A guest replies with the token; a reply to a resolved ticket reopens it. */
	public function test_guest_reply_reopens(): void {
		$ticket = $this->ticket();
		$this->service( TicketRepository::class )->update( $ticket->id(), array( 'status' => 'resolved' ), 0 );
		$seen = array();
		$spy  = static function ( $message ) use ( &$seen ) {
			$seen[] = $message->kind;
		};
		add_action( 'storedesk_message_created', $spy );
		$reply = $this->store( 'POST', '/tickets/' . $ticket->id() . '/messages', array( 'body' => "Still broken.\n<img src=x onerror=alert(1)>" ), $this->token( $ticket->id() ) );
		remove_action( 'storedesk_message_created', $spy );
		$this->assertStatus( 201, $reply );
		$this->assertSame( 'customer', $reply->get_data()['author']['type'] );
		$this->assertStringContainsString( '&lt;img src=x onerror=alert(1)&gt;', $reply->get_data()['body'] );
		$this->assertSame( 'open', $this->service( TicketRepository::class )->find( $ticket->id() )->status() );
		$this->assertContains( 'customer', $seen );
		$empty = $this->store( 'POST', '/tickets/' . $ticket->id() . '/messages', array( 'body' => '   ' ), $this->token( $ticket->id() ) );
		$this->assertStatus( 400, $empty );
		$this->assertArrayHasKey( 'body', $empty->get_data()['data']['fields'] );
	}
}
