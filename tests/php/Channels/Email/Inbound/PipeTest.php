<?php
/**
 * The MTA pipe's outcome for each kind of mail.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Inbound;

use Storedesk\Channels\Email\Inbound\Pipe;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tests\TestCase;

/**
 * Taken (0), taken again (0, stored once), an auto-reply dropped (0),
 * refused for good with the reason (65), and the database away (75, so the
 * mail server keeps the mail and tries again).
 */
class PipeTest extends TestCase {

	/**
	 * A message.
	 *
	 * @param string $id      Message-ID.
	 * @param string $headers More headers.
	 */
	private static function mail( string $id, string $headers = '' ): string {
		return "From: Ana <ana@example.test>\r\nTo: support@shop.test\r\nSubject: Wrong size\r\nMessage-ID: <{$id}>\r\n{$headers}\r\nThe shoes are too small.\r\n";
	}

	/** Each outcome and its status. */
	public function test_statuses(): void {
		$pipe                  = $this->service( Pipe::class );
		list( $status, $said ) = $pipe->take( self::mail( 'pipe-1@example.test' ) );
		$this->assertSame( Pipe::OK, $status );
		$message = $this->service( MessageRepository::class )->find_by_external( 'email', 'pipe-1@example.test' );
		$this->assertNotNull( $message );
		$this->assertSame( "Storedesk: ticket #{$message->ticket_id}, stored.", $said );
		$this->assertSame( array( Pipe::OK, "Storedesk: ticket #{$message->ticket_id}, already stored." ), $pipe->take( self::mail( 'pipe-1@example.test' ) ) );
		$this->assertSame( Pipe::OK, $pipe->take( self::mail( 'pipe-2@example.test', "Auto-Submitted: auto-replied\r\n" ) )[0], 'an auto-reply is not bounced' );
		$this->assertSame( array( Pipe::DATAERR, 'The body must be the raw email (RFC 5322).' ), $pipe->take( "\r\n" ) );
		$small = static fn() => 100;
		add_filter( 'storedesk_inbound_email_bytes', $small );
		$this->assertSame( array( Pipe::DATAERR, 'The email is larger than this desk takes.' ), $pipe->take( self::mail( 'pipe-3@example.test', 'X-Pad: ' . str_repeat( 'x', 200 ) . "\r\n" ) ) );
		remove_filter( 'storedesk_inbound_email_bytes', $small );
		// A failure half-way (here after the store, in the flood check): try
		// again later; the mail server's retry is stored once.
		$away = static function () {
			throw new \RuntimeException( 'MySQL server has gone away' );
		};
		add_filter( 'storedesk_loop_limit', $away );
		$this->assertSame( array( Pipe::TEMPFAIL, 'MySQL server has gone away' ), $pipe->take( self::mail( 'pipe-4@example.test' ) ) );
		remove_filter( 'storedesk_loop_limit', $away );
		list( $status, $said ) = $pipe->take( self::mail( 'pipe-4@example.test' ) );
		$this->assertSame( Pipe::OK, $status );
		$this->assertStringEndsWith( 'already stored.', $said );
	}
}
