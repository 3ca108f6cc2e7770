<?php
/**
 * Email posted as raw MIME to the email channel's webhook.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email;

use Storedesk\Channels\Email\EmailChannel;
use Storedesk\Notifications\ThreadHeaders;
use Storedesk\Settings\Secrets;
use Storedesk\Tests\FailsOnWarnings;
use Storedesk\Tests\TestCase;

/**
 * What an MTA pipe posts becomes a conversation through the intake: files
 * kept under the attachment rules, inline images shown, replies to our
 * mail threaded by our signed ids or the stored ones (never by subject,
 * never across senders), redeliveries stored once, machines never answered.
 */
class RawEmailTest extends TestCase {

	use FailsOnWarnings;

	use PostsRawEmail;

	private const KEY = 'inbound-test-key-123';

	/** A 1×1 PNG. */
	private const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

	/** Sets the inbound key. */
	protected function setUp(): void {
		parent::setUp();
		$this->open_inbound();
	}

	/**
	 * The thread of a ticket as agents read it.
	 *
	 * @param int $ticket Ticket id.
	 */
	private function thread( int $ticket ): array {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		return $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket . '/messages' )->get_data();
	}

	/** A new email opens a conversation with its HTML, its inline image shown, its attachment kept and a refused file named. */
	public function test_a_new_email_opens_a_conversation_with_its_files(): void {
		$raw = implode(
			"\r\n",
			array(
				'From: "Olga Petrova" <Olga@Example.test>',
				'To: support@shop.test',
				'Subject: Broken lamp',
				'Message-ID: <olga-1@example.test>',
				'MIME-Version: 1.0',
				'Content-Type: multipart/mixed; boundary="m"',
				'',
				'--m',
				'Content-Type: multipart/related; boundary="r"',
				'',
				'--r',
				'Content-Type: text/html; charset=UTF-8',
				'',
				'<p style="color:#333">The lamp <b>arrived broken</b>:</p><img src="cid:photo1@mail"><script>alert(1)</script><img src="https://tracker.example/p.gif">',
				'--r',
				'Content-Type: image/png; name="photo.png"',
				'Content-ID: <photo1@mail>',
				'Content-Transfer-Encoding: base64',
				'',
				self::PNG,
				'--r--',
				'--m',
				'Content-Type: application/pdf; name="invoice.pdf"',
				'Content-Disposition: attachment; filename="invoice.pdf"',
				'Content-Transfer-Encoding: base64',
				'',
				base64_encode( "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n" ),
				'--m',
				'Content-Type: application/octet-stream; name="setup.exe"',
				'Content-Disposition: attachment; filename="setup.exe"',
				'Content-Transfer-Encoding: base64',
				'',
				base64_encode( 'MZ fake' ),
				'--m--',
				'',
			)
		);
		$got = $this->receive( $raw );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$data = $this->rest( 'GET', '/storedesk/v1/tickets/' . $got['ticket_id'] )->get_data();
		$this->assertSame( array( 'Broken lamp', 'email', 'Olga Petrova', 'olga@example.test' ), array( $data['subject'], $data['channel'], $data['contact']['name'], $data['contact']['email'] ) );
		$first = $this->thread( $got['ticket_id'] )[0];
		$this->assertSame( array( 'customer', 'email', 'email' ), array( $first['kind'], $first['format'], $first['channel'] ) );
		$this->assertStringContainsString( '<b>arrived broken</b>', $first['body'] );
		$this->assertStringNotContainsString( '<script', $first['body'] );
		$this->assertDoesNotMatchRegularExpression( '#\ssrc="https://tracker\.example#', $first['body'], 'remote images wait for the agent' );
		$this->assertStringContainsString( 'data-storedesk-remote-src="https://tracker.example/p.gif"', $first['body'] );
		$this->assertStringNotContainsString( 'cid:', $first['body'] );
		$names = array_column( $first['attachments'], 'name', 'id' );
		$this->assertSame( array( 'invoice.pdf', 'photo.png' ), array_values( array_intersect( array( 'invoice.pdf', 'photo.png' ), $names ) ) );
		$photo = array_search( 'photo.png', $names, true );
		$this->assertStringContainsString( 'src="' . esc_url( array_column( $first['attachments'], 'url', 'id' )[ $photo ] ) . '"', $first['body'], 'the inline image points at its kept file' );
		$this->assertSame( array( 'setup.exe' ), array_column( $first['meta']['refused_files'], 'name' ) );
		$this->assertSame( 'olga-1@example.test', $first['meta']['message_id'] );
		$this->assertNotContains( 'setup.exe', $names );
	}

	/** A reply to our email (by our signed id, or by the customer's own id in References) joins the conversation and reopens it. */
	public function test_replies_thread_by_our_ids_and_stored_ids(): void {
		$ticket = $this->receive( self::mail( 'ana@example.test', 'ana-1@example.test', 'Hello?' ) )['ticket_id'];
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket . '/messages', array( 'kind' => 'reply', 'body' => '<p>Shipped.</p>', 'status' => 'resolved' ) );
		$ours = $this->service( ThreadHeaders::class )->root( $ticket );
		$back = $this->receive( self::mail( 'Ana <ANA@example.test>', 'ana-2@example.test', 'Thanks, but it is broken.', "In-Reply-To: {$ours}\r\nReferences: <ana-1@example.test> {$ours}\r\n" ) );
		$this->assertSame( $ticket, $back['ticket_id'] );
		$this->assertSame( 'open', $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket )->get_data()['status'], 'the answer reopened it' );
		// A client that dropped our headers but kept the thread's first id.
		$this->assertSame( $ticket, $this->receive( self::mail( 'ana@example.test', 'ana-3@example.test', 'Any news?', "References: <ana-1@example.test>\r\n" ) )['ticket_id'] );
		// A forged signature is not ours.
		$forged = preg_replace( '/\.[a-f0-9]{16}@/', '.0000000000000000@', $ours );
		$this->assertNotSame( $ticket, $this->receive( self::mail( 'ana@example.test', 'ana-4@example.test', 'Forged', "In-Reply-To: {$forged}\r\n" ) )['ticket_id'] );
		// Never by subject alone: the same subject without ids is a new conversation.
		$this->assertNotSame( $ticket, $this->receive( self::mail( 'ana@example.test', 'ana-5@example.test', 'Re: same subject' ) )['ticket_id'] );
		$this->assertSame( array( 'Hello?', 'Thanks, but it is broken.', 'Any news?' ), array_column( array_values( wp_list_filter( $this->thread( $ticket ), array( 'kind' => 'customer' ) ) ), 'body' ) );
	}

	/** Someone who is not in the conversation answering its ids opens their own. */
	public function test_a_stranger_replying_opens_a_new_conversation(): void {
		$ticket = $this->receive( self::mail( 'ana@example.test', 'ana-10@example.test', 'Hello?' ) )['ticket_id'];
		$ours   = $this->service( ThreadHeaders::class )->root( $ticket );
		$other  = $this->receive( self::mail( 'eve@example.test', 'eve-1@example.test', 'Let me in', "In-Reply-To: {$ours}\r\n" ) );
		$this->assertNotSame( $ticket, $other['ticket_id'] );
		$this->assertCount( 1, wp_list_filter( $this->thread( $ticket ), array( 'kind' => 'customer' ) ) );
	}

	/** The same message delivered twice, or sent to two of our addresses, is stored once. */
	public function test_a_redelivery_is_stored_once(): void {
		$raw    = self::mail( 'bo@example.test', 'bo-1@example.test', 'Once' );
		$first  = $this->receive( $raw );
		$again  = $this->receive( $raw );
		$second = $this->receive( str_replace( 'To: support@shop.test', 'To: sales@shop.test', $raw ) );
		$this->assertSame( array( false, true, true ), array( $first['duplicate'], $again['duplicate'], $second['duplicate'] ) );
		$this->assertSame( $first['message_id'], $again['message_id'] );
		$this->assertSame( $first['message_id'], $second['message_id'] );
	}

	/** Without the key nothing is taken; an automatic mail never opens a conversation. */
	public function test_the_key_and_machines(): void {
		global $wpdb;
		$count  = static fn() => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . \Storedesk\Install\Schema::table( 'messages' ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$before = $count();
		$raw    = self::mail( 'cy@example.test', 'cy-1@example.test', 'Hi' );
		$this->assertStatus( 401, $this->post( $raw, 'wrong' ) );
		$this->assertStatus( 401, $this->post( $raw, null ) );
		$this->assertStatus( 400, $this->post( '' ) );
		$this->service( Secrets::class )->set( EmailChannel::INBOUND_KEY, null );
		$this->assertStatus( 404, $this->post( $raw ) );
		$this->assertSame( $before, $count() );
		$this->service( Secrets::class )->set( EmailChannel::INBOUND_KEY, self::KEY );
		$auto = $this->receive( self::mail( 'cy@example.test', 'cy-2@example.test', 'I am away', "Auto-Submitted: auto-replied\r\n" ) );
		$this->assertSame( 'storedesk_automatic_message', $auto['error'] );
		$this->assertSame( $before, $count() );
	}

	/**
	 * Every message of the corpus goes through the whole intake: a
	 * conversation with the subject, the sender and every file kept or
	 * named as refused; or a deliberate refusal (no sender address at all,
	 * an automatic message).
	 */
	public function test_the_corpus_through_the_intake(): void {
		$files = \Storedesk\Tests\Corpus::emails();
		if ( ! $files ) {
			$this->markTestSkipped( 'No ../shared/corpus here.' );
		}
		$this->fail_on_warnings();
		$outcomes = array();
		$opened   = array();
		$ids      = array();
		try {
			foreach ( $files as $file ) {
				$raw  = (string) file_get_contents( $file );
				$name = basename( $file );
				$mail = $this->service( \Storedesk\Channels\Email\Inbound\MimeReader::class )->read( $raw );
				$got  = $this->receive( $raw );
				// No sender, a sender no one can answer (guest@localhost), or a machine.
				$refusal = '' === $mail->from ? 'storedesk_missing_contact' : ( ! is_email( $mail->from ) ? 'storedesk_invalid_address' : ( $mail->automatic ? 'storedesk_automatic_message' : null ) );
				if ( null !== $refusal ) {
					$this->assertSame( $refusal, $got['error'] ?? null, $name );
					$outcomes[] = 'refused';
					continue;
				}
				$this->assertArrayHasKey( 'ticket_id', $got, $name . ': ' . ( $got['error'] ?? '' ) );
				// Some corpus files share a Message-ID: the same mail, stored once.
				if ( $got['duplicate'] ) {
					$this->assertContains( $mail->message_id, $ids[ $got['ticket_id'] ] ?? array(), "{$name} is a redelivery" );
					$outcomes[] = 'duplicate';
					continue;
				}
				wp_set_current_user( $this->user( 'storedesk_agent' ) );
				$ticket = $this->rest( 'GET', '/storedesk/v1/tickets/' . $got['ticket_id'] )->get_data();
				// A mail answering an earlier one of the corpus (same sender, its id in
				// In-Reply-To) joins that conversation; a new one is named by its subject,
				// or by its first words without one.
				if ( in_array( $got['ticket_id'], $opened, true ) ) {
					$this->assertNotEmpty( array_intersect( $mail->references, $ids[ $got['ticket_id'] ] ), "{$name} answers a message of the conversation it joined" );
				} elseif ( '' !== $mail->subject ) {
					$this->assertSame( $mail->subject, $ticket['subject'], $name );
				} else {
					$this->assertNotSame( '', $ticket['subject'], $name );
				}
				$this->assertSame( $mail->from, $ticket['contact']['email'], $name );
				$message = array_values( wp_list_filter( $this->thread( $got['ticket_id'] ), array( 'id' => $got['message_id'] ) ) )[0];
				$kept    = count( $message['attachments'] ) + count( $message['meta']['refused_files'] ?? array() );
				$this->assertSame( count( $mail->files ), $kept, "{$name}: every file kept or named" );
				$outcomes[]                 = 'ticket';
				$opened[]                   = $got['ticket_id'];
				$ids[ $got['ticket_id'] ][] = $mail->message_id;
				wp_set_current_user( 0 );
			}
		} finally {
			$this->restore_warnings();
		}
		$this->assertCount( count( $files ), $outcomes, 'every message has an outcome' );
		// 46 files: 27 conversations (or messages joining one), the rest redeliveries of the same Message-ID and refusals.
		$this->assertGreaterThanOrEqual( 27, count( array_keys( $outcomes, 'ticket', true ) ) );
	}
}
