<?php
/**
 * Order facts as ticket attributes, for rules.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Storedesk\Tickets\TicketAttributes;

/**
 * A ticket's attributes carry its order's total, status and categories and
 * the customer's lifetime figures; without an order, neutral values.
 */
class OrderAttributesTest extends WooCommerceTestCase {

	/** The linked order and the customer's history. */
	public function test_order_facts(): void {
		$cat = wp_insert_term( 'Kitchen ' . wp_rand(), 'product_cat' );
		$mug = $this->product( 'Mug', '10.00' );
		wp_set_object_terms( $mug->get_id(), array( (int) $cat['term_id'] ), 'product_cat' );
		$mail = 'attr' . wp_rand() . '@example.test';
		$this->order( array( 'email' => $mail, 'status' => 'completed', 'days_ago' => 30 ) );
		$order  = $this->order( array( 'email' => $mail, 'status' => 'on-hold', 'lines' => array( array( $mug, 3 ) ) ) );
		$ticket = $this->ticket(
			array(
				'contact'  => array( 'email' => $mail ),
				'order_id' => $order->get_id(),
			)
		);

		$attributes = $this->service( TicketAttributes::class )->of( $ticket );

		$this->assertTrue( $attributes['has_order'] );
		$this->assertEqualsWithDelta( 35.0, $attributes['order_total'], 0.001 );
		$this->assertSame( 'on-hold', $attributes['order_status'] );
		$this->assertSame( array( get_term( (int) $cat['term_id'] )->slug ), $attributes['order_categories'] );
		$this->assertSame( 2, $attributes['order_count'] );
		$this->assertEqualsWithDelta( 30.0, $attributes['lifetime_spend'], 0.001, 'the completed order; on hold is not paid' );
		$this->assertSame( 'open', $attributes['status'] );
	}

	/** No order, no customer history. */
	public function test_without_an_order(): void {
		$attributes = $this->service( TicketAttributes::class )->of( $this->ticket() );
		$this->assertFalse( $attributes['has_order'] );
		$this->assertSame( '', $attributes['order_status'] );
		$this->assertSame( array(), $attributes['order_categories'] );
		$this->assertSame( 0, $attributes['order_count'] );
	}
}
