<?php
/**
 * Order emails sent again from a ticket.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Actions;

/**
 * The emails WooCommerce's order actions offer for the order's state are
 * listed and sent again, with a note and a thread event.
 */
class ResendOrderEmailTest extends OrderActionTestCase {

	/** A processing order: order details, the processing email, the shop's new-order email. */
	public function test_lists_what_fits_the_order(): void {
		$response = $this->rest( 'GET', $this->path( 'emails' ) );
		$this->assertStatus( 200, $response );
		$emails = array_column( $response->get_data(), null, 'id' );
		$this->assertEqualsCanonicalizing( array( 'new_order', 'customer_invoice', 'customer_processing_order' ), array_keys( $emails ) );
		$this->assertSame( 'customer', $emails['customer_invoice']['to'] );
		$this->assertSame( $this->order->get_billing_email(), $emails['customer_invoice']['recipient'] );
		$this->assertSame( 'store', $emails['new_order']['to'] );
		$this->assertNotSame( '', $emails['customer_processing_order']['title'] );
	}

	/** Sends the chosen email to the customer and records it on both sides. */
	public function test_resends_the_chosen_email(): void {
		$fired = array();
		add_action(
			'woocommerce_after_resend_order_email',
			static function ( $order, $id ) use ( &$fired ) {
				$fired[] = $id;
			},
			10,
			2
		);
		$response = $this->rest( 'POST', $this->path( 'emails' ), array( 'email' => 'customer_processing_order' ) );
		$this->assertStatus( 200, $response );
		$this->assertSame( 'customer_processing_order', $response->get_data()['email']['id'] );
		$this->assertSame( array( 'customer_processing_order' ), $fired );
		$mails = $this->mails_to( $this->order->get_billing_email() );
		$this->assertCount( 1, $mails );
		$this->assertStringContainsString( (string) $this->order->get_order_number(), $mails[0]['message'] );
		$this->assertStringContainsString( 'sent again to ' . $this->order->get_billing_email(), $this->notes()[0]->content );
		$this->assertStringContainsString( 'Storedesk ticket #' . $this->ticket->id(), $this->notes()[0]->content );
		$event = $this->events()[0];
		$this->assertSame( 'email', $event->meta['action'] );
		$this->assertSame( 'customer_processing_order', $event->meta['email'] );

		$this->assertStatus( 200, $this->rest( 'POST', $this->path( 'emails' ), array( 'email' => 'customer_invoice' ) ) );
		$this->assertCount( 2, $this->mails_to( $this->order->get_billing_email() ) );
	}

	/** An email that does not fit the order is refused. */
	public function test_email_that_does_not_fit_is_refused(): void {
		$response = $this->rest( 'POST', $this->path( 'emails' ), array( 'email' => 'customer_completed_order' ) );
		$this->assertStatus( 400, $response );
		$this->assertSame( 'storedesk_order_email_unavailable', $response->get_data()['code'] );
		$this->assertSame( array(), $GLOBALS['storedesk_test_mails'] );
		$this->assertSame( array(), $this->events() );
	}
}
