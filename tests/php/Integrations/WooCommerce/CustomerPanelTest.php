<?php
/**
 * The store beside a conversation.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Integrations\WooCommerce\CustomerPanel;
use Storedesk\Integrations\WooCommerce\Tracking;

/**
 * Whose orders a ticket's customer panel shows, what it adds up, and the
 * linked order in full.
 */
class CustomerPanelTest extends WooCommerceTestCase {

	/**
	 * The account's orders (proven link) and guest orders by address and by
	 * a phone typed differently, newest first; nobody else's.
	 */
	public function test_account_and_guest_orders_newest_first_with_totals(): void {
		$email   = 'emma' . wp_rand() . '@example.test';
		$user    = $this->customer( $email );
		$ticket  = $this->ticket(
			array(
				'contact' => array(
					'name'  => 'Emma',
					'email' => $email,
					'phone' => '+44 7700 900' . wp_rand( 100, 999 ),
				),
			)
		);
		$contact = $this->service( ContactRepository::class )->find( $ticket->contact_id() );
		$this->service( ContactRepository::class )->link_user( $contact->id, $user, 'verified_email' );
		$mug     = $this->product( 'Blue mug', '10.00' );
		$old     = $this->order( array( 'customer_id' => $user, 'email' => $email, 'status' => 'completed', 'days_ago' => 40, 'lines' => array( array( $mug, 1 ) ) ) );
		$account = $this->order( array( 'customer_id' => $user, 'email' => 'other@example.test', 'status' => 'processing', 'days_ago' => 3, 'lines' => array( array( $mug, 2 ) ) ) );
		$guest   = $this->order( array( 'email' => strtoupper( $email ), 'status' => 'on-hold', 'days_ago' => 10, 'lines' => array( array( $mug, 1 ) ) ) );
		$phoned  = $this->order( array( 'email' => 'someone@example.test', 'phone' => '0044 (7700) 900' . substr( (string) $contact->phone, -3 ), 'status' => 'completed', 'days_ago' => 1, 'lines' => array( array( $mug, 3 ) ) ) );
		$cancel  = $this->order( array( 'email' => $email, 'status' => 'cancelled', 'days_ago' => 20 ) );
		$theirs  = $this->order( array( 'email' => 'stranger@example.test', 'status' => 'processing' ) );
		$other   = $this->order( array( 'customer_id' => $this->customer( 'x' . wp_rand() . '@example.test' ), 'email' => $email ) );

		$panel = $this->service( CustomerPanel::class )->for_ticket( $ticket );

		$this->assertSame( $user, $panel['customer']['id'] );
		$this->assertSame( array( $phoned->get_id(), $account->get_id(), $guest->get_id(), $cancel->get_id(), $old->get_id() ), array_column( $panel['orders'], 'id' ) );
		$this->assertNotContains( $theirs->get_id(), array_column( $panel['orders'], 'id' ) );
		$this->assertNotContains( $other->get_id(), array_column( $panel['orders'], 'id' ), 'an order of another account, even from the same address' );
		$first = $panel['orders'][0];
		$this->assertSame( 'completed', $first['status'] );
		$this->assertSame( 'Completed', $first['status_label'] );
		$this->assertSame( array( array( 'name' => 'Blue mug', 'quantity' => 3 ) ), $first['items'] );
		$this->assertStringContainsString( '35', $first['total_label'], 'three mugs and shipping' );
		// Paid: the completed and processing orders, WooCommerce's own figure for the account
		// (its count is every order), plus the guest orders in paid statuses.
		$this->assertSame( 5, $panel['stats']['orders'] );
		$this->assertEqualsWithDelta( 15.0 + 25.0 + 35.0, $panel['stats']['spent_amount'], 0.001 );
		$this->assertSame( wc_format_datetime( $old->get_date_created() ), $panel['stats']['first_order'] );
	}

	/** A link to an account nobody proved shows only the guest orders of its addresses. */
	public function test_an_unproven_account_link_shows_no_account_orders(): void {
		$email  = 'liam' . wp_rand() . '@example.test';
		$user   = $this->customer( $email );
		$ticket = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		$this->service( ContactRepository::class )->link_user( $ticket->contact_id(), $user, 'legacy_email' );
		$this->order( array( 'customer_id' => $user, 'email' => 'elsewhere@example.test' ) );
		$guest = $this->order( array( 'email' => $email ) );

		$panel = $this->service( CustomerPanel::class )->for_ticket( $ticket );

		$this->assertNull( $panel['customer'] );
		$this->assertSame( array( $guest->get_id() ), array_column( $panel['orders'], 'id' ) );
	}

