<?php
/**
 * The channel seam, proved by a channel the plugin does not know.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Echo;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Tests\TestCase;
use WP_REST_Request;

/**
 * Echo is registered with one filter line; its webhook, contacts,
 * threading, deduplication and place in the inbox all come from the
 * interface.
 */
class EchoChannelTest extends TestCase {

	use WithEcho;

	/** Registers Echo. */
	protected function setUp(): void {
		parent::setUp();
		$this->register_echo();
	}

	/** Unregisters it. */
	protected function tearDown(): void {
		$this->unregister_echo();
		parent::tearDown();
	}

	/**
	 * Posts a batch to Echo's webhook, signed unless told otherwise.
	 *
	 * @param array       $messages  Messages.
	 * @param string|null $signature Signature to send instead of the right one.
	 */
	private function deliver( array $messages, ?string $signature = null ): \WP_REST_Response {
		$body    = (string) wp_json_encode( array( 'messages' => $messages ) );
		$request = new WP_REST_Request( 'POST', '/storedesk/v1/channels/echo/webhook' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_header( 'X-Echo-Signature', $signature ?? hash_hmac( 'sha256', $body, EchoChannel::SECRET ) );
		$request->set_body( $body );
		return rest_do_request( $request );
	}

	/** Messages in, one conversation per customer, each message once, contacts by Echo id. */
	public function test_inbound_through_the_webhook(): void {
		$first = $this->deliver( array( array( 'id' => 'e-1', 'from' => 'echo-user-7', 'name' => 'Noor Haddad', 'text' => 'Is the blue vase back in stock?' ) ) );
		$this->assertStatus( 200, $first );
		$result = $first->get_data()['received'][0];
		$ticket = $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $result['ticket_id'] );
		$this->assertSame( 'echo', $ticket->get( 'channel' ) );
		$this->assertSame( 'Is the blue vase back in stock?', $ticket->get( 'subject' ), 'no subject on Echo: the first words' );

		$contacts = $this->service( ContactRepository::class );
		$noor     = $contacts->find_by_identity( 'echo', 'echo-user-7' );
		$this->assertSame( 'Noor Haddad', $noor->name );
		$this->assertNull( $noor->email, 'a contact without email or phone' );
		$this->assertSame( array( array( 'channel' => 'echo', 'value' => 'echo-user-7' ) ), $contacts->identities( $noor->id ) );

		$again = $this->deliver(
			array(
				array( 'id' => 'e-2', 'from' => 'echo-user-7', 'text' => 'Or the green one?' ),
				array( 'id' => 'e-1', 'from' => 'echo-user-7', 'text' => 'Is the blue vase back in stock?' ),
				array( 'id' => 'e-3', 'from' => 'echo-user-8', 'text' => 'Hello' ),
			)
		)->get_data()['received'];
		$this->assertSame( $result['ticket_id'], $again[0]['ticket_id'], 'threaded by the channel' );
		$this->assertFalse( $again[0]['duplicate'] );
		$this->assertSame( $result['message_id'], $again[1]['message_id'], 'a redelivery is the same message' );
		$this->assertTrue( $again[1]['duplicate'] );
		$this->assertNotSame( $result['ticket_id'], $again[2]['ticket_id'], 'another customer, another conversation' );
		$this->assertSame( 2, $this->service( \Storedesk\Messages\MessageRepository::class )->count( $result['ticket_id'] ) );

		$this->service( \Storedesk\Tickets\TicketRepository::class )->update( $result['ticket_id'], array( 'status' => 'resolved' ), 0 );
		$later = $this->deliver( array( array( 'id' => 'e-4', 'from' => 'echo-user-7', 'text' => 'New question' ) ) )->get_data()['received'][0];
		$this->assertNotSame( $result['ticket_id'], $later['ticket_id'], 'Echo starts over after a resolution' );
	}

