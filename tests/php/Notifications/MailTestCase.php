<?php
/**
 * Base of the notification tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Tests\TestCase;

/**
 * Lets wp_mail() run for real up to PHPMailer, which builds each message
 * without sending it (the bootstrap's capture would stop wp_mail() before
 * PHPMailer and our phpmailer_init hook ever run), and reads the messages
 * back as a mail client would: headers and the text and HTML parts.
 */
abstract class MailTestCase extends TestCase {

	/**
	 * The PHPMailer in use during the test.
	 *
	 * @var MockMailer
	 */
	protected MockMailer $mailer;

	/**
	 * The PHPMailer before the test.
	 *
	 * @var mixed
	 */
	private $previous;

	/** Installs the mock PHPMailer. */
	protected function setUp(): void {
		parent::setUp();
		$this->previous       = $GLOBALS['phpmailer'] ?? null;
		$this->mailer         = new MockMailer( true );
		$this->mailer::$validator = static fn( $email ) => (bool) is_email( $email );
		$GLOBALS['phpmailer'] = $this->mailer;
		add_filter( 'pre_wp_mail', array( $this, 'let_through' ), 100 );
	}

	/** Puts the previous PHPMailer back. */
	protected function tearDown(): void {
		remove_filter( 'pre_wp_mail', array( $this, 'let_through' ), 100 );
		$GLOBALS['phpmailer'] = $this->previous;
		parent::tearDown();
	}

	/**
	 * Undoes the bootstrap's short-circuit (which has recorded the call).
	 *
	 * @param mixed $result Short-circuit value.
	 * @return mixed
	 */
	public function let_through( $result ) {
		return true === $result ? null : $result;
	}

	/**
	 * Parsed messages sent so far, optionally only those to one address.
	 *
	 * @param string|null $to Recipient.
	 * @return array<int, array{to: string[], subject: string, headers: array<string, string[]>, text: string, html: string, attachments: array<string, string>, content_type: string}>
	 */
	protected function mails( ?string $to = null ): array {
		$this->run_jobs();
		$out = array();
		foreach ( $this->mailer->sent as $sent ) {
			if ( null === $to || in_array( $to, $sent['to'], true ) ) {
				$out[] = $this->parse( $sent );
			}
		}
		return $out;
	}

	/** Sends what is queued, then forgets the messages sent so far. */
	protected function clear_mails(): void {
		$this->run_jobs();
		$this->mailer->sent = array();
	}

	/**
	 * One header's value (the first), or null.
	 *
	 * @param array  $mail Parsed mail.
	 * @param string $name Header name.
	 */
	protected function header( array $mail, string $name ): ?string {
		return $mail['headers'][ strtolower( $name ) ][0] ?? null;
	}

	/**
	 * Headers and parts of one MIME message.
	 *
	 * @param array $sent What MockMailer kept.
	 */
	private function parse( array $sent ): array {
		list( $head, $body ) = explode( "\r\n\r\n", $sent['mime'], 2 ) + array( '', '' );
		$headers             = array();
		foreach ( explode( "\r\n", (string) preg_replace( "/\r\n[ \t]+/", ' ', $head ) ) as $line ) {
			if ( str_contains( $line, ':' ) ) {
				list( $name, $value )                   = explode( ':', $line, 2 );
				$headers[ strtolower( trim( $name ) ) ][] = trim( $value );
			}
		}
		$parts = array(
			'text'        => '',
			'html'        => '',
			'attachments' => array(),
		);
		$type  = $headers['content-type'][0] ?? '';
		$this->parts( $type, $body, $parts );
		return array(
			'to'           => $sent['to'],
			'subject'      => $sent['subject'],
			'headers'      => $headers,
			'content_type' => $type,
		) + $parts;
	}

	/**
	 * Collects the text and HTML parts and the attachments (file name =>
	 * bytes) of a multipart body, nested ones included (an email with files
	 * is multipart/mixed around the multipart/alternative of its two bodies).
	 *
	 * @param string $type  Content-Type of the body.
	 * @param string $body  The body.
	 * @param array  $parts Where they go.
	 */
	private function parts( string $type, string $body, array &$parts ): void {
		if ( ! preg_match( '/boundary="([^"]+)"/', $type, $m ) ) {
			return;
		}
		foreach ( explode( '--' . $m[1], $body ) as $part ) {
			list( $part_head, $part_body ) = explode( "\r\n\r\n", ltrim( $part, "\r\n" ), 2 ) + array( '', '' );
			$part_head                     = (string) preg_replace( "/\r\n[ \t]+/", ' ', $part_head );
			if ( preg_match( '/Content-Type:\s*multipart\/[^\r\n]*/i', $part_head, $nested ) ) {
				$this->parts( $nested[0], $part_body, $parts );
				continue;
			}
			$decoded = str_contains( $part_head, 'quoted-printable' ) ? quoted_printable_decode( $part_body ) : ( str_contains( $part_head, 'base64' ) ? base64_decode( $part_body ) : $part_body ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode
			if ( preg_match( '/Content-Disposition:\s*attachment;\s*filename="?([^"\r\n]+)"?/i', $part_head, $file ) ) {
				$parts['attachments'][ $file[1] ] = $decoded;
				continue;
			}
			$decoded = str_replace( "\r\n", "\n", $decoded );
			if ( str_contains( $part_head, 'text/plain' ) ) {
				$parts['text'] = $decoded;
			} elseif ( str_contains( $part_head, 'text/html' ) ) {
				$parts['html'] = $decoded;
			}
		}
	}
}
