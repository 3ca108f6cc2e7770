<?php
/**
 * Which WooCommerce emails an order sends or can send again.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerce decides which emails go out, and its settings decide whether
 * each one is on; a confirm dialog that guessed would sometimes promise an
 * email that never leaves. So this reads WooCommerce's own wiring: each
 * email class listens on "{action}_notification" hooks, and it sends only
 * when it is enabled (or is a manual email such as the invoice).
 */
class OrderEmails {

	/**
	 * The status emails WooCommerce's own order actions offer again, by
	 * order status (WooCommerce's OrderActionsRestController).
	 */
	private const BY_STATUS = array(
		'completed'  => 'WC_Email_Customer_Completed_Order',
		'failed'     => 'WC_Email_Customer_Failed_Order',
		'on-hold'    => 'WC_Email_Customer_On_Hold_Order',
		'processing' => 'WC_Email_Customer_Processing_Order',
		'refunded'   => 'WC_Email_Customer_Refunded_Order',
	);

	/** Statuses of orders that were never placed: nothing to resend. */
	private const UNPLACED = array( 'auto-draft', 'draft', 'checkout-draft', 'new', 'trash' );

	/**
	 * The emails an agent may send again for an order, by email id: the
	 * invoice/order details and the status email the customer would get
	 * (as WooCommerce's "Order actions" offer them), and the new-order
	 * notification to the shop.
	 *
	 * @param \WC_Order $order Order.
	 * @return array<string, \WC_Email>
	 */
	public function resendable( \WC_Order $order ): array {
		$status = $order->get_status( 'edit' );
		if ( in_array( $status, self::UNPLACED, true ) ) {
			return array();
		}
		$classes = array( 'WC_Email_New_Order' );
		if ( $order->get_billing_email() ) {
			$classes[] = 'WC_Email_Customer_Invoice';
			if ( isset( self::BY_STATUS[ $status ] ) ) {
				$classes[] = self::BY_STATUS[ $status ];
			}
			if ( $order->get_refunds() && (float) $order->get_remaining_refund_amount() > 0 ) {
				$classes[] = 'WC_Email_Customer_Refunded_Order';
			}
		}
		// WooCommerce's own filter, so an extension's email offered in its order actions is offered here too.
		/** This filter is documented in woocommerce/src/Internal/Orders/OrderActionsRestController.php */
		$classes = (array) apply_filters( 'woocommerce_rest_order_actions_email_valid_template_classes', $classes, $order ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's hook.
		$out     = array();
		foreach ( array_intersect_key( WC()->mailer()->get_emails(), array_flip( array_filter( $classes, 'is_string' ) ) ) as $email ) {
			if ( $this->sends( $email ) ) {
				$out[ self::id_of( $email ) ] = $email;
			}
		}
		return $out;
	}

	/**
	 * The emails that go out when WooCommerce fires these actions for the
	 * order (woocommerce_order_status_pending_to_processing, …). Manual
	 * emails are left out: those that listen (the point-of-sale ones) send
	 * only for orders paid at a till.
	 *
	 * @param string[]  $actions WooCommerce actions, without "_notification".
	 * @param \WC_Order $order   Order.
	 * @return \WC_Email[]
	 */
	public function sent_on( array $actions, \WC_Order $order ): array {
		$emails = array();
		foreach ( WC()->mailer()->get_emails() as $email ) {
			$emails[ spl_object_id( $email ) ] = $email;
		}
		$out = array();
		foreach ( $actions as $action ) {
			$hook = $GLOBALS['wp_filter'][ $action . '_notification' ] ?? null;
			foreach ( $hook instanceof \WP_Hook ? $hook->callbacks : array() as $callbacks ) {
				foreach ( $callbacks as $callback ) {
					$object = is_array( $callback['function'] ) ? $callback['function'][0] : null;
					$email  = is_object( $object ) ? ( $emails[ spl_object_id( $object ) ] ?? null ) : null;
					if ( $email && $email->is_enabled() && ( ! $email->is_customer_email() || $order->get_billing_email() ) ) {
						$out[ self::id_of( $email ) ] = $email;
					}
				}
			}
		}
		return array_values( $out );
	}

	/**
	 * An email as the API shows it.
	 *
	 * @param \WC_Email $email Email.
	 * @param \WC_Order $order Order it is about.
	 * @return array{id: string, title: string, description: string, to: string, recipient: string}
	 */
	public function describe( \WC_Email $email, \WC_Order $order ): array {
		return array(
			'id'          => self::id_of( $email ),
			'title'       => (string) $email->get_title(),
			'description' => wp_strip_all_tags( (string) $email->get_description() ),
			'to'          => $email->is_customer_email() ? 'customer' : 'store',
			'recipient'   => $email->is_customer_email() ? (string) $order->get_billing_email() : (string) $email->get_recipient(),
		);
	}

	/**
	 * An email's id. The refund email renames itself
	 * customer_partially_refunded_order once it has sent a partial refund,
	 * for the rest of the request; its id here stays the one it was made with.
	 *
	 * @param \WC_Email $email Email.
	 */
	public static function id_of( \WC_Email $email ): string {
		return 'customer_partially_refunded_order' === $email->id ? 'customer_refunded_order' : (string) $email->id;
	}

	/**
	 * Whether WooCommerce would really send it: switched on, or manual.
	 *
	 * @param \WC_Email $email Email.
	 */
	private function sends( \WC_Email $email ): bool {
		return $email->is_enabled() || $email->is_manual();
	}
}
