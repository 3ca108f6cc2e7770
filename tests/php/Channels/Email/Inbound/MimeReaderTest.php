<?php
/**
 * Tests for Storedesk\Channels\Email\Inbound\MimeReader.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Inbound;

use Storedesk\Channels\Email\Inbound\MimeReader;
use Storedesk\Channels\Email\Inbound\ParsedEmail;
use Storedesk\Tests\FailsOnWarnings;
use Storedesk\Tests\TestCase;

/**
 * Any message, however broken, reads into UTF-8 text, the threading ids,
 * its files and whether a machine sent it; nothing reaches PHP's error
 * handler. The corpus of real messages is checked against facts read from
 * the files themselves.
 */
class MimeReaderTest extends TestCase {

	use FailsOnWarnings;


	/** Fails the test on any PHP warning, notice or deprecation the reading lets out. */
	protected function setUp(): void {
		parent::setUp();
		$this->fail_on_warnings();
	}

	/** Restores PHP's handler. */
	protected function tearDown(): void {
		$this->restore_warnings();
		parent::tearDown();
	}

	/**
	 * Reads a message.
	 *
	 * @param string $raw Raw message.
	 */
	private function read( string $raw ): ParsedEmail {
		return $this->service( MimeReader::class )->read( $raw );
	}

	/** A multipart reply: sender, name, recipients, threading ids newest first, text and HTML in UTF-8, files with bytes. */
	public function test_a_reply_with_files(): void {
		$raw  = implode(
			"\r\n",
			array(
				'From: =?UTF-8?B?xZ5pcmluIFnEsWxtYXo=?= <Sirin@Example.test>',
				'To: Support <support@shop.test>, sales@shop.test',
				'Cc: ahmet@example.test',
				'Reply-To: sirin.y@example.test',
				'Subject: Re: [#42] =?ISO-8859-9?Q?Sipari=FE?= nerede?',
				'Message-ID: <r2@example.test>',
				'In-Reply-To: <storedesk-42-7@shop.test>',
				'References: <storedesk-42-1@shop.test> <storedesk-42-7@shop.test>',
				'Date: Sun, 06 Dec 2026 10:00:00 +0300',
				'MIME-Version: 1.0',
				'Content-Type: multipart/mixed; boundary="m"',
				'',
				'--m',
				'Content-Type: multipart/related; boundary="r"',
				'',
				'--r',
				'Content-Type: multipart/alternative; boundary="a"',
				'',
				'--a',
				'Content-Type: text/plain; charset=ISO-8859-9',
				'Content-Transfer-Encoding: quoted-printable',
				'',
				'Sipari=FEim gelmedi.',
				'--a',
				'Content-Type: text/html; charset=UTF-8',
				'',
				'<p>Siparişim gelmedi.</p><img src="cid:logo@x">',
				'--a--',
				'--r',
				// Outlook: an inline image with a Content-ID and no Content-Disposition.
				'Content-Type: image/png; name="logo.png"',
				'Content-ID: <logo@x>',
				'Content-Transfer-Encoding: base64',
				'',
				'iVBORw0KGgo=',
				'--r--',
				'--m',
				'Content-Type: application/pdf; name="fatura.pdf"',
				'Content-Disposition: attachment; filename="fatura.pdf"',
				'Content-Transfer-Encoding: base64',
				'',
				'JVBERi0xLjQK',
				'--m--',
				'',
			)
		);
		$mail = $this->read( $raw );
		$this->assertSame( array( 'r2@example.test', 'Re: [#42] Sipariş nerede?', 'sirin@example.test', 'Şirin Yılmaz' ), array( $mail->message_id, $mail->subject, $mail->from, $mail->from_name ) );
		$this->assertSame( array( 'support@shop.test', 'sales@shop.test' ), $mail->to );
		$this->assertSame( array( 'ahmet@example.test' ), $mail->cc );
		$this->assertSame( 'sirin.y@example.test', $mail->reply_to );
		$this->assertSame( array( 'storedesk-42-7@shop.test', 'storedesk-42-1@shop.test' ), $mail->references, 'In-Reply-To first, then References newest first' );
		$this->assertSame( 'Siparişim gelmedi.', trim( $mail->text ) );
		$this->assertStringContainsString( '<p>Siparişim gelmedi.</p>', $mail->html );
		$this->assertSame( '2026-12-06 07:00:00', $mail->date );
		$this->assertCount( 2, $mail->files );
		$this->assertSame( array( 'logo.png', 'image/png', 'logo@x', true, 8 ), array( $mail->files[0]->name, $mail->files[0]->mime, $mail->files[0]->content_id, $mail->files[0]->inline, $mail->files[0]->size() ) );
		$this->assertSame( array( 'fatura.pdf', 'application/pdf', false, "%PDF-1.4\n" ), array( $mail->files[1]->name, $mail->files[1]->mime, $mail->files[1]->inline, $mail->files[1]->content ) );
		$this->assertSame( array( $mail->files[1] ), $mail->attachments() );
		$this->assertFalse( $mail->automatic );
		$this->assertFalse( $mail->bounce );
	}

