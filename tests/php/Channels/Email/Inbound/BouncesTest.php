<?php
/**
 * Bounces and the limit on automatic mail.
 *
 * @package Storedesk
 */

namespace Storedesk\Tests\Channels\Email\Inbound;

use Storedesk\Tests\Channels\Email\PostsRawEmail;
use Storedesk\Tests\Notifications\MailTestCase;

/**
 * A delivery report about our acknowledgement fails that delivery with
 * the server's words and flags the address until mail comes from it
 * again; a forged, foreign or delayed report changes nothing; a sender
 * who opens many requests in an hour gets five acknowledgements.
 */
class BouncesTest extends MailTestCase {

	use PostsRawEmail;

	/** Sets the inbound key. */
	protected function setUp(): void {
		parent::setUp();
		$this->open_inbound();
		$this->clear_mails();
	}

	/**
	 * A report, as Postfix writes one.
	 *
	 * @param string $recipient  Final recipient.
	 * @param string $message_id The reported email's Message-ID, with brackets.
	 * @param string $action     failed or delayed.
	 * @param string $status     Status code.
	 */
	private static function report( string $recipient, string $message_id, string $action = 'failed', string $status = '5.1.1' ): string {
		return implode(
			"\r\n",
			array(
				'From: Mail Delivery System <MAILER-DAEMON@mx.example.test>',
				'To: support@shop.test',
				'Subject: Undelivered Mail Returned to Sender',
				'Message-ID: <dsn-' . md5( $recipient . $message_id . $action ) . '@mx.example.test>',
				'Auto-Submitted: auto-replied',
				'MIME-Version: 1.0',
				'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
				'',
				'--B1',
				'Content-Type: text/plain; charset=us-ascii',
				'',
				'I\'m sorry to have to inform you that your message could not be delivered.',
				'',
				'--B1',
				'Content-Type: message/delivery-status',
				'',
				'Reporting-MTA: dns; mx.example.test',
				'',
				"Final-Recipient: rfc822; {$recipient}",
				"Action: {$action}",
				"Status: {$status}",
				"Diagnostic-Code: smtp; 550 5.1.1 <{$recipient}>: Recipient address",
				'    rejected: User unknown in virtual mailbox table',
				'',
				'--B1',
				'Content-Type: message/rfc822',
				'',
				'From: Shop <support@shop.test>',
				"To: {$recipient}",
				"Message-ID: {$message_id}",
				'Subject: We received your request',
				'',
				'Hello',
				'--B1--',
				'',
			)
		);
	}

	/**
	 * The acknowledgement's delivery, as the thread shows it.
	 *
	 * @param int $ticket Ticket.
	 */
	private function acknowledgement( int $ticket ): array {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$first = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket . '/messages' )->get_data()[0];
		wp_set_current_user( 0 );
		return array_values( wp_list_filter( $first['deliveries'], array( 'type' => 'customer-acknowledgement' ) ) )[0];
	}

	/**
	 * The contact's email identity.
	 *
	 * @param int $contact Contact id.
	 */
	private function identity( int $contact ): array {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$data = $this->rest( 'GET', '/storedesk/v1/contacts/' . $contact )->get_data();
		wp_set_current_user( 0 );
		return array_values( wp_list_filter( $data['identities'], array( 'channel' => 'email' ) ) )[0];
	}

	/** Failed for good: the delivery and the address say so; mail from the address clears the flag. */
	public function test_a_bounce_fails_the_delivery_and_flags_the_address(): void {
		$got  = $this->receive( self::mail( 'typo@example.test', 'typo-1@example.test', 'Where is my order?' ) );
		$acks = $this->mails( 'typo@example.test' );
		$this->assertCount( 1, $acks );
		$this->assertSame( 'sent', $this->acknowledgement( $got['ticket_id'] )['status'] );
		$ack_id = (string) $this->header( $acks[0], 'Message-ID' );

		// A forged id (a changed signature), another recipient, a delay: nothing changes.
		$forged = (string) preg_replace( '/\.[a-f0-9]{16}@/', '.0000000000000000@', $ack_id );
		$this->assertSame( 'storedesk_automatic_message', $this->receive( self::report( 'typo@example.test', $forged ) )['error'] );
		$this->receive( self::report( 'someone-else@example.test', $ack_id ) );
		$this->receive( self::report( 'typo@example.test', $ack_id, 'delayed', '4.4.1' ) );
		$this->assertSame( 'sent', $this->acknowledgement( $got['ticket_id'] )['status'] );
		$this->assertArrayNotHasKey( 'bounced', $this->identity( $got['contact_id'] ?? $this->contact_of( $got['ticket_id'] ) ) );

		$this->assertSame( 'storedesk_automatic_message', $this->receive( self::report( 'typo@example.test', $ack_id ) )['error'], 'a bounce opens nothing' );
		$delivery = $this->acknowledgement( $got['ticket_id'] );
		$this->assertSame( 'failed', $delivery['status'] );
		$this->assertSame( 'Bounced (5.1.1): 550 5.1.1 <typo@example.test>: Recipient address rejected: User unknown in virtual mailbox table', $delivery['error'] );
		$contact  = $this->contact_of( $got['ticket_id'] );
		$identity = $this->identity( $contact );
		$this->assertSame( $delivery['error'], $identity['bounced']['reason'] );
		$this->assertCount( 1, $this->mails( 'typo@example.test' ), 'nobody answers a bounce' );

		// The customer writes again from the address: it works after all.
		$this->receive( self::mail( 'typo@example.test', 'typo-2@example.test', 'Fixed my mailbox.' ) );
		$this->assertArrayNotHasKey( 'bounced', $this->identity( $contact ) );
	}

	/** Seven requests in an hour from one sender: five acknowledgements, all seven conversations. */
	public function test_acknowledgements_per_sender_are_limited(): void {
		for ( $i = 1; $i <= 7; $i++ ) {
			$this->assertArrayHasKey( 'ticket_id', $this->receive( self::mail( 'robot@example.test', "robot-{$i}@example.test", "Order #{$i} status?" ) ) );
		}
		$this->assertCount( 5, $this->mails( 'robot@example.test' ) );
	}

	/**
	 * The customer of a ticket.
	 *
	 * @param int $ticket Ticket.
	 */
	private function contact_of( int $ticket ): int {
		return $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $ticket )->contact_id();
	}
}
