<?php
/**
 * A refund, from a ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use Storedesk\Install\Roles;
use Storedesk\Tickets\Ticket;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Refunds through wc_create_refund(), WooCommerce's one way to refund, so
 * stock, downloads, the order's status and the customer's refund email
 * follow as they would from the order screen. Money goes back through the
 * payment gateway only when the agent asks and the gateway can; otherwise
 * the refund is manual, and the order note says plainly that no money was
 * sent. When the gateway refuses, WooCommerce deletes the refund it had
 * saved and restocks nothing, and nothing of ours is written either.
 */
class RefundOrder {

	/**
	 * Builds the action.
	 *
	 * @param OrderTrail $trail Note and event.
	 */
	public function __construct( private OrderTrail $trail ) {}

	/**
	 * Refunds, notes it on the order and in the thread.
	 *
	 * @param Ticket    $ticket Ticket acted from.
	 * @param \WC_Order $order  The ticket's order (TicketOrder).
	 * @param array     $ask    full, lines, shipping, amount (RefundPlan) and method, restock, reason.
	 * @return array{refund: \WC_Order_Refund, event: ?\Storedesk\Messages\Message}|WP_Error
	 */
	public function refund( Ticket $ticket, \WC_Order $order, array $ask ) {
		$ask  = self::defaults( $ask );
		$plan = $this->check( $order, $ask );
		if ( is_wp_error( $plan ) ) {
			return $plan;
		}
		$gateway = 'gateway' === $ask['method'];
		$reason  = $ask['reason'];
		$refund  = wc_create_refund(
			array(
				'amount'         => wc_format_decimal( $plan->total, wc_get_price_decimals() ),
				'reason'         => $reason,
				'order_id'       => $order->get_id(),
				'line_items'     => $plan->line_items(),
				'refund_payment' => $gateway,
				'restock_items'  => $ask['restock'],
			)
		);
		if ( is_wp_error( $refund ) ) {
			return $gateway
				/* translators: 1: payment gateway, 2: its error */
				? new WP_Error( 'storedesk_refund_gateway_failed', sprintf( __( '%1$s did not refund the payment: %2$s Nothing was refunded.', 'storedesk' ), RefundWords::gateway_title( $order ), RefundWords::sentence_end( $refund->get_error_message() ) ), array( 'status' => 502 ) )
				/* translators: %s: WooCommerce's error */
				: new WP_Error( 'storedesk_refund_failed', sprintf( __( 'WooCommerce did not record the refund: %s', 'storedesk' ), $refund->get_error_message() ), array( 'status' => 500 ) );
		}
		$agent = $this->trail->agent();
		$note  = $gateway
			/* translators: 1: agent, 2: amount and lines, 3: payment gateway, 4: "Storedesk ticket #12" */
			? sprintf( __( '%1$s refunded %2$s through %3$s from %4$s.', 'storedesk' ), $agent, RefundWords::what( $order, $plan ), RefundWords::gateway_title( $order ), $this->trail->ticket_ref( $ticket ) )
			/* translators: 1: agent, 2: amount and lines, 3: "Storedesk ticket #12" */
			: sprintf( __( '%1$s recorded a manual refund of %2$s from %3$s. No money was sent: pay the customer back outside WooCommerce.', 'storedesk' ), $agent, RefundWords::what( $order, $plan ), $this->trail->ticket_ref( $ticket ) );
		$this->trail->note( $order, $ticket, $note );
		$body = sprintf(
			/* translators: 1: agent, 2: what was refunded, e.g. "€12.00 of order #123 (1 × Blue mug) — manual refund" */
			__( '%1$s refunded %2$s.', 'storedesk' ),
			$agent,
			RefundWords::sentence( $order, $plan, $ask['method'] )
		) . ( '' !== $reason ? ' ' . sprintf( /* translators: %s: refund reason */ __( 'Reason: %s', 'storedesk' ), $reason ) : '' );
		$event = $this->trail->event(
			$ticket,
			$order,
			'refund',
			$body,
			array(
				'refund_id' => $refund->get_id(),
				'amount'    => $plan->total,
				'currency'  => $order->get_currency(),
				'method'    => $ask['method'],
				'full'      => $plan->full,
				'restock'   => $ask['restock'],
				'reason'    => $reason,
				'lines'     => array_map(
					static fn( $l ) => array(
						'id'       => $l['id'],
						'quantity' => $l['quantity'],
						'amount'   => RefundPlan::amount( $l['amount'] ),
					),
					$plan->lines
				),
			)
		);
		return array(
			'refund' => $refund,
			'event'  => $event,
		);
	}

	/**
	 * The checked plan, or why the refund cannot be done: the agent's
	 * capability, a gateway that can refund when asked, what remains.
	 *
	 * @param \WC_Order $order Order.
	 * @param array     $ask   Request.
	 * @return RefundPlan|WP_Error
	 */
	public function check( \WC_Order $order, array $ask ) {
		if ( ! current_user_can( Roles::REFUND_ORDERS ) ) {
			return new WP_Error( 'storedesk_forbidden', __( 'You are not allowed to refund orders.', 'storedesk' ), array( 'status' => 403 ) );
		}
		$gateway = wc_get_payment_gateway_by_order( $order );
		if ( 'gateway' === $ask['method'] && ! ( $gateway && $gateway->can_refund_order( $order ) ) ) {
			/* translators: %s: payment method */
			return new WP_Error( 'storedesk_refund_gateway_unavailable', sprintf( __( '%s cannot refund this order automatically. Record a manual refund and pay the customer back yourself.', 'storedesk' ), RefundWords::gateway_title( $order ) ), array( 'status' => 400 ) );
		}
		return RefundPlan::of( $order, $ask );
	}

	/**
	 * A request with its defaults: manual, restock, no reason.
	 *
	 * @param array $ask Request.
	 */
	public static function defaults( array $ask ): array {
		return array(
			'method'  => 'gateway' === ( $ask['method'] ?? '' ) ? 'gateway' : 'manual',
			'restock' => (bool) ( $ask['restock'] ?? true ),
			'reason'  => sanitize_text_field( (string) ( $ask['reason'] ?? '' ) ),
		) + $ask;
	}
}
