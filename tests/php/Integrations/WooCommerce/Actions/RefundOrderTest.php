<?php
/**
 * Refunds from a ticket.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Actions;

/**
 * Full and partial refunds, manual and through a gateway, recorded on the
 * order and in the thread; a refused or failed refund records nothing; a
 * preview changes nothing and says what the refund will do.
 */
class RefundOrderTest extends OrderActionTestCase {

	/** 1 of 2 mugs for 8.00 instead of 10.00, manual: WooCommerce's refund, our note, our event, stock back. */
	public function test_partial_manual_refund_of_one_item(): void {
		$response = $this->rest(
			'POST',
			$this->path( 'refunds' ),
			array(
				'lines'  => array(
					array(
						'id'       => $this->line( 'Blue mug' ),
						'quantity' => 1,
						'amount'   => 8,
					),
				),
				'reason' => 'Chipped handle',
			)
		);
		$this->assertStatus( 201, $response );
		$data = $response->get_data();
		$this->assertSame( 'manual', $data['refund']['method'] );
		$this->assertEquals( 8.0, $data['refund']['amount']['amount'] );
		$this->assertEquals( 8.0, $data['order']['totals']['refunded']['amount'] );
		$this->assertSame( 'event', $data['event']['kind'] );

		$order   = $this->fresh();
		$refunds = $order->get_refunds();
		$this->assertCount( 1, $refunds );
		$this->assertEquals( 8.0, (float) $refunds[0]->get_amount() );
		$this->assertSame( 'Chipped handle', $refunds[0]->get_reason() );
		$this->assertFalse( $refunds[0]->get_refunded_payment() );
		$this->assertSame( -1, (int) $order->get_qty_refunded_for_item( $this->line( 'Blue mug' ) ) );
		$this->assertEquals( 8.0, (float) $order->get_total_refunded_for_item( $this->line( 'Blue mug' ) ) );
		$this->assertSame( 'processing', $order->get_status(), 'a partial refund leaves the status' );
		// 10 in stock, 2 sold, 1 back.
		$this->assertSame( 9, wc_get_product( $this->products['Blue mug']->get_id() )->get_stock_quantity() );

		$note = $this->notes()[0]->content;
		$this->assertStringContainsString( 'manual refund of', $note );
		$this->assertStringContainsString( '1 × Blue mug', $note );
		$this->assertStringContainsString( 'No money was sent', $note );
		$this->assertStringContainsString( 'Storedesk ticket #' . $this->ticket->id(), $note );

		$events = $this->events();
		$this->assertCount( 1, $events );
		$this->assertStringEndsWith( 'refunded ' . $this->price( 8 ) . ' of order #' . $order->get_order_number() . ' (1 × Blue mug) — manual refund, no money sent. Reason: Chipped handle', $events[0]->body );
		$this->assertSame( 'refund', $events[0]->meta['action'] );
		$this->assertSame( $this->order->get_id(), $events[0]->meta['order_id'] );
		$this->assertSame( 'manual', $events[0]->meta['method'] );
		$this->assertEquals( 8.0, $events[0]->meta['amount'] );
		$this->assertSame( $refunds[0]->get_id(), $events[0]->meta['refund_id'] );
		$this->assertSame( get_current_user_id(), $events[0]->author_id );
	}

	/** A quantity alone refunds its price; shipping and a goodwill amount add up. */
	public function test_quantity_shipping_and_amount_add_up(): void {
		$response = $this->rest(
			'POST',
			$this->path( 'refunds' ),
			array(
				'lines'    => array(
					array(
						'id'       => $this->line( 'Lamp' ),
						'quantity' => 1,
					),
				),
				'shipping' => true,
				'amount'   => 2.5,
				'restock'  => false,
			)
		);
		$this->assertStatus( 201, $response );
		$order = $this->fresh();
		$this->assertEquals( 37.5, (float) $order->get_total_refunded() );
		$this->assertEquals( 5.0, (float) $order->get_total_refunded_for_item( $this->line( 'Flat rate' ), 'shipping' ) );
		$this->assertSame( 9, wc_get_product( $this->products['Lamp']->get_id() )->get_stock_quantity(), 'not restocked when asked not to' );
		$this->assertStringContainsString( '(1 × Lamp, shipping)', $this->events()[0]->body );
	}