	/** Charsets: a Mac name iconv knows otherwise, UTF-8 declared as Latin-1, and bytes nothing declares. */
	public function test_text_arrives_in_utf8_whatever_the_declaration(): void {
		$mail = static fn( string $charset, string $bytes ) => "From: a@example.test\r\nSubject: x\r\nContent-Type: text/plain; charset={$charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{$bytes}\r\n";
		$this->assertSame( 'Привет', trim( $this->read( $mail( 'x-mac-cyrillic', (string) iconv( 'UTF-8', 'MACCYRILLIC', 'Привет' ) ) )->text ) );
		$this->assertSame( 'Merhaba, şu sipariş', trim( $this->read( $mail( 'iso-8859-1', 'Merhaba, şu sipariş' ) )->text ), 'UTF-8 bytes declared as Latin-1' );
		$this->assertSame( 'Grüße', trim( $this->read( $mail( 'x-unknown-charset', "Gr\xFC\xDFe" ) )->text ), 'an unknown charset falls back to Windows-1252' );
		$this->assertSame( 'สวัสดีครับ', trim( $this->read( $mail( 'tis-620', (string) iconv( 'UTF-8', 'CP874', 'สวัสดีครับ' ) ) )->text ) );
	}

	/** Machine mail is told apart by its headers and its sender; a report is a bounce. */
	public function test_automatic_mail_and_bounces(): void {
		$base = "From: %s\r\nSubject: Out of office\r\nMessage-ID: <o@x>\r\n%s\r\nbody\r\n";
		foreach (
			array(
				'Auto-Submitted: auto-replied'   => true,
				'Auto-Submitted: no'             => false,
				'Precedence: bulk'               => true,
				'Precedence: first-class'        => false,
				'X-Autoreply: yes'               => true,
				'X-Auto-Response-Suppress: All'  => true,
				'X-Loop: helpdesk@other.example' => true,
				'Return-Path: <>'                => true,
				'Return-Path: <a@example.test>'  => false,
			) as $header => $automatic
		) {
			$this->assertSame( $automatic, $this->read( sprintf( $base, 'a@example.test', $header . "\r\n" ) )->automatic, $header );
		}
		$this->assertTrue( $this->read( sprintf( $base, 'MAILER-DAEMON@mx.example', '' ) )->automatic );
		$bounce = $this->read( "From: postmaster@mx.example\r\nSubject: Undelivered\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nNo such user\r\n--b--\r\n" );
		$this->assertTrue( $bounce->bounce );
		$this->assertTrue( $bounce->automatic );
	}

	/** No Message-ID: the same mail always gets the same made-up one, another mail another. */
	public function test_a_missing_message_id_is_synthetic_and_stable(): void {
		$raw   = "From: a@example.test\r\nSubject: Hello\r\nDate: Sun, 06 Dec 2026 10:00:00 +0000\r\n\r\nWhere is it?\r\n";
		$first = $this->read( $raw )->message_id;
		$this->assertMatchesRegularExpression( '/^synthetic-[0-9a-f]{40}@storedesk\.invalid$/', $first );
		$this->assertSame( $first, $this->read( "Received: by mx2\r\n" . $raw )->message_id, 'a second delivery, another relay' );
		$this->assertNotSame( $first, $this->read( str_replace( 'Where is it?', 'Still nothing.', $raw ) )->message_id );
	}

	/** Garbage in: no exception, no PHP warning, something to store. */
	public function test_garbage_reads_without_warnings(): void {
		foreach ( array( '', "\0\0\0", 'no headers at all', "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64\r\n", "Subject: =?utf-8?B?broken\r\n\r\n\xFF\xFE" ) as $raw ) {
			$mail = $this->read( $raw );
			$this->assertTrue( mb_check_encoding( $mail->subject . $mail->text . $mail->html, 'UTF-8' ) );
			$this->assertNotSame( '', $mail->message_id );
		}
	}

