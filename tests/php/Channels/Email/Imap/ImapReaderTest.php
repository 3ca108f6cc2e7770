<?php
/**
 * Reading what IMAP servers send.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Imap;

use Storedesk\Channels\Email\Imap\ImapError;
use Storedesk\Channels\Email\Imap\ImapReader;
use Storedesk\Channels\Email\Imap\ImapStream;
use Storedesk\Tests\TestCase;

// phpcs:disable WordPress.WP.AlternativeFunctions -- an in-memory stream stands for the socket.

/**
 * Responses as odd servers write them: literals inside lists and carrying
 * the rest of a response onto the next line, quoted strings with escapes,
 * sections with spaces and parentheses, free text with stray quotes.
 */
class ImapReaderTest extends TestCase {

	/**
	 * A reader over what a server would have sent.
	 *
	 * @param string $sent Bytes.
	 */
	private static function reader( string $sent ): ImapReader {
		$memory = fopen( 'php://memory', 'r+' );
		fwrite( $memory, $sent );
		rewind( $memory );
		return new ImapReader( new ImapStream( $memory ) );
	}

	/** A FETCH with the message as a literal, and items after it on the next line. */
	public function test_a_literal_inside_a_fetch(): void {
		$body     = "Subject: hi\r\n\r\n) ( \"odd\" {3}\r\n";
		$reader   = self::reader( '* 7 FETCH (UID 42 BODY[] {' . strlen( $body ) . "}\r\n" . $body . " FLAGS (\\Seen \\Answered))\r\nS1 OK done\r\n" );
		$response = $reader->next();
		$this->assertSame( 'FETCH', $response->name );
		$this->assertSame( 7, $response->number );
		$items = $response->fetched();
		$this->assertSame( '42', $items['UID'] );
		$this->assertSame( $body, $items['BODY[]'], 'the literal is taken byte for byte, parentheses and braces included' );
		$this->assertSame( array( '\\Seen', '\\Answered' ), $items['FLAGS'] );
		$tagged = $reader->next();
		$this->assertSame( array( 'S1', 'OK', 'done' ), array( $tagged->tag, $tagged->name, $tagged->text ) );
	}

	/** Quoted strings with escapes, NIL, a literal as a folder name, a section with spaces. */
	public function test_quoted_strings_nil_and_sections(): void {
		$reader = self::reader(
			"* LIST (\\HasNoChildren) \"/\" \"Kunden \\\"VIP\\\" \\\\ 2026\"\r\n" .
			"* LIST () NIL {6}\r\nInbox2\r\n" .
			"* 3 FETCH (BODY[HEADER.FIELDS (FROM TO)] {9}\r\nFrom: a\r\n UID 9)\r\n"
		);
		$this->assertSame( array( array( '\\HasNoChildren' ), '/', 'Kunden "VIP" \\ 2026' ), $reader->next()->data );
		$this->assertSame( array( array(), null, 'Inbox2' ), $reader->next()->data );
		$items = $reader->next()->fetched();
		$this->assertSame( "From: a\r\n", $items['BODY[HEADER.FIELDS (FROM TO)]'] );
		$this->assertSame( '9', $items['UID'] );
	}

	/** Status lines: the code read apart, the text kept as sent (brackets and a stray quote included). */
	public function test_status_codes_and_free_text(): void {
		$reader   = self::reader(
			"* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR] Dovecot ready.\r\n" .
			"* OK [UIDVALIDITY 3857529045] UIDs valid\r\n" .
			"S2 NO [AUTHENTICATIONFAILED] Authentication (failed) \"try [again\r\n" .
			"+ \r\n"
		);
		$greeting = $reader->next();
		$this->assertSame( 'CAPABILITY', $greeting->code_name() );
		$this->assertSame( 'IMAP4rev1 LITERAL+ SASL-IR', $greeting->code_value() );
		$uidvalidity = $reader->next();
		$this->assertSame( array( 'UIDVALIDITY', '3857529045' ), array( $uidvalidity->code_name(), $uidvalidity->code_value() ) );
		$refused = $reader->next();
		$this->assertSame( array( 'NO', 'AUTHENTICATIONFAILED', 'Authentication (failed) "try [again' ), array( $refused->name, $refused->code_name(), $refused->text ) );
		$this->assertSame( '+', $reader->next()->tag );
	}

	/** A connection that ends inside a literal is an error, not a short message. */
	public function test_a_cut_literal_is_an_error(): void {
		$reader = self::reader( "* 1 FETCH (UID 1 BODY[] {100}\r\nonly a part" );
		$this->expectException( ImapError::class );
		$this->expectExceptionMessage( 'closed the connection' );
		$reader->next();
	}

	/** What is not IMAP (an HTTP server on the port) says so. */
	public function test_something_that_is_not_imap(): void {
		$this->expectException( ImapError::class );
		$this->expectExceptionMessage( 'not IMAP: HTTP/1.1 400 Bad Request' );
		self::reader( "HTTP/1.1 400 Bad Request\r\n" )->next();
	}
}