	/** A forged call stores nothing; an unknown channel has no webhook. */
	public function test_webhook_checks_the_signature(): void {
		$before = $this->rows( 'messages' );
		$this->assertStatus( 401, $this->deliver( array( array( 'id' => 'x', 'from' => 'u', 'text' => 'Hi' ) ), 'forged' ) );
		$this->assertSame( $before, $this->rows( 'messages' ) );
		$this->assertStatus( 404, $this->rest( 'POST', '/storedesk/v1/channels/nope/webhook', array( 'messages' => array() ) ) );
		$this->assertStatus( 404, $this->rest( 'POST', '/storedesk/v1/channels/email/webhook', array( 'messages' => array() ) ), 'email takes none until its inbound key is set' );
	}

	/** The admin app learns Echo from GET /channels; tickets and views accept it. */
	public function test_the_app_and_the_inbox_know_it(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$channels = $this->rest( 'GET', '/storedesk/v1/channels' )->get_data();
		$echo     = wp_list_filter( $channels, array( 'slug' => 'echo' ) );
		$this->assertCount( 1, $echo );
		$echo = reset( $echo );
		$this->assertSame( 'Echo', $echo['label'] );
		$this->assertSame( HOUR_IN_SECONDS, $echo['reply_window'] );
		$this->assertTrue( $echo['in_inbox'] );
		$list = $this->rest( 'GET', '/storedesk/v1/tickets', array( 'channel' => array( 'echo' ) ) );
		$this->assertStatus( 200, $list );
	}

	/**
	 * Echo owns its section of the settings and its secret: managers read
	 * and change them through the one settings route, the token is never
	 * read back, and the channel sends with what was saved.
	 */
	public function test_its_settings_section_and_secret(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$data = $this->rest( 'GET', '/storedesk/v1/settings' )->get_data();
		$this->assertSame( array( 'signature' => '' ), $data['channel_echo'] );
		$this->assertSame( array( 'label' => 'Echo', 'keys' => array( 'channel_echo' ) ), ( (array) $data['sections'] )['channel_echo'] );
		$this->assertSame( array( 'desk', 'attachments', 'notifications', 'storefront' ), array_slice( array_keys( (array) $data['sections'] ), 0, 4 ) );
		$this->assertContains( 'attachment_max_mb', ( (array) $data['sections'] )['attachments']['keys'] );
		$this->assertSame( array( 'section' => 'channel_echo', 'label' => 'Echo API token', 'set' => false ), ( (array) $data['secrets'] )['echo_api_token'] );

		$res = $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'channel_echo' => array( 'signature' => 'Lamps & Co' ), 'secrets' => array( 'echo_api_token' => 'tok-123' ) ) );
		$this->assertStatus( 200, $res );
		$this->assertSame( array( 'signature' => 'Lamps & Co' ), $res->get_data()['channel_echo'] );
		$this->assertTrue( ( (array) $res->get_data()['secrets'] )['echo_api_token']['set'] );
		$this->assertStringNotContainsString( 'tok-123', (string) wp_json_encode( $res->get_data() ) );
		$this->assertSame( 'tok-123', $this->service( \Storedesk\Settings\Secrets::class )->get( 'echo_api_token' ) );

		$bad = $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'channel_echo' => array( 'colour' => 'red' ) ) );
		$this->assertStatus( 400, $bad );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'channel_echo' => array( 'signature' => str_repeat( 'x', 101 ) ) ) ) );
		$this->assertSame( 'Lamps & Co', \Storedesk\Settings\Settings::get( 'channel_echo' )['signature'], 'a refused change loses nothing' );

		$received = $this->service( \Storedesk\Conversations\Intake::class )->receive( new \Storedesk\Conversations\InboundMessage( channel: 'echo', source: 'test', address: 'echo-user-9', body: 'Hi' ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $received->ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => '<p>Hello.</p>' ) );
		$this->run_jobs();
		$this->assertSame( "Hello.\n-- Lamps & Co", EchoChannel::$outbox[0][1] );
	}
}
