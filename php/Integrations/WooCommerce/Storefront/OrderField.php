<?php
/**
 * The contact form's "Order" field.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Storefront;

use Storedesk\Integrations\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * On a WooCommerce store the contact form asks which order a request is
 * about, and the ticket arrives linked to it:
 * - a logged-in customer chooses from their own orders (order_id, a
 *   select whose options are the customer's and so are marked private:
 *   they travel only in GET /form, asked as that customer, never in a
 *   page's HTML, which a page cache could hand to anyone);
 * - a guest may type an order number (order_number), which counts only
 *   with the order's billing email in the form's email field.
 * A wrong choice or number is a field error that never says whether the
 * order exists. Without WooCommerce there is no field and nothing to check.
 */
class OrderField {

	/** Input of a customer's choice: an order id, '' for "Not about an order". */
	public const CHOICE = 'order_id';

	/** Input of a guest's order number. */
	public const NUMBER = 'order_number';

	/** Longest order number accepted, in characters. */
	public const MAX_NUMBER = 40;

	/**
	 * Builds the field.
	 *
	 * @param ShopperOrders $orders Which orders a shopper may name.
	 */
	public function __construct( private ShopperOrders $orders ) {}

	/**
	 * The field for a visitor, as FormConfig describes fields, or null
	 * without WooCommerce.
	 *
	 * @param int  $user_id  Visitor, 0 for a guest.
	 * @param int  $chosen   Order id to choose for a customer, when it is theirs; 0 for none.
	 * @param bool $options  Whether to list the customer's orders (false for a page's HTML).
	 */
	public function describe( int $user_id, int $chosen = 0, bool $options = true ): ?array {
		if ( ! Store::active() ) {
			return null;
		}
		if ( ! $user_id ) {
			return array(
				'name'         => self::NUMBER,
				'label'        => __( 'Your order number', 'storedesk' ),
				'type'         => 'text',
				'required'     => false,
				'max_length'   => self::MAX_NUMBER,
				'autocomplete' => 'off',
				'help'         => __( 'Optional. The number in your order confirmation; the email address above must be the one you ordered with.', 'storedesk' ),
			);
		}
		$list  = $options ? $this->orders->recent( $user_id, $chosen ) : array();
		$value = '';
		$items = array(
			array(
				'value' => '',
				'label' => __( 'Not about an order', 'storedesk' ),
			),
		);
		foreach ( $list as $order ) {
			$items[] = array(
				'value' => (string) $order->get_id(),
				'label' => $this->orders->label( $order ),
			);
			$value   = $order->get_id() === $chosen ? (string) $chosen : $value;
		}
		return array(
			'name'     => self::CHOICE,
			'label'    => __( 'Order', 'storedesk' ),
			'type'     => 'select',
			'required' => false,
			'options'  => $items,
			'value'    => $value,
			'private'  => true,
		);
	}

	/**
	 * The order a submission names, checked: the order id (0 for none), or
	 * the field at fault and what to tell the shopper. A guest's number that
	 * does not match counts against the address like a submission (see
	 * ContactForm), so numbers cannot be guessed for free.
	 *
	 * @param array       $in      Request parameters.
	 * @param int         $user_id Logged-in customer, 0 for a guest.
	 * @param string|null $email   The submission's normalised address, null when it is malformed.
	 * @return array{order_id: int, field: string, error: string}
	 */
	public function check( array $in, int $user_id, ?string $email ): array {
		$none = array(
			'order_id' => 0,
			'field'    => '',
			'error'    => '',
		);
		if ( ! Store::active() ) {
			return $none;
		}
		$field = $user_id ? self::CHOICE : self::NUMBER;
		$raw   = $in[ $field ] ?? '';
		$raw   = is_scalar( $raw ) ? ShopperOrders::clean( (string) $raw ) : '';
		if ( '' === $raw || ( $user_id && '0' === $raw ) ) {
			return $none;
		}
		if ( $user_id ) {
			$order = ctype_digit( $raw ) ? $this->orders->of_customer( (int) $raw, $user_id ) : null;
			return $order ? array( 'order_id' => $order->get_id() ) + $none : array(
				'order_id' => 0,
				'field'    => $field,
				'error'    => __( 'Please choose one of your orders from the list, or "Not about an order".', 'storedesk' ),
			);
		}
		if ( null === $email ) {
			// Checked once the address is right; the email field already says what is wrong.
			return $none;
		}
		$order = mb_strlen( $raw ) <= self::MAX_NUMBER ? $this->orders->by_number( $raw, $email ) : null;
		return $order ? array( 'order_id' => $order->get_id() ) + $none : array(
			'order_id' => 0,
			'field'    => $field,
			'error'    => self::not_found(),
		);
	}

	/** The one answer to a number that does not match, whether the order exists or not. */
	public static function not_found(): string {
		return __( 'We could not find that order for this email address. Check the number in your order confirmation.', 'storedesk' );
	}
}
