<?php
/**
 * Emails to customers.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Storefront\GuestTokens;

/**
 * The customer hears about their request when it arrives, on every agent
 * reply and when it is resolved, by email when they have an address, and
 * never about internal notes.
 */
class CustomerNotificationsTest extends MailTestCase {

	/**
	 * The ticket id a customer link opens, after checking its token.
	 *
	 * @param string $text Email text with the link.
	 */
	private function linked_ticket( string $text ): int {
		$this->assertSame( 1, preg_match( '/storedesk_token=([A-Za-z0-9._-]+)/', $text, $m ), 'the email has the magic link' );
		return $this->service( GuestTokens::class )->verify( $m[1] );
	}

	/** A request from the customer is acknowledged with its number, their message and a working link. */
	public function test_acknowledgement_when_the_customer_opens_a_ticket(): void {
		$ticket = $this->ticket(
			array(
				'channel' => 'form',
				'contact' => array(
					'name'  => 'Dana Shopper',
					'email' => 'dana.ack@example.test',
				),
				'message' => array( 'body' => '<p>My scarf arrived faded.</p>' ),
			)
		);
		$mails  = $this->mails( 'dana.ack@example.test' );
		$this->assertCount( 1, $mails );
		$mail = $mails[0];
		$this->assertSame( '[#' . $ticket->id() . '] Where is my order?', $mail['subject'] );
		$this->assertSame( 'auto-replied', $this->header( $mail, 'Auto-Submitted' ) );
		$this->assertStringContainsString( 'Hi Dana Shopper', $mail['text'] );
		$this->assertStringContainsString( 'Your ticket number is #' . $ticket->id(), $mail['text'] );
		$this->assertStringContainsString( 'My scarf arrived faded.', $mail['text'] );
		$this->assertStringContainsString( '<p>My scarf arrived faded.</p>', $mail['html'] );
		$this->assertSame( $ticket->id(), $this->linked_ticket( $mail['text'] ) );
		$this->assertSame( $ticket->id(), $this->linked_ticket( $mail['html'] ) );
	}

	/** An agent opening a ticket for a customer (a logged call) sends no acknowledgement; spam gets none either. */
	public function test_no_acknowledgement_for_agent_opened_or_spam_tickets(): void {
		$agent = $this->user( 'storedesk_agent' );
		$this->ticket(
			array(
				'channel' => 'phone',
				'contact' => array( 'email' => 'logged.call@example.test' ),
			),
			$agent
		);
		$this->ticket(
			array(
				'status'  => 'spam',
				'contact' => array( 'email' => 'spammer@example.test' ),
			)
		);
		$this->assertSame( array(), $this->mails( 'logged.call@example.test' ) );
		$this->assertSame( array(), $this->mails( 'spammer@example.test' ) );
	}

	/** The reply arrives in full in both parts, written by a person (no Auto-Submitted); notes never reach the customer. */
	public function test_agent_reply_in_full_and_notes_never(): void {
		$agent  = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket( array( 'contact' => array( 'name' => 'Rui Costa', 'email' => 'rui@example.test' ) ) );
		$this->clear_mails();
		wp_set_current_user( $agent );
		$path = '/storedesk/v1/tickets/' . $ticket->id() . '/messages';
		$this->assertStatus( 201, $this->rest( 'POST', $path, array( 'kind' => 'note', 'body' => '<p>Customer seems upset, be gentle.</p>' ) ) );
		$this->assertSame( array(), $this->mails( 'rui@example.test' ), 'a note is never emailed to the customer' );
		$this->assertStatus( 201, $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => '<p>Your parcel ships <strong>today</strong> &amp; is insured.</p><p>Tracking: <a href="https://track.example/1">here</a></p>' ) ) );
		$mails = $this->mails( 'rui@example.test' );
		$this->assertCount( 1, $mails );
		$mail = $mails[0];
		$this->assertSame( '[#' . $ticket->id() . '] Re: Where is my order?', $mail['subject'] );
		$this->assertNull( $this->header( $mail, 'Auto-Submitted' ), 'a human reply is not automatic mail' );
		$this->assertStringContainsString( '<strong>today</strong> &amp; is insured', $mail['html'] );
		$this->assertStringContainsString( "Your parcel ships today & is insured.\n\nTracking: here (https://track.example/1)", $mail['text'] );
		$this->assertStringContainsString( get_userdata( $agent )->display_name . ' replied to your request', $mail['text'] );
		$this->assertStringNotContainsString( 'be gentle', $mail['html'] . $mail['text'] );
		$this->assertSame( $ticket->id(), $this->linked_ticket( $mail['text'] ) );
	}

	/** Resolving sends the resolution, automatic, in the same thread as the reply before it. */
	public function test_send_and_resolve_sends_reply_then_resolution(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket( array( 'contact' => array( 'email' => 'ines@example.test' ) ) );
		$this->clear_mails();
		$this->assertStatus( 201, $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'Refunded.', 'status' => 'resolved' ) ) );
		$mails = $this->mails( 'ines@example.test' );
		$this->assertSame( array( '[#' . $ticket->id() . '] Re: Where is my order?', '[#' . $ticket->id() . '] Resolved: Where is my order?' ), array_column( $mails, 'subject' ) );
		$this->assertSame( 'auto-replied', $this->header( $mails[1], 'Auto-Submitted' ) );
		$this->assertSame( $this->header( $mails[0], 'In-Reply-To' ), $this->header( $mails[1], 'In-Reply-To' ) );
		$this->assertStringContainsString( 'marked your request as resolved', $mails[1]['text'] );
		$this->clear_mails();
		$this->rest( 'PATCH', '/storedesk/v1/tickets/' . $ticket->id(), array( 'priority' => 'high' ) );
		$this->assertSame( array(), $this->mails( 'ines@example.test' ), 'other changes send nothing' );
	}

	/** A chat customer with only a phone number is not emailed; one who left an address is. */
	public function test_messaging_channels_email_only_customers_with_an_address(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$phone_only = $this->ticket( array( 'channel' => 'whatsapp', 'contact' => array( 'phone' => '+44 7700 900123' ) ) );
		$with_email = $this->ticket( array( 'channel' => 'chat', 'contact' => array( 'email' => 'chatty@example.test' ) ) );
		$this->clear_mails();
		foreach ( array( $phone_only, $with_email ) as $ticket ) {
			$this->assertStatus( 201, $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'Hello!' ) ) );
		}
		$this->assertSame( array( array( 'chatty@example.test' ) ), array_column( $this->mails(), 'to' ) );
		$contact = $this->service( ContactRepository::class )->find( $phone_only->contact_id() );
		$this->assertNull( $contact->email );
	}
}