	/** Through a gateway that refunds: the gateway is asked for the amount, the refund says the money went. */
	public function test_gateway_refund(): void {
		$gateway = $this->refunding_gateway( true );
		$this->order->set_payment_method( $gateway->id );
		$this->order->save();

		$preview = $this->rest( 'POST', $this->path( 'refunds' ), $this->lamp( 'gateway', true ) );
		$this->assertStatus( 200, $preview );
		$this->assertSame( 'gateway', $preview->get_data()['preview']['method'] );
		$this->assertSame( 'Test card', $preview->get_data()['preview']['gateway']['title'] );
		$this->assertTrue( $preview->get_data()['preview']['gateway']['refunds'] );
		$this->assertSame( array(), $gateway->asked, 'a preview asks the gateway nothing' );

		$response = $this->rest( 'POST', $this->path( 'refunds' ), $this->lamp( 'gateway' ) );
		$this->assertStatus( 201, $response );
		$this->assertSame( 'gateway', $response->get_data()['refund']['method'] );
		$this->assertCount( 1, $gateway->asked );
		$this->assertEquals( 30.0, (float) $gateway->asked[0][1] );
		$refunds = $this->fresh()->get_refunds();
		$this->assertCount( 1, $refunds );
		$this->assertTrue( $refunds[0]->get_refunded_payment() );
		$this->assertStringContainsString( 'through Test card from Storedesk ticket #' . $this->ticket->id(), $this->notes()[0]->content );
		$this->assertStringContainsString( '(1 × Lamp) — through Test card', $this->events()[0]->body );
	}

	/** A gateway that says no: nothing recorded anywhere, the gateway's words come back. */
	public function test_failed_gateway_refund_records_nothing(): void {
		$gateway = $this->refunding_gateway( new \WP_Error( 'declined', 'The card network is down' ) );
		$this->order->set_payment_method( $gateway->id );
		$this->order->save();
		$notes = count( $this->notes() );

		$response = $this->rest( 'POST', $this->path( 'refunds' ), $this->lamp( 'gateway' ) );
		$this->assertStatus( 502, $response );
		$this->assertSame( 'storedesk_refund_gateway_failed', $response->get_data()['code'] );
		$this->assertSame( 'Test card did not refund the payment: The card network is down. Nothing was refunded.', $response->get_data()['message'] );
		$this->assertCount( 1, $gateway->asked );
		$order = $this->fresh();
		$this->assertSame( array(), $order->get_refunds() );
		$this->assertEquals( 0.0, (float) $order->get_total_refunded() );
		$this->assertSame( 9, wc_get_product( $this->products['Lamp']->get_id() )->get_stock_quantity(), 'nothing restocked' );
		$this->assertCount( $notes, $this->notes() );
		$this->assertSame( array(), $this->events() );
	}

	/** Asking the gateway of an order whose gateway cannot refund is refused before anything happens. */
	public function test_gateway_refund_refused_when_gateway_cannot(): void {
		$response = $this->rest( 'POST', $this->path( 'refunds' ), $this->lamp( 'gateway' ) );
		$this->assertStatus( 400, $response );
		$this->assertSame( 'storedesk_refund_gateway_unavailable', $response->get_data()['code'] );
		$this->assertSame( array(), $this->fresh()->get_refunds() );
	}

	/** More than remains, of the order, of a line or of its quantity: refused, nothing written. */
	public function test_over_refunds_are_refused(): void {
		$mug   = $this->line( 'Blue mug' );
		$cases = array(
			'storedesk_refund_too_much'     => array( 'amount' => 55.01 ),
			'storedesk_refund_quantity'     => array( 'lines' => array( array( 'id' => $mug, 'quantity' => 3 ) ) ),
			'storedesk_refund_line_invalid' => array( 'lines' => array( array( 'id' => 999999, 'quantity' => 1 ) ) ),
			'storedesk_refund_empty'        => array( 'lines' => array() ),
			'storedesk_refund_conflict'     => array( 'full' => true, 'amount' => 1 ),
		);
		foreach ( $cases as $code => $body ) {
			$response = $this->rest( 'POST', $this->path( 'refunds' ), $body );
			$this->assertStatus( 400, $response );
			$this->assertSame( $code, $response->get_data()['code'], wp_json_encode( $body ) );
		}
		$line = $this->rest( 'POST', $this->path( 'refunds' ), array( 'lines' => array( array( 'id' => $mug, 'amount' => 20.01 ) ) ) );
		$this->assertSame( 'storedesk_refund_too_much', $line->get_data()['code'] );
		$this->assertStringContainsString( 'only ' . $this->price( 20 ) . ' of it is left', $line->get_data()['message'] );

		// After refunding 50.00, 5.01 is too much and 5.00 is not.
		$this->assertStatus( 201, $this->rest( 'POST', $this->path( 'refunds' ), array( 'amount' => 50 ) ) );
		$this->assertSame( 'storedesk_refund_too_much', $this->rest( 'POST', $this->path( 'refunds' ), array( 'amount' => 5.01 ) )->get_data()['code'] );
		$this->assertCount( 1, $this->fresh()->get_refunds() );
		$this->assertCount( 1, $this->events() );
	}

