<?php
/**
 * The order screen's conversations box and the orders list column.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Admin;

use Storedesk\Integrations\WooCommerce\Admin\OrderBox;
use Storedesk\Integrations\WooCommerce\Admin\OrdersColumn;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tests\Integrations\WooCommerce\WooCommerceTestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * The box lists an order's conversations and opens a new one by email;
 * the orders list counts what is unresolved. Either order storage.
 */
class OrderBoxTest extends WooCommerceTestCase {

	/** The box is on the order screen for agents, not for others. */
	public function test_box_on_the_order_screen_for_agents(): void {
		global $wp_meta_boxes, $current_screen;
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		require_once ABSPATH . 'wp-admin/includes/template.php';
		// WooCommerce names the order screen only in wp-admin.
		$before         = $current_screen;
		$current_screen = \WP_Screen::get( 'dashboard' ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- restored below.
		$screen         = \Automattic\WooCommerce\Utilities\OrderUtil::get_order_admin_screen();
		$box            = $this->service( OrderBox::class );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$box->add( $screen );
		$this->assertFalse( isset( $wp_meta_boxes[ $screen ]['side']['high']['storedesk-conversations'] ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$box->add( $screen );
		$this->assertTrue( isset( $wp_meta_boxes[ $screen ]['side']['high']['storedesk-conversations'] ) );
		unset( $wp_meta_boxes[ $screen ] );
		$current_screen = $before; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	}

	/** The order's conversations the agent may see, and the form, for an order or its post. */
	public function test_lists_the_orders_conversations(): void {
		$order   = $this->order( array( 'email' => 'box' . wp_rand() . '@example.test' ) );
		$ticket  = $this->ticket(
			array(
				'subject'  => 'Parcel & "late"',
				'order_id' => $order->get_id(),
			)
		);
		$other   = $this->ticket( array( 'subject' => 'Another order' ) );
		$manager = $this->user( 'storedesk_manager' );
		wp_set_current_user( $manager );

		foreach ( array( $order, get_post( $order->get_id() ) ) as $object ) {
			if ( ! $object ) {
				continue; // Custom order tables keep a placeholder post only with sync on.
			}
			ob_start();
			$this->service( OrderBox::class )->render( $object );
			$html = (string) ob_get_clean();
			$this->assertStringContainsString( '#' . $ticket->id() . ' Parcel &amp; &quot;late&quot;', $html );
			$this->assertStringNotContainsString( 'Another order', $html );
			$this->assertStringContainsString( 'name="storedesk_message"', $html );
			$this->assertStringContainsString( 'formaction="' . esc_url( admin_url( 'admin-post.php?action=' . OrderBox::ACTION ) ) . '"', $html );
		}
		$this->assertGreaterThan( 0, $other->id() );
	}

	/** "New conversation" opens a pending ticket linked to the order, with the agent's message emailed. */
	public function test_new_conversation_from_the_order(): void {
		$email = 'first' . wp_rand() . '@example.test';
		$order = $this->order( array( 'email' => $email ) );
		$agent = $this->user( 'storedesk_agent' );
		wp_set_current_user( $agent );

		$url = $this->service( OrderBox::class )->respond(
			array(
				'storedesk_order'   => (string) $order->get_id(),
				'storedesk_subject' => 'Your parcel',
				'storedesk_message' => "We are sorry: the parcel is delayed.\nIt leaves tomorrow.",
			)
		);

		$this->assertMatchesRegularExpression( '~admin\.php\?page=storedesk#/tickets/(\d+)$~', $url );
		preg_match( '~/tickets/(\d+)$~', $url, $m );
		$ticket = $this->service( TicketRepository::class )->find( (int) $m[1] );
		$this->assertSame( $order->get_id(), (int) $ticket->get( 'order_id' ) );
		$this->assertSame( 'pending', $ticket->status() );
		$this->assertSame( 'Your parcel', $ticket->get( 'subject' ) );
		$first = $this->service( MessageRepository::class )->thread( $ticket->id() )[0][0];
		$this->assertSame( 'reply', $first->kind );
		$this->assertSame( $agent, $first->author_id );
		$this->run_jobs();
		// WooCommerce's own "order received" to the same address is not ours.
		$sent = array_values( array_filter( $GLOBALS['storedesk_test_mails'], static fn( $mail ) => in_array( $email, (array) $mail['to'], true ) && str_contains( (string) $mail['subject'], '[#' ) ) );
		$this->assertCount( 1, $sent, 'the agent\'s message, and no acknowledgement: ' . implode( ' / ', array_column( $sent, 'subject' ) ) );
		$this->assertStringContainsString( 'the parcel is delayed', (string) $sent[0]['message'] );

		$empty = $this->service( OrderBox::class )->respond( array( 'storedesk_order' => (string) $order->get_id() ) );
		$this->assertStringContainsString( 'storedesk_error=', $empty );
		$this->assertStringContainsString( rawurlencode( 'Write the message to send.' ), $empty );
	}

	/** The list shows how many of an order's conversations are unresolved. */
	public function test_orders_column_counts_unresolved(): void {
		$busy  = $this->order();
		$quiet = $this->order();
		$this->ticket( array( 'order_id' => $busy->get_id() ) );
		$this->ticket(
			array(
				'order_id' => $busy->get_id(),
				'status'   => 'pending',
			)
		);
		$this->ticket(
			array(
				'order_id' => $quiet->get_id(),
				'status'   => 'resolved',
			)
		);
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$column = $this->service( OrdersColumn::class );

		$columns = $column->columns(
			array(
				'order_number' => 'Order',
				'order_status' => 'Status',
				'order_total'  => 'Total',
			)
		);
		$this->assertSame( array( 'order_number', 'order_status', OrdersColumn::COLUMN, 'order_total' ), array_keys( $columns ) );
		ob_start();
		$column->cell( OrdersColumn::COLUMN, $busy );
		$column->cell( OrdersColumn::COLUMN, $quiet->get_id() );
		$column->cell( 'order_total', $busy );
		$this->assertSame( '<mark class="order-status status-on-hold"><span>2 open</span></mark>', ob_get_clean() );
	}
}