	/**
	 * A header of a raw message as written, unfolded.
	 *
	 * @param string $raw  Raw message.
	 * @param string $name Header name.
	 */
	private static function header( string $raw, string $name ): ?string {
		$head = (string) preg_replace( "/\r?\n[ \t]+/", ' ', preg_split( "/\r?\n\r?\n/", $raw, 2 )[0] );
		return preg_match( '/^' . preg_quote( $name, '/' ) . ':[ \t]*(.*)$/mi', $head, $m ) ? rtrim( $m[1] ) : null;
	}

	/**
	 * Every message of the corpus reads without a PHP warning, its subject
	 * and sender as the headers say, its plain-named attachments all there,
	 * everything in UTF-8.
	 */
	public function test_the_corpus(): void {
		$files = \Storedesk\Tests\Corpus::emails();
		if ( ! $files ) {
			$this->markTestSkipped( 'No ../shared/corpus here.' );
		}
		// Subjects iconv cannot decode (ISO-2022-JP with Cyrillic, ISO-8859-8-I), read by eye.
		$subjects = array(
			'issue116' => 'ЖД?41 от 28.09.2016',
			'issue149' => "מענה 'אני לא נמצא': Invoice 02722027",
		);
		// Two Content-Type headers: the first (text/plain) wins, so the whole body, boundary and all, is the text.
		$one_part = array( 'issue126' );
		$this->assertGreaterThanOrEqual( 45, count( $files ) );
		$totals = array(
			'files'   => 0,
			'text'    => 0,
			'checked' => 0,
		);
		foreach ( $files as $file ) {
			$raw  = (string) file_get_contents( $file );
			$name = basename( $file );
			$mail = $this->read( $raw );
			$this->assertTrue( mb_check_encoding( $mail->subject . $mail->from_name . $mail->text . $mail->html, 'UTF-8' ), $name );
			$expected = $subjects[ $name ] ?? trim( (string) preg_replace( '/\s+/u', ' ', (string) iconv_mime_decode( (string) self::header( $raw, 'Subject' ), ICONV_MIME_DECODE_CONTINUE_ON_ERROR, 'UTF-8' ) ) );
			$this->assertSame( $expected, $mail->subject, "{$name}: subject" );
			$from = (string) self::header( $raw, 'From' );
			$this->assertSame( preg_match( '/<([^>\s]+@[^>\s]+)>/', $from, $m ) || preg_match( '/([^\s<>"]+@[^\s<>"]+)/', $from, $m ) ? strtolower( $m[1] ) : '', $mail->from, "{$name}: sender" );
			preg_match_all( '/Content-Disposition:\s*attachment;[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*?\bfilename="([\x20-\x7E]+?)"/i', $raw, $attached );
			$names = array_map( static fn( $f ) => $f->name, $mail->files );
			foreach ( in_array( $name, $one_part, true ) ? array() : array_diff( $attached[1], array_filter( $attached[1], static fn( $n ) => str_contains( $n, '=?' ) ) ) as $expected_file ) {
				$this->assertContains( sanitize_file_name( $expected_file ), $names, "{$name}: attachment {$expected_file}" );
				++$totals['checked'];
			}
			foreach ( $mail->files as $f ) {
				$this->assertNotSame( '', $f->name, $name );
				$this->assertMatchesRegularExpression( '#^[a-z0-9.+-]+/[a-z0-9.+-]+$#', $f->mime, $name );
			}
			$totals['files'] += count( $mail->files );
			$totals['text']  += '' !== trim( $mail->text . $mail->html ) ? 1 : 0;
		}
		$this->assertGreaterThanOrEqual( 339, $totals['checked'], 'attachment names found in the files themselves' );
		// issue408 alone carries 328 files; all but three messages (attachment-only) have text.
		$this->assertGreaterThan( 370, $totals['files'] );
		$this->assertGreaterThanOrEqual( count( $files ) - 5, $totals['text'] );
		$inline = $this->read( (string) file_get_contents( dirname( $files[0] ) . '/issue115' ) );
		$cids   = array_map( static fn( $f ) => $f->content_id, array_filter( $inline->files, static fn( $f ) => $f->inline ) );
		$this->assertNotEmpty( $cids );
		foreach ( $cids as $cid ) {
			$this->assertStringContainsString( 'cid:' . $cid, $inline->html, 'each inline part is shown by the HTML' );
		}
	}
}
