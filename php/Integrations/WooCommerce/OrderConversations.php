<?php
/**
 * The conversations about one order.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\Intake;
use Storedesk\Conversations\Outbound;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketIndex;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Lists an order's tickets and lets the store write first about an order:
 * the agent's message opens the conversation, linked to the order and
 * waiting on the customer, and leaves by email like any reply.
 */
class OrderConversations {

	/**
	 * Builds the service.
	 *
	 * @param TicketIndex $index    Tickets by order.
	 * @param Intake      $intake   The one way a conversation starts.
	 * @param Outbound    $outbound The one way a message leaves.
	 */
	public function __construct( private TicketIndex $index, private Intake $intake, private Outbound $outbound ) {}

	/**
	 * The order's tickets the current user may see, newest first.
	 *
	 * @param int $order_id Order.
	 * @return Ticket[]
	 */
	public function visible( int $order_id ): array {
		$ids = array_reverse( $this->index->ids_of( 'order_id', $order_id ) );
		return array_values( array_filter( $this->index->get_many( array_slice( $ids, 0, 50 ) ), static fn( Ticket $t ) => current_user_can( 'storedesk_view_ticket', $t->id() ) ) );
	}

	/**
	 * Opens a conversation with the order's customer and emails the first message.
	 *
	 * @param \WC_Order $order   Order.
	 * @param string    $subject Subject.
	 * @param string    $body    The agent's message, plain text.
	 * @param int       $agent   The agent who writes.
	 * @return Ticket|WP_Error
	 */
	public function start( \WC_Order $order, string $subject, string $body, int $agent ) {
		$email = (string) $order->get_billing_email();
		if ( ! is_email( $email ) ) {
			return new WP_Error( 'storedesk_order_no_email', __( 'This order has no billing email to write to.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( '' === trim( $body ) ) {
			return new WP_Error( 'storedesk_empty_message', __( 'Write the message to send.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$received = $this->intake->receive(
			new InboundMessage(
				channel: 'email',
				source: 'agent',
				address: $email,
				name: $order->get_formatted_billing_full_name(),
				also: array( array( 'phone', (string) $order->get_billing_phone() ) ),
				subject: '' !== trim( $subject ) ? $subject : sprintf( /* translators: %s: order number */ __( 'Your order #%s', 'storedesk' ), $order->get_order_number() ),
				body: $body,
				format: 'text',
				kind: 'reply',
				actor_id: $agent,
				ticket: array(
					'order_id' => $order->get_id(),
					'status'   => 'pending',
				),
			)
		);
		if ( is_wp_error( $received ) ) {
			return $received;
		}
		$this->outbound->send( $received->ticket, $received->message, 'customer-reply' );
		return $received->ticket;
	}
}
