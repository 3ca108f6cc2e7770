<?php
/**
 * Order details as placeholders in replies and emails.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Storedesk\Integrations\WooCommerce\Tracking;
use Storedesk\Messages\MessageRepository;
use Storedesk\Notifications\EmailBuilder;

/**
 * {order_number} and the rest come from the ticket's linked order; with no
 * order linked a reply that uses them is stopped, not sent with holes.
 */
class OrderPlaceholdersTest extends WooCommerceTestCase {

	/** A reply is stored and sent with the order's values, escaped, items one per line. */
	public function test_a_reply_gets_the_linked_orders_values(): void {
		$order = $this->order(
			array(
				'status' => 'completed',
				'lines'  => array( array( $this->product( 'Mug <Blue>', '10.00' ), 2 ), array( $this->product( 'Teapot', '30.00' ), 1 ) ),
			)
		);
		$order->set_billing_first_name( 'Zoë' );
		$order->update_meta_data(
			Tracking::META,
			array(
				array(
					'tracking_provider' => 'ups',
					'tracking_number'   => '1Z999',
				),
			)
		);
		$order->save();
		$ticket = $this->ticket( array( 'order_id' => $order->get_id() ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );

		$response = $this->rest(
			'POST',
			'/storedesk/v1/tickets/' . $ticket->id() . '/messages',
			array(
				'kind' => 'reply',
				'body' => '<p>Hi {customer_first_name}, order {order_number} is {order_status} ({order_total}):</p><p>{order_items}</p><p>{tracking_link} {unknown}</p>',
			)
		);

		$this->assertStatus( 201, $response );
		$body = $this->service( MessageRepository::class )->find( $response->get_data()['id'] )->body;
		$this->assertStringContainsString( 'Hi Zoë, order ' . $order->get_order_number() . ' is Completed (', $body );
		$this->assertStringContainsString( '55.00', $body, 'two mugs, a teapot and shipping' );
		$this->assertStringContainsString( '2 × Mug &lt;Blue&gt;<br>', $body );
		$this->assertStringContainsString( '1 × Teapot', $body );
		$this->assertStringContainsString( 'https://www.ups.com/track?tracknum=1Z999', $body );
		$this->assertStringContainsString( '{unknown}', $body, 'what is no placeholder stays as typed' );
	}

	/** Without a linked order the reply is refused in words and nothing is stored. */
	public function test_a_reply_using_order_placeholders_needs_an_order(): void {
		$ticket = $this->ticket();
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$before = $this->rows( 'messages' );

		$response = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => '<p>Your order {order_number} is on its way.</p>' ) );

		$this->assertStatus( 400, $response );
		$this->assertSame( 'storedesk_placeholder_empty', $response->get_data()['code'] );
		$this->assertStringContainsString( '{order_number}', $response->get_data()['message'] );
		$this->assertSame( $before, $this->rows( 'messages' ) );
		$note = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'note', 'body' => '<p>Ask for {order_number}</p>' ) );
		$this->assertStatus( 201, $note, 'a note to colleagues is not filled in' );
	}

	/** The emails a manager words offer and fill the order placeholders. */
	public function test_email_texts_use_order_placeholders(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$types = $this->rest( 'GET', '/storedesk/v1/email-templates' )->get_data();
		$this->assertContains( '{order_number}', $types[0]['placeholders'] );
		$this->assertContains( '{customer_first_name}', $types[0]['placeholders'] );

		$order  = $this->order();
		$ticket = $this->ticket( array( 'order_id' => $order->get_id() ) );
		$email  = $this->service( EmailBuilder::class )->build(
			'customer-reply',
			'dana@example.test',
			$ticket,
			array(
				'texts' => array(
					'subject' => 'About order {order_number}',
					'intro'   => 'Status: {order_status}',
				),
			)
		);
		$this->assertStringEndsWith( 'About order ' . $order->get_order_number(), $email->subject );
		$this->assertStringContainsString( 'Status: Processing', $email->text );
	}
}
