<?php
/**
 * REST: /storedesk/v1/mailboxes.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Mailboxes;

use Storedesk\Channels\Email\Mailboxes\MailboxFetcher;
use Storedesk\Settings\Secrets;
use Storedesk\Tests\TestCase;

/**
 * Managers only; a password goes in and never comes out; each field's
 * error named; Test connection against the real server, with a typed or
 * the saved password; Fetch now queues the job.
 */
class MailboxesControllerTest extends TestCase {

	use UsesDovecot;

	/** Skips without a Dovecot. */
	protected function setUp(): void {
		parent::setUp();
		$this->need_dovecot();
	}

	/**
	 * A mailbox as the settings form sends it.
	 *
	 * @param array $imap IMAP fields that differ.
	 */
	private function form( array $imap = array() ): array {
		return array(
			'address' => 'Support@Shop.test',
			'name'    => 'Lamp Shop',
			'imap'    => $imap + array(
				'host'     => $this->imap->host,
				'port'     => $this->imap->port,
				'security' => 'none',
				'username' => $this->imap->user,
				'folder'   => 'INBOX',
			),
		);
	}

	/** Agents cannot see or change mailboxes. */
	public function test_only_managers(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertSame( 403, $this->rest( 'GET', '/storedesk/v1/mailboxes' )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/storedesk/v1/mailboxes', $this->form() )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/storedesk/v1/mailboxes/test', $this->form() + array( 'password' => $this->imap->password ) )->get_status() );
	}

	/** Create, read (no password), a field's error, a taken address, update keeping the password, delete. */
	public function test_create_update_and_delete(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$created = $this->rest( 'POST', '/storedesk/v1/mailboxes', $this->form() + array( 'password' => $this->imap->password ) );
		$this->assertSame( 201, $created->get_status() );
		$mailbox = $created->get_data();
		$this->assertSame( 'support@shop.test', $mailbox['address'] );
		$this->assertTrue( $mailbox['password_set'] );
		$this->assertStringNotContainsString( $this->imap->password, (string) wp_json_encode( $this->rest( 'GET', '/storedesk/v1/mailboxes' )->get_data() ) );
		$this->assertStringNotContainsString( $this->imap->password, (string) wp_json_encode( get_option( 'storedesk_mailboxes' ) ), 'not in the settings option either' );

		$bad = $this->rest( 'POST', '/storedesk/v1/mailboxes', $this->form( array( 'host' => 'imap example.com' ) ) );
		$this->assertSame( array( 400, 'storedesk_mailbox_host' ), array( $bad->get_status(), $bad->get_data()['code'] ) );
		$this->assertSame( 409, $this->rest( 'POST', '/storedesk/v1/mailboxes', $this->form() )->get_status(), 'the same address twice' );

		$changed = $this->rest( 'PUT', '/storedesk/v1/mailboxes/' . $mailbox['id'], array( 'name' => 'Help' ) + $this->form() );
		$this->assertSame( array( 200, 'Help', true ), array( $changed->get_status(), $changed->get_data()['name'], $changed->get_data()['password_set'] ), 'a blank password keeps the saved one' );
		$this->assertSame( $this->imap->password, $this->service( Secrets::class )->get( 'mailbox_' . $mailbox['id'] ) );

		$this->assertSame( 200, $this->rest( 'DELETE', '/storedesk/v1/mailboxes/' . $mailbox['id'] )->get_status() );
		$this->assertSame( array(), $this->rest( 'GET', '/storedesk/v1/mailboxes' )->get_data() );
		$this->assertNull( $this->service( Secrets::class )->get( 'mailbox_' . $mailbox['id'] ), 'its password goes with it' );
		$this->assertSame( 404, $this->rest( 'DELETE', '/storedesk/v1/mailboxes/' . $mailbox['id'] )->get_status() );
	}

	/** Test connection: counts with a typed password, with the saved one, and a refusal in words. */
	public function test_connection_test(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$folder = $this->imap->folder();
		$this->imap->append( $folder, self::message( 'a@example.test', 'ct-1@example.test', 'One' ) );
		$this->imap->append( $folder, self::message( 'b@example.test', 'ct-2@example.test', 'Two' ), array( '\\Seen' ) );
		$ok = $this->rest( 'POST', '/storedesk/v1/mailboxes/test', $this->form( array( 'folder' => $folder ) ) + array( 'password' => $this->imap->password ) );
		$this->assertSame( 200, $ok->get_status() );
		$this->assertSame(
			array(
				'ok'       => true,
				'messages' => 2,
				'unread'   => 1,
			),
			$ok->get_data()
		);
		$id    = $this->rest( 'POST', '/storedesk/v1/mailboxes', $this->form( array( 'folder' => $folder ) ) + array( 'password' => $this->imap->password ) )->get_data()['id'];
		$saved = $this->rest( 'POST', '/storedesk/v1/mailboxes/test', $this->form( array( 'folder' => $folder ) ) + array( 'id' => $id ) );
		$this->assertSame( 200, $saved->get_status(), 'the saved password when none is typed' );
		$refused = $this->rest( 'POST', '/storedesk/v1/mailboxes/test', $this->form() + array( 'password' => 'nope' ) );
		$this->assertSame( array( 200, false ), array( $refused->get_status(), $refused->get_data()['ok'] ), 'a refused login is the answer of the test, not a bad request' );
		$this->assertStringStartsWith( 'Login refused by the mail server', $refused->get_data()['error'] );
		$this->assertSame( array(), array_values( $this->imap->messages( $folder ) )[0], 'testing reads nothing: the unread one is still unread' );
	}

	/** Fetch now queues the job, which then takes the mail and says so on the mailbox. */
	public function test_fetch_now(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$folder = $this->imap->folder();
		$this->imap->append( $folder, self::message( 'fn@example.test', 'fn-1@example.test', 'Hello' ) );
		$id = $this->rest( 'POST', '/storedesk/v1/mailboxes', $this->form( array( 'folder' => $folder ) ) + array( 'password' => $this->imap->password ) )->get_data()['id'];
		$this->assertTrue( wp_next_scheduled( MailboxFetcher::POLL ) || ( function_exists( 'as_has_scheduled_action' ) && as_has_scheduled_action( MailboxFetcher::POLL ) ), 'the poll is scheduled once a mailbox reads IMAP' );
		$this->assertSame( 202, $this->rest( 'POST', '/storedesk/v1/mailboxes/' . $id . '/fetch' )->get_status() );
		$this->run_jobs();
		$last = $this->rest( 'GET', '/storedesk/v1/mailboxes' )->get_data()[0]['last_fetch'];
		$this->assertSame( array( 1, null ), array( $last['count'], $last['error'] ) );
		$this->assertNotNull( $last['fetched_at'] );
	}

	/** A mailbox's own pipe key: shown once with its address, which takes mail for that mailbox only with it. */
	public function test_a_mailbox_pipe_key(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$id = $this->rest( 'POST', '/storedesk/v1/mailboxes', $this->form() + array( 'password' => $this->imap->password ) )->get_data()['id'];
		$this->assertFalse( $this->rest( 'GET', '/storedesk/v1/mailboxes' )->get_data()[0]['inbound_key'] );
		$made = $this->rest( 'POST', "/storedesk/v1/mailboxes/{$id}/inbound-key" )->get_data();
		$this->assertSame( 32, strlen( $made['key'] ) );
		$this->assertStringContainsString( "mailbox={$id}", $made['url'] );
		$this->assertTrue( $this->rest( 'GET', '/storedesk/v1/mailboxes' )->get_data()[0]['inbound_key'] );
		wp_set_current_user( 0 );
		$post = function ( string $key ) use ( $id ) {
			$request = new \WP_REST_Request( 'POST', '/storedesk/v1/channels/email/webhook' );
			$request->set_query_params(
				array(
					'mailbox' => $id,
					'key'     => $key,
				)
			);
			$request->set_header( 'Content-Type', 'message/rfc822' );
			$request->set_body( self::message( 'pipe@example.test', 'mbkey-1@example.test', 'Through the mailbox pipe.', '', 'elsewhere@shop.test' ) );
			return rest_do_request( $request );
		};
		$this->assertSame( 401, $post( 'wrong' )->get_status() );
		$this->assertSame( 200, $post( $made['key'] )->get_status() );
		$stored = $this->service( \Storedesk\Messages\MessageRepository::class )->find_by_external( 'email', 'mbkey-1@example.test' );
		$this->assertSame( $id, $stored->meta['mailbox'], 'the mailbox named in the address, whatever the recipients' );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->rest( 'POST', "/storedesk/v1/mailboxes/{$id}/inbound-key" );
		wp_set_current_user( 0 );
		$this->assertSame( 401, $post( $made['key'] )->get_status(), 'a new key retires the old one' );
	}
}
