<?php
/**
 * Order statuses from a ticket.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Actions;

/**
 * The change goes through WooCommerce's transition (its note, its
 * emails), is recorded in the thread, and is previewed without a change.
 */
class ChangeOrderStatusTest extends OrderActionTestCase {

	/** Processing → completed: WooCommerce's note names the agent and ticket, the customer gets the completed email. */
	public function test_status_change_with_note_and_event(): void {
		$agent    = wp_get_current_user()->display_name;
		$response = $this->rest( 'POST', $this->path( 'status' ), array( 'status' => 'completed' ) );
		$this->assertStatus( 200, $response );
		$this->assertSame( 'completed', $response->get_data()['order']['status'] );
		$this->assertSame( 'completed', $this->fresh()->get_status() );

		$note = $this->notes()[0]->content;
		$this->assertStringStartsWith( 'Status changed by ' . $agent . ' from Storedesk ticket #' . $this->ticket->id() . '.', $note );
		$this->assertStringContainsString( 'Processing', $note );
		$this->assertStringContainsString( 'Completed', $note );

		$events = $this->events();
		$this->assertCount( 1, $events );
		$this->assertSame( $agent . ' changed order #' . $this->order->get_order_number() . ' from Processing to Completed.', $events[0]->body );
		$this->assertSame( 'status', $events[0]->meta['action'] );
		$this->assertSame( 'processing', $events[0]->meta['from'] );
		$this->assertSame( 'completed', $events[0]->meta['to'] );
		$this->assertCount( 1, $this->mails_to( $this->order->get_billing_email() ), 'WooCommerce sent its completed-order email' );
	}

	/** The preview names the email and the stock change, and changes nothing. */
	public function test_preview_changes_nothing(): void {
		$notes    = count( $this->notes() );
		$response = $this->rest(
			'POST',
			$this->path( 'status' ),
			array(
				'status'  => 'cancelled',
				'preview' => true,
			)
		);
		$this->assertStatus( 200, $response );
		$preview = $response->get_data()['preview'];
		$this->assertSame( 'processing', $preview['from'] );
		$this->assertSame( 'cancelled', $preview['to'] );
		$this->assertSame( 'Cancelled', $preview['to_label'] );
		$this->assertSame( 'restore', $preview['stock'] );
		$emails = array_column( $preview['emails'], 'to', 'id' );
		$this->assertSame( 'store', $emails['cancelled_order'] ?? null, 'the shop hears of the cancellation' );

		$this->assertSame( 'processing', $this->fresh()->get_status() );
		$this->assertCount( $notes, $this->notes() );
		$this->assertSame( array(), $this->events() );
		$this->assertSame( array(), $GLOBALS['storedesk_test_mails'] );

		$completed = $this->rest(
			'POST',
			$this->path( 'status' ),
			array(
				'status'  => 'completed',
				'preview' => true,
			)
		)->get_data()['preview'];
		$this->assertSame( array( 'customer_completed_order' ), array_column( $completed['emails'], 'id' ) );
		$this->assertSame( $this->order->get_billing_email(), $completed['emails'][0]['recipient'] );
		$this->assertNull( $completed['stock'], 'stock was already taken' );
	}

	/** Refunded (a refund in disguise), the same status, an unknown one: refused with their own codes. */
	public function test_refused_statuses(): void {
		$cases = array(
			'refunded'   => 'storedesk_order_status_refunded',
			'processing' => 'storedesk_order_status_unchanged',
			'shipped'    => 'rest_invalid_param',
		);
		foreach ( $cases as $status => $code ) {
			$response = $this->rest( 'POST', $this->path( 'status' ), array( 'status' => $status ) );
			$this->assertStatus( 400, $response );
			$this->assertSame( $code, $response->get_data()['code'], $status );
		}
		$this->assertSame( array(), $this->fresh()->get_refunds() );
		$this->assertSame( 'processing', $this->fresh()->get_status() );
	}
}
