<?php
/**
 * Order notes from a ticket.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Actions;

/**
 * A private note stays with the shop and says who wrote it from which
 * ticket; a customer note is emailed to the customer in the agent's words.
 */
class AddOrderNoteTest extends OrderActionTestCase {

	/** Private: on the order with the agent and ticket, in the thread, no email. */
	public function test_private_note(): void {
		$agent    = wp_get_current_user()->display_name;
		$response = $this->rest( 'POST', $this->path( 'notes' ), array( 'note' => 'Customer called, wants a gift wrap.' ) );
		$this->assertStatus( 201, $response );
		$data = $response->get_data();
		$this->assertFalse( $data['note']['customer'] );
		$this->assertSame( $this->order->get_id(), $data['order']['id'] );

		$note = $this->notes()[0];
		$this->assertSame( $data['note']['id'], (int) $note->id );
		$this->assertFalse( $note->customer_note );
		$this->assertSame( 'Customer called, wants a gift wrap. — ' . $agent . ', Storedesk ticket #' . $this->ticket->id(), $note->content );
		$this->assertSame( (string) $this->ticket->id(), get_comment_meta( $note->id, 'storedesk_ticket', true ) );
		$this->assertSame( array(), $this->mails_to( $this->order->get_billing_email() ) );

		$events = $this->events();
		$this->assertCount( 1, $events );
		$this->assertSame( $agent . ' added a private note to order #' . $this->order->get_order_number() . ': “Customer called, wants a gift wrap.”', $events[0]->body );
		$this->assertSame( 'note', $events[0]->meta['action'] );
		$this->assertFalse( $events[0]->meta['customer'] );
		$this->assertSame( $data['event']['id'], $events[0]->id );
	}

	/** To the customer: WooCommerce emails it, in the agent's words only. */
	public function test_customer_note_emails_the_customer(): void {
		$response = $this->rest(
			'POST',
			$this->path( 'notes' ),
			array(
				'note'     => 'Your parcel left our warehouse today.',
				'customer' => true,
			)
		);
		$this->assertStatus( 201, $response );
		// WooCommerce notes the email it sent after ours.
		$note = wc_get_order_note( $response->get_data()['note']['id'] );
		$this->assertTrue( $note->customer_note );
		$this->assertSame( 'Your parcel left our warehouse today.', $note->content );
		$mails = $this->mails_to( $this->order->get_billing_email() );
		$this->assertCount( 1, $mails );
		$this->assertStringContainsString( 'Your parcel left our warehouse today.', $mails[0]['message'] );
		$this->assertTrue( $this->events()[0]->meta['customer'] );
		$this->assertStringContainsString( 'sent the customer a note on order #', $this->events()[0]->body );
	}

	/** An empty note is refused with its own code. */
	public function test_empty_note_is_refused(): void {
		$response = $this->rest( 'POST', $this->path( 'notes' ), array( 'note' => '   ' ) );
		$this->assertStatus( 400, $response );
		$this->assertSame( 'storedesk_order_note_empty', $response->get_data()['code'] );
		$this->assertSame( array(), $this->events() );
	}
}
