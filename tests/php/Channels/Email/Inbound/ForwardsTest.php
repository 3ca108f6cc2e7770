<?php
/**
 * Forwards attached to an email (message/rfc822).
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Inbound;

use Storedesk\Channels\Email\Inbound\MimeReader;
use Storedesk\Tests\Channels\Email\PostsRawEmail;
use Storedesk\Tests\TestCase;

/**
 * A forward sent as an attachment shows in the message as a quoted block
 * that stays in view, with its own attachment kept, instead of an .eml.
 */
class ForwardsTest extends TestCase {

	use PostsRawEmail;

	/** Sets the inbound key. */
	protected function setUp(): void {
		parent::setUp();
		$this->open_inbound();
	}

	/** HTML forward with a PDF: the block in view, the PDF kept, no .eml. */
	public function test_a_forward_as_attachment_is_shown_with_its_files(): void {
		$raw  = (string) file_get_contents( __DIR__ . '/forward-as-attachment.eml' );
		$mail = $this->service( MimeReader::class )->read( $raw );
		$this->assertSame( array( 'invoice-4471.pdf' ), array_map( static fn( $f ) => $f->name, $mail->files ) );
		$this->assertStringContainsString( "Forwarded message, attached:\nSubject: Your order 4471\nFrom: Lamp Shop <orders@shop.test>\nTo: ana@example.test\nDate: 2026-06-01 09:00:00 UTC", $mail->text );
		$got = $this->receive( $raw );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$message = $this->rest( 'GET', '/storedesk/v1/tickets/' . $got['ticket_id'] . '/messages' )->get_data()[0];
		$this->assertSame( 'email', $message['format'] );
		$this->assertStringContainsString( 'See the shop', $message['body'] );
		$this->assertMatchesRegularExpression( '#<blockquote><p><strong>Forwarded message</strong><br>Subject: Your order 4471<br>From: Lamp Shop &lt;orders@shop.test&gt;#', $message['body'] );
		$this->assertStringContainsString( 'Thank you for your order <b>4471</b>: one lamp, size M.', $message['body'] );
		$this->assertStringNotContainsString( 'data-storedesk-quote', $message['body'], 'a forward is not folded away as history' );
		$this->assertSame( array( 'invoice-4471.pdf' ), array_column( $message['attachments'], 'name' ) );
	}

	/** A text forward inside a text mail: the text carries it, nothing folds it. */
	public function test_a_text_forward_in_a_text_mail(): void {
		$inner = "From: Bob <bob@example.test>\r\nTo: ana@example.test\r\nSubject: Lamp\r\nMessage-ID: <bob-1@example.test>\r\n\r\nThe lamp ships Friday.\r\n";
		$raw   = "From: Ana <ana@example.test>\r\nTo: support@shop.test\r\nSubject: Fwd: Lamp\r\nMessage-ID: <fwd-2@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nIs this true?\r\n--X\r\nContent-Type: message/rfc822\r\n\r\n{$inner}--X--\r\n";
		$mail  = $this->service( MimeReader::class )->read( $raw );
		$this->assertSame( array(), $mail->files );
		$this->assertSame( '', $mail->html );
		$this->assertStringContainsString( "Is this true?\n\nForwarded message, attached:\nSubject: Lamp\nFrom: Bob <bob@example.test>", str_replace( "\r\n", "\n", $mail->text ) );
		$this->assertStringEndsWith( 'The lamp ships Friday.', trim( str_replace( "\r\n", "\n", $mail->text ) ) );
		$got = $this->receive( $raw );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$message = $this->rest( 'GET', '/storedesk/v1/tickets/' . $got['ticket_id'] . '/messages' )->get_data()[0];
		$this->assertArrayNotHasKey( 'quote_at', $message['meta'], 'not folded away as history' );
	}
}
