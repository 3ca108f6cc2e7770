<?php
/**
 * An order email sent again, from a ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use Storedesk\Install\Roles;
use Storedesk\Tickets\Ticket;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * "I never got the confirmation" is answered by sending WooCommerce's own
 * email again, as its "Order actions" box and its order-actions REST
 * route do: the same triggers, and the same before/after resend hooks
 * around them, so extensions that add to those emails still do.
 */
class ResendOrderEmail {

	/**
	 * Builds the action.
	 *
	 * @param OrderTrail  $trail  Note and event.
	 * @param OrderEmails $emails Which emails can be sent again.
	 */
	public function __construct( private OrderTrail $trail, private OrderEmails $emails ) {}

	/**
	 * The emails that can be sent again, as the API shows them.
	 *
	 * @param \WC_Order $order Order.
	 * @return array[]
	 */
	public function available( \WC_Order $order ): array {
		return array_values( array_map( fn( $e ) => $this->emails->describe( $e, $order ), $this->emails->resendable( $order ) ) );
	}

	/**
	 * Sends the email, notes it on the order and in the thread.
	 *
	 * @param Ticket    $ticket   Ticket acted from.
	 * @param \WC_Order $order    The ticket's order (TicketOrder).
	 * @param string    $email_id WooCommerce email id, such as customer_invoice.
	 * @return array{email: array, event: ?\Storedesk\Messages\Message}|WP_Error
	 */
	public function send( Ticket $ticket, \WC_Order $order, string $email_id ) {
		if ( ! current_user_can( Roles::ORDER_EMAILS ) ) {
			return new WP_Error( 'storedesk_forbidden', __( 'You are not allowed to resend order emails.', 'storedesk' ), array( 'status' => 403 ) );
		}
		$email = $this->emails->resendable( $order )[ $email_id ] ?? null;
		if ( ! $email ) {
			/* translators: %s: email id */
			return new WP_Error( 'storedesk_order_email_unavailable', sprintf( __( 'The “%s” email cannot be sent again for this order in its current state.', 'storedesk' ), $email_id ), array( 'status' => 400 ) );
		}
		$shown = $this->emails->describe( $email, $order );
		// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's hooks, fired as its order actions fire them.
		/** This action is documented in woocommerce/includes/admin/meta-boxes/class-wc-meta-box-order-actions.php */
		do_action( 'woocommerce_before_resend_order_emails', $order, $email_id );
		// Gateways and shipping add their instructions to the emails.
		WC()->payment_gateways();
		WC()->shipping();
		$this->trigger( $email, $order );
		/** This action is documented in woocommerce/includes/admin/meta-boxes/class-wc-meta-box-order-actions.php */
		do_action( 'woocommerce_after_resend_order_email', $order, $email_id );
		// phpcs:enable
		$agent = $this->trail->agent();
		$this->trail->note(
			$order,
			$ticket,
			/* translators: 1: email title, 2: recipient, 3: agent, 4: "Storedesk ticket #12" */
			sprintf( __( '“%1$s” email sent again to %2$s by %3$s from %4$s.', 'storedesk' ), $shown['title'], $shown['recipient'], $agent, $this->trail->ticket_ref( $ticket ) )
		);
		$event = $this->trail->event(
			$ticket,
			$order,
			'email',
			/* translators: 1: agent, 2: email title, 3: order number, 4: recipient */
			sprintf( __( '%1$s sent the “%2$s” email of order #%3$s again to %4$s.', 'storedesk' ), $agent, $shown['title'], $order->get_order_number(), $shown['recipient'] ),
			array(
				'email'     => $shown['id'],
				'recipient' => $shown['recipient'],
			)
		);
		return array(
			'email' => $shown,
			'event' => $event,
		);
	}

	/**
	 * Fires the email the way WooCommerce's order actions do.
	 *
	 * @param \WC_Email $email Email.
	 * @param \WC_Order $order Order.
	 */
	private function trigger( \WC_Email $email, \WC_Order $order ): void {
		// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound, WordPress.NamingConventions.ValidHookName.UseUnderscores -- WooCommerce's hooks.
		switch ( OrderEmails::id_of( $email ) ) {
			case 'customer_invoice':
				WC()->mailer()->customer_invoice( $order );
				break;
			case 'new_order':
				// The new-order email refuses to go twice unless told it may.
				add_filter( 'woocommerce_new_order_email_allows_resend', '__return_true' );
				if ( $email instanceof \WC_Email_New_Order ) {
					$email->trigger( $order->get_id(), $order );
				}
				remove_filter( 'woocommerce_new_order_email_allows_resend', '__return_true' );
				break;
			case 'customer_completed_order':
				do_action( 'woocommerce_order_status_completed_notification', $order->get_id(), $order );
				break;
			case 'customer_failed_order':
				do_action( 'woocommerce_order_status_failed_notification', $order->get_id(), $order );
				break;
			case 'customer_on_hold_order':
				do_action( 'woocommerce_order_status_pending_to_on-hold_notification', $order->get_id(), $order );
				break;
			case 'customer_processing_order':
				do_action( 'woocommerce_order_status_pending_to_processing_notification', $order->get_id(), $order );
				break;
			case 'customer_refunded_order':
				if ( $order->get_refunds() && (float) $order->get_remaining_refund_amount() > 0 ) {
					do_action( 'woocommerce_order_partially_refunded_notification', $order->get_id() );
				} else {
					do_action( 'woocommerce_order_fully_refunded_notification', $order->get_id() );
				}
				break;
			default:
				/** This action is documented in woocommerce/src/Internal/Orders/OrderActionsRestController.php */
				do_action( 'woocommerce_rest_order_actions_email_send', $order->get_id(), OrderEmails::id_of( $email ) );
		}
		// phpcs:enable
	}
}
