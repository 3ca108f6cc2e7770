<?php
/**
 * What each order action takes.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Rest;

use Storedesk\Integrations\WooCommerce\Actions\AddOrderNote;
use Storedesk\Integrations\WooCommerce\Actions\ChangeOrderStatus;

defined( 'ABSPATH' ) || exit;

/**
 * The JSON schema of each order action's body. WordPress validates and
 * sanitises the arguments from it before any permission check, and the
 * admin app's REST types mirror it.
 */
final class OrderActionSchema {

	/**
	 * The arguments of one action.
	 *
	 * @param string $action notes, status, refunds or emails.
	 */
	public static function args( string $action ): array {
		$preview = array(
			'description' => __( 'Only say what would happen; change nothing.', 'storedesk' ),
			'type'        => 'boolean',
			'default'     => false,
		);
		switch ( $action ) {
			case 'notes':
				return array(
					'note'     => array(
						'description' => __( 'The note, plain text.', 'storedesk' ),
						'type'        => 'string',
						'required'    => true,
						'minLength'   => 1,
						'maxLength'   => AddOrderNote::MAX_LENGTH,
					),
					'customer' => array(
						'description' => __( 'A note to the customer: WooCommerce emails it to them. Otherwise private to the shop.', 'storedesk' ),
						'type'        => 'boolean',
						'default'     => false,
					),
				);
			case 'status':
				return array(
					'status'  => array(
						'description' => __( 'The new order status, without "wc-". "refunded" is refused: refund instead.', 'storedesk' ),
						'type'        => 'string',
						'required'    => true,
						'enum'        => array_merge( array_keys( ChangeOrderStatus::choices() ), array( 'refunded' ) ),
					),
					'preview' => $preview,
				);
			case 'refunds':
				return array(
					'full'     => array(
						'description' => __( 'Refund everything that remains; then send no lines, shipping or amount.', 'storedesk' ),
						'type'        => 'boolean',
						'default'     => false,
					),
					'lines'    => array(
						'description' => __( 'Products and fees to refund: how many, and/or how much (tax included). A quantity alone refunds its price.', 'storedesk' ),
						'type'        => 'array',
						'default'     => array(),
						'maxItems'    => 200,
						'items'       => array(
							'type'                 => 'object',
							'additionalProperties' => false,
							'properties'           => array(
								'id'       => array(
									'description' => __( 'Order line id.', 'storedesk' ),
									'type'        => 'integer',
									'minimum'     => 1,
									'required'    => true,
								),
								'quantity' => array(
									'description' => __( 'How many to refund (products only).', 'storedesk' ),
									'type'        => 'integer',
									'minimum'     => 0,
								),
								'amount'   => array(
									'description' => __( 'How much to refund for this line, tax included.', 'storedesk' ),
									'type'        => 'number',
									'minimum'     => 0,
								),
							),
						),
					),
					'shipping' => array(
						'description' => __( 'Also refund the shipping that remains.', 'storedesk' ),
						'type'        => 'boolean',
						'default'     => false,
					),
					'amount'   => array(
						'description' => __( 'An amount tied to no line (a goodwill refund), added to the lines.', 'storedesk' ),
						'type'        => 'number',
						'minimum'     => 0,
						'default'     => 0,
					),
					'reason'   => array(
						'description' => __( 'Reason, kept on the refund; the customer sees it in their refund email.', 'storedesk' ),
						'type'        => 'string',
						'maxLength'   => 200,
						'default'     => '',
					),
					'method'   => array(
						'description' => __( 'gateway: send the money back through the payment gateway (only when it can refund); manual: record the refund only.', 'storedesk' ),
						'type'        => 'string',
						'enum'        => array( 'manual', 'gateway' ),
						'default'     => 'manual',
					),
					'restock'  => array(
						'description' => __( 'Put refunded products back in stock, as WooCommerce\'s refund form does by default.', 'storedesk' ),
						'type'        => 'boolean',
						'default'     => true,
					),
					'preview'  => $preview,
				);
			case 'emails':
				return array(
					'email' => array(
						'description' => __( 'Id of the email to send again, from GET …/emails.', 'storedesk' ),
						'type'        => 'string',
						'required'    => true,
						'pattern'     => '^[a-z0-9_-]+$',
					),
				);
		}
		return array();
	}
}
