<?php
/**
 * Fuzzing of Storedesk\Channels\Email\Inbound\MimeReader.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Inbound;

use Storedesk\Channels\Email\Inbound\MimeReader;
use Storedesk\Tests\FailsOnWarnings;
use Storedesk\Tests\TestCase;

/**
 * Ten thousand messages mutated from real and hand-made ones (bytes
 * flipped, cut short, headers doubled or mangled, boundaries broken,
 * charsets and encodings swapped, parts nested deep) all read without an
 * exception or a PHP warning, into valid UTF-8, with memory that does not
 * grow from one message to the next. Deterministic: the seed is fixed.
 */
class MimeFuzzTest extends TestCase {

	use FailsOnWarnings;

	private const RUNS = 10000;

	/** Seeds the random source. */
	protected function setUp(): void {
		parent::setUp();
		mt_srand( 20261206 );
		$this->fail_on_warnings();
	}

	/** Restores PHP's handler and the random source. */
	protected function tearDown(): void {
		$this->restore_warnings();
		mt_srand();
		parent::tearDown();
	}

	/** Messages to start from: the corpus when it is here, and some of our own. */
	private function seeds(): array {
		$seeds = array(
			"From: a@example.test\r\nSubject: =?UTF-8?B?w4fDp8SfxJ8=?=\r\nMessage-ID: <s1@x>\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=iso-8859-9\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nSipari=FE=\r\n gelmedi\r\n--b\r\nContent-Type: image/png; name=\"a.png\"\r\nContent-ID: <i@x>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n",
			"From: \"B\" <b@example.test>\r\nSubject: uu\r\n\r\nbegin 644 a.txt\r\n#86)C\r\n`\r\nend\r\n",
			"From: c@example.test\r\nContent-Type: message/rfc822\r\n\r\nFrom: d@example.test\r\nSubject: inner\r\nContent-Type: text/html; charset=x-mac-cyrillic\r\n\r\n<p>\xE0\xE1\xE2</p>\r\n",
		);
		foreach ( \Storedesk\Tests\Corpus::emails() as $file ) {
			// Keep each seed small: the corpus has 1.5 MB messages and one with 328 files.
			$seeds[] = substr( (string) file_get_contents( $file ), 0, 24000 );
		}
		return $seeds;
	}

	/**
	 * One random change to a message.
	 *
	 * @param string $raw Message.
	 */
	private static function mutate( string $raw ): string {
		$len = max( 1, strlen( $raw ) );
		$at  = mt_rand( 0, $len - 1 );
		switch ( mt_rand( 0, 9 ) ) {
			case 0: // Flip some bytes.
				for ( $i = mt_rand( 1, 20 ); $i > 0; $i-- ) {
					$raw[ mt_rand( 0, $len - 1 ) ] = chr( mt_rand( 0, 255 ) );
				}
				return $raw;
			case 1: // Cut it short.
				return substr( $raw, 0, $at );
			case 2: // Double a stretch.
				return substr( $raw, 0, $at ) . substr( $raw, $at, mt_rand( 1, 400 ) ) . substr( $raw, $at );
			case 3: // Break the boundaries.
				return (string) preg_replace( '/boundary="?[^";\r\n]+"?/i', 'boundary="' . str_repeat( '-', mt_rand( 0, 3 ) ) . '"', $raw );
			case 4: // Another charset, real or not.
				$sets = array( 'utf-8', 'iso-2022-jp', 'x-unknown', 'utf-16', 'gb2312', 'koi8-r', '', 'windows-1255', 'x-mac-cyrillic', 'bogus-charset-ÿ' );
				return (string) preg_replace( '/charset="?[^";\r\n]*"?/i', 'charset=' . $sets[ array_rand( $sets ) ], $raw );
			case 5: // Another transfer encoding.
				$encodings = array( 'base64', 'quoted-printable', 'x-uuencode', '8bit', 'binary', 'nonsense' );
				return (string) preg_replace( '/Content-Transfer-Encoding:[^\r\n]*/i', 'Content-Transfer-Encoding: ' . $encodings[ array_rand( $encodings ) ], $raw );
			case 6: // Mangle encoded words.
				return str_replace( array( '?=', '=?' ), array( '?', '=?' . str_repeat( '?', mt_rand( 0, 2 ) ) ), $raw );
			case 7: // Nest it in itself.
				return "Content-Type: multipart/mixed; boundary=\"n\"\r\n\r\n--n\r\nContent-Type: message/rfc822\r\n\r\n" . substr( $raw, 0, 8000 ) . "\r\n--n--\r\n";
			case 8: // Long header lines and many headers.
				return str_repeat( 'X-Junk: ' . str_repeat( 'a', mt_rand( 1, 2000 ) ) . "\r\n", mt_rand( 1, 30 ) ) . $raw;
			default: // Line endings of every kind.
				$endings = array( "\n", "\r", "\r\r\n", '' );
				return str_replace( "\r\n", $endings[ array_rand( $endings ) ], $raw );
		}
	}

	/** Ten thousand mutants read cleanly; memory stays flat. */
	public function test_mutated_mail_never_breaks_the_reader(): void {
		$reader = $this->service( MimeReader::class );
		$seeds  = $this->seeds();
		$worst  = 0;
		$base   = 0;
		for ( $n = 0; $n < self::RUNS; $n++ ) {
			$raw = $seeds[ $n % count( $seeds ) ];
			for ( $k = mt_rand( 1, 3 ); $k > 0; $k-- ) {
				$raw = self::mutate( $raw );
			}
			$before = memory_get_usage();
			$mail   = $reader->read( $raw );
			$this->assertTrue( mb_check_encoding( $mail->subject . $mail->from_name . $mail->text . $mail->html, 'UTF-8' ), "mutant {$n}" );
			$this->assertNotSame( '', $mail->message_id, "mutant {$n}" );
			unset( $mail );
			$worst = max( $worst, memory_get_usage() - $before );
			if ( 100 === $n ) {
				$base = memory_get_usage();
			}
		}
		// Nothing a message leaves behind adds up: after 10,000, memory is where it was after 100.
		$this->assertLessThan( 8 * MB_IN_BYTES, memory_get_usage() - $base );
		$this->assertLessThan( 4 * MB_IN_BYTES, $worst, 'what one message keeps after it is read' );
	}
}
