<?php
/**
 * Orders findable by the customer's phone number.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Contacts\Identity;

defined( 'ABSPATH' ) || exit;

/**
 * Shoppers type their billing phone any way they like ("0151 2345 6789",
 * "+49 (151) 23456789"); WhatsApp and SMS give us E.164. Each order keeps
 * its billing phone in E.164 as order meta, written through the CRUD so it
 * lands in whichever order storage the store uses, and a guest order is
 * found by it with an equality query.
 */
class OrderPhones {

	public const META = '_storedesk_billing_phone';

	/** Hooks the order save. */
	public function register(): void {
		add_action( 'woocommerce_before_order_object_save', array( $this, 'stamp' ) );
	}

	/**
	 * Keeps the meta in step with the billing phone.
	 *
	 * @param mixed $order Order about to be saved.
	 */
	public function stamp( $order ): void {
		if ( ! $order instanceof \WC_Order ) {
			return;
		}
		$phone = Identity::phone( (string) $order->get_billing_phone() ) ?? '';
		if ( (string) $order->get_meta( self::META ) !== $phone ) {
			'' === $phone ? $order->delete_meta_data( self::META ) : $order->update_meta_data( self::META, $phone );
		}
	}

	/**
	 * An order's billing phone in E.164, or null.
	 *
	 * @param \WC_Order $order Order.
	 */
	public static function of( \WC_Order $order ): ?string {
		$stored = (string) $order->get_meta( self::META );
		return '' !== $stored ? $stored : Identity::phone( (string) $order->get_billing_phone() );
	}
}