	/** The linked order with lines, thumbnails, shipping, tracking, refunds and only the notes the customer saw. */
	public function test_the_linked_order_in_full(): void {
		$email = 'noah' . wp_rand() . '@example.test';
		$mug   = $this->product( 'Blue mug', '10.00' );
		$image = self::factory_image();
		$mug->set_image_id( $image );
		$mug->save();
		$order = $this->order( array( 'email' => $email, 'status' => 'completed', 'lines' => array( array( $mug, 2 ), array( $this->product( 'Teapot', '30.00' ), 1 ) ) ) );
		$order->update_meta_data(
			Tracking::META,
			array(
				array(
					'tracking_provider'        => 'royal-mail',
					'custom_tracking_provider' => '',
					'custom_tracking_link'     => '',
					'tracking_number'          => 'RM123456789GB',
					'date_shipped'             => time(),
					'tracking_id'              => 'a1',
				),
			)
		);
		$order->save();
		$order->add_order_note( 'Packed by Sam.' );
		$order->add_order_note( 'Your parcel is on its way.', 1 );
		$mug_line = array_key_first( $order->get_items() );
		$refund   = wc_create_refund(
			array(
				'order_id'   => $order->get_id(),
				'amount'     => 10,
				'reason'     => 'Chipped',
				'line_items' => array(
					$mug_line => array(
						'qty'          => 1,
						'refund_total' => 10,
					),
				),
			)
		);
		$this->assertInstanceOf( \WC_Order_Refund::class, $refund );
		$ticket = $this->ticket(
			array(
				'contact'  => array( 'email' => $email ),
				'order_id' => $order->get_id(),
			)
		);

		$linked = $this->service( CustomerPanel::class )->for_ticket( $ticket )['order'];

		$this->assertSame( $order->get_id(), $linked['id'] );
		$this->assertTrue( $linked['is_customers'] );
		$this->assertSame( array( 'Blue mug', 'Teapot' ), array_column( $linked['lines'], 'name' ) );
		$this->assertSame( 2, $linked['lines'][0]['quantity'] );
		$this->assertSame( 1, $linked['lines'][0]['refunded_quantity'] );
		$this->assertEqualsWithDelta( 10.0, $linked['lines'][0]['price']['amount'], 0.001 );
		$this->assertEqualsWithDelta( 10.0, $linked['lines'][0]['refunded']['amount'], 0.001 );
		$this->assertStringContainsString( 'uploads', (string) $linked['lines'][0]['thumbnail'] );
		$this->assertNull( $linked['lines'][1]['thumbnail'] );
		$this->assertSame( 'Flat rate', $linked['shipping_method'] );
		$this->assertContains( '1 Harbour Street', $linked['shipping_address'] );
		$this->assertSame( 'Direct bank transfer', $linked['payment_method'] );
		$this->assertFalse( $linked['gateway_refunds'], 'bank transfers are refunded by hand' );
		$this->assertSame( 'RM123456789GB', $linked['tracking'][0]['number'] );
		$this->assertStringContainsString( 'royalmail.com', (string) $linked['tracking'][0]['url'] );
		$this->assertSame( 'Chipped', $linked['refunds'][0]['reason'] );
		$this->assertTrue( $linked['refunds'][0]['manual'] );
		$this->assertEqualsWithDelta( 45.0, $linked['totals']['net']['amount'], 0.001, '2 × 10 + 30 + 5 shipping − 10' );
		$this->assertSame( array( 'Your parcel is on its way.' ), array_column( $linked['notes'], 'content' ), 'private notes stay private' );
	}

	/**
	 * Each line's refunded quantity and amount add up every refund of it, as
	 * WooCommerce's own per-line figures do; a trashed order stays the ticket's.
	 */
	public function test_refunds_add_up_per_line_as_woocommerce_counts_them(): void {
		$email             = 'hana' . wp_rand() . '@example.test';
		$order             = $this->order( array( 'email' => $email, 'status' => 'completed', 'lines' => array( array( $this->product( 'Cup', '6.00' ), 3 ), array( $this->product( 'Jug', '20.00' ), 1 ) ) ) );
		list( $cup, $jug ) = array_keys( $order->get_items() );
		foreach ( array( array( $cup, 1, 6 ), array( $cup, 1, 4.5 ), array( $jug, 1, 20 ) ) as list( $line, $qty, $amount ) ) {
			$this->assertInstanceOf(
				\WC_Order_Refund::class,
				wc_create_refund(
					array(
						'order_id'   => $order->get_id(),
						'amount'     => $amount,
						'line_items' => array(
							$line => array(
								'qty'          => $qty,
								'refund_total' => $amount,
							),
						),
					)
				)
			);
		}
		$ticket = $this->ticket(
			array(
				'contact'  => array( 'email' => $email ),
				'order_id' => $order->get_id(),
			)
		);
		$order  = wc_get_order( $order->get_id() );

		$lines = $this->service( CustomerPanel::class )->for_ticket( $ticket )['order']['lines'];

		$this->assertSame( array( 2, 1 ), array_column( $lines, 'refunded_quantity' ) );
		$this->assertSame( array( abs( $order->get_qty_refunded_for_item( $cup ) ), abs( $order->get_qty_refunded_for_item( $jug ) ) ), array_column( $lines, 'refunded_quantity' ) );
		$this->assertEqualsWithDelta( 10.5, $lines[0]['refunded']['amount'], 0.001 );
		$this->assertEqualsWithDelta( $order->get_total_refunded_for_item( $cup ), $lines[0]['refunded']['amount'], 0.001 );
		$this->assertEqualsWithDelta( 20.0, $lines[1]['refunded']['amount'], 0.001 );
		$this->assertCount( 3, $this->service( CustomerPanel::class )->for_ticket( $ticket )['order']['refunds'] );

		$id = $order->get_id();
		$order->delete( false );
		$this->assertSame( 'trash', wc_get_order( $id )->get_status() );
		$this->assertSame( $id, $this->service( CustomerPanel::class )->for_ticket( $ticket )['order']['id'] ?? null, 'an order in the trash is still the one the ticket is about' );
	}

	/** An uploaded image attachment, for a product's thumbnail. */
	private static function factory_image(): int {
		$upload = wp_upload_bits( 'mug' . wp_rand() . '.png', null, (string) base64_decode( 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- a 1×1 PNG.
		return (int) wp_insert_attachment(
			array(
				'post_mime_type' => 'image/png',
				'post_title'     => 'Mug',
				'post_status'    => 'inherit',
			),
			$upload['file']
		);
	}
}