	/** The preview says what, how, what goes back to stock and which email the customer gets; it changes nothing. */
	public function test_preview_changes_nothing(): void {
		$notes    = count( $this->notes() );
		$response = $this->rest(
			'POST',
			$this->path( 'refunds' ),
			array(
				'lines'   => array(
					array(
						'id'       => $this->line( 'Blue mug' ),
						'quantity' => 2,
					),
				),
				'preview' => true,
			)
		);
		$this->assertStatus( 200, $response );
		$preview = $response->get_data()['preview'];
		$this->assertSame( $this->line( 'Blue mug' ), $preview['lines'][0]['id'] );
		$this->assertSame( 2, $preview['lines'][0]['quantity'] );
		$this->assertSame( 2, $preview['lines'][0]['restock'] );
		$this->assertEquals( 20.0, $preview['total']['amount'] );
		$this->assertSame( $this->price( 20 ), $preview['total']['label'] );
		$this->assertEquals( 35.0, $preview['remaining_after']['amount'] );
		$this->assertFalse( $preview['full'] );
		$this->assertNull( $preview['status_after'] );
		$this->assertSame( 'manual', $preview['method'] );
		$this->assertSame( 'Direct bank transfer', $preview['gateway']['title'] );
		$this->assertFalse( $preview['gateway']['refunds'] );
		$this->assertTrue( $preview['restock'] );
		$this->assertContains( 'customer_refunded_order', array_column( $preview['emails'], 'id' ), wp_json_encode( $preview ) );
		$this->assertSame( 'Refund ' . $this->price( 20 ) . ' of order #' . $this->order->get_order_number() . ' (2 × Blue mug) — manual refund, no money sent.', $preview['summary'] );

		$order = $this->fresh();
		$this->assertSame( array(), $order->get_refunds() );
		$this->assertCount( $notes, $this->notes() );
		$this->assertSame( array(), $this->events() );
		$this->assertSame( array(), $GLOBALS['storedesk_test_mails'] );
		$this->assertSame( 8, wc_get_product( $this->products['Blue mug']->get_id() )->get_stock_quantity() );
	}

	/** A full refund: everything that remains, the order becomes Refunded, the preview said so. */
	public function test_full_refund(): void {
		$preview = $this->rest(
			'POST',
			$this->path( 'refunds' ),
			array(
				'full'    => true,
				'preview' => true,
			)
		)->get_data()['preview'];
		$this->assertEquals( 55.0, $preview['total']['amount'] );
		$this->assertTrue( $preview['full'] );
		$this->assertSame( 'refunded', $preview['status_after'] );
		$this->assertCount( 3, $preview['lines'] );

		$this->assertStatus( 201, $this->rest( 'POST', $this->path( 'refunds' ), array( 'full' => true ) ) );
		$order = $this->fresh();
		$this->assertSame( 'refunded', $order->get_status() );
		$this->assertEquals( 55.0, (float) $order->get_total_refunded() );
		$this->assertNotEmpty( $this->mails_to( $order->get_billing_email() ), 'WooCommerce emailed the customer about the refund' );
		$this->assertSame( 'storedesk_refund_nothing_left', $this->rest( 'POST', $this->path( 'refunds' ), array( 'full' => true ) )->get_data()['code'] );
	}

	/**
	 * The lamp, by a method.
	 *
	 * @param string $method  gateway or manual.
	 * @param bool   $preview Only preview.
	 */
	private function lamp( string $method, bool $preview = false ): array {
		return array(
			'lines'   => array(
				array(
					'id'       => $this->line( 'Lamp' ),
					'quantity' => 1,
				),
			),
			'method'  => $method,
			'preview' => $preview,
		);
	}
}
