<?php
/**
 * A store with an order and the ticket about it.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Actions;

use Storedesk\Tests\Integrations\WooCommerce\WooCommerceTestCase;

/**
 * Real products and orders made through WooCommerce's CRUD, so the tests
 * run the same on custom order tables and on posts; a ticket whose
 * customer wrote from the order's billing address; a manager to act.
 */
abstract class OrderActionTestCase extends WooCommerceTestCase {

	/**
	 * The order: 2 × Blue mug at 10.00, 1 × Lamp at 30.00, shipping 5.00.
	 *
	 * @var \WC_Order
	 */
	protected $order;

	/**
	 * The ticket about it.
	 *
	 * @var \Storedesk\Tickets\Ticket
	 */
	protected $ticket;

	/**
	 * Products by name.
	 *
	 * @var array<string, \WC_Product_Simple>
	 */
	protected array $products = array();

	/**
	 * Payment gateways a test registered.
	 *
	 * @var \WC_Payment_Gateway[]
	 */
	private array $gateways = array();

	/** Skips without WooCommerce; makes the store, the order, the ticket. */
	protected function setUp(): void {
		parent::setUp();
		$GLOBALS['storedesk_test_mails'] = array();
		$this->products['Blue mug']      = $this->product( 'Blue mug', '10.00', 10 );
		$this->products['Lamp']          = $this->product( 'Lamp', '30.00', 10 );
		$email                           = 'dana' . wp_rand() . '@example.test';
		$this->order                     = $this->paid_order( $email, 'bacs' );
		$this->ticket                    = $this->ticket(
			array(
				'contact'  => array(
					'name'  => 'Dana Shopper',
					'email' => $email,
				),
				'order_id' => $this->order->get_id(),
			)
		);
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
	}

	/** Unregisters test gateways. */
	protected function tearDown(): void {
		if ( $this->gateways ) {
			remove_all_filters( 'woocommerce_payment_gateways', 99 );
			WC()->payment_gateways()->payment_gateways = array();
			WC()->payment_gateways()->init();
		}
		parent::tearDown();
	}

	/**
	 * A paid guest order of the two products, stock taken as WooCommerce takes it.
	 *
	 * @param string $email   Billing email.
	 * @param string $gateway Payment method id.
	 */
	protected function paid_order( string $email, string $gateway ): \WC_Order {
		$order                           = $this->order(
			array(
				'email'         => $email,
				'payment'       => $gateway,
				'payment_title' => 'bacs' === $gateway ? 'Direct bank transfer' : 'Test card',
				'status'        => 'processing',
				'lines'         => array( array( $this->products['Blue mug'], 2 ), array( $this->products['Lamp'], 1 ) ),
			)
		);
		$GLOBALS['storedesk_test_mails'] = array();
		return wc_get_order( $order->get_id() );
	}

	/**
	 * The id of an order line by its name.
	 *
	 * @param string $name Line name.
	 */
	protected function line( string $name ): int {
		foreach ( wc_get_order( $this->order->get_id() )->get_items( array( 'line_item', 'shipping' ) ) as $id => $item ) {
			if ( $item->get_name() === $name ) {
				return (int) $id;
			}
		}
		$this->fail( "No line {$name}" );
	}

	/**
	 * A payment gateway that refunds, answering process_refund() with $result.
	 *
	 * @param bool|\WP_Error $result What the gateway says.
	 * @return \WC_Payment_Gateway
	 */
	protected function refunding_gateway( $result ): \WC_Payment_Gateway {
		$gateway          = new class( $result ) extends \WC_Payment_Gateway {
			/**
			 * Refunds asked of this gateway.
			 *
			 * @var array[]
			 */
			public array $asked = array();

			/**
			 * The gateway.
			 *
			 * @param bool|\WP_Error $result What process_refund() answers.
			 */
			public function __construct( private $result ) {
				$this->id       = 'storedesk_test_card';
				$this->title    = 'Test card';
				$this->enabled  = 'yes';
				$this->supports = array( 'products', 'refunds' );
			}

			/**
			 * Records the refund and answers.
			 *
			 * @param int        $order_id Order.
			 * @param float|null $amount   Amount.
			 * @param string     $reason   Reason.
			 */
			public function process_refund( $order_id, $amount = null, $reason = '' ) {
				$this->asked[] = array( $order_id, $amount, $reason );
				return $this->result;
			}
		};
		$this->gateways[] = $gateway;
		add_filter( 'woocommerce_payment_gateways', static fn( $list ) => array_merge( $list, array( $gateway ) ), 99 );
		WC()->payment_gateways()->payment_gateways = array();
		WC()->payment_gateways()->init();
		return $gateway;
	}

	/**
	 * A REST path under the ticket's order.
	 *
	 * @param string   $action notes, status, refunds or emails.
	 * @param int|null $order  Order id, the ticket's by default.
	 */
	protected function path( string $action, ?int $order = null ): string {
		return '/storedesk/v1/tickets/' . $this->ticket->id() . '/orders/' . ( $order ?? $this->order->get_id() ) . '/' . $action;
	}

	/**
	 * An amount as the store writes it in the order's currency.
	 *
	 * @param float $amount Amount.
	 */
	protected function price( float $amount ): string {
		return \Storedesk\Integrations\WooCommerce\Store::price( $amount, $this->order->get_currency() );
	}

	/** The order as WooCommerce now has it. */
	protected function fresh(): \WC_Order {
		wp_cache_flush();
		return wc_get_order( $this->order->get_id() );
	}

	/**
	 * The order's notes, newest first.
	 *
	 * @return \stdClass[]
	 */
	protected function notes(): array {
		return wc_get_order_notes( array( 'order_id' => $this->order->get_id() ) );
	}

	/**
	 * The ticket's order events.
	 *
	 * @return \Storedesk\Messages\Message[]
	 */
	protected function events(): array {
		list( $messages ) = $this->service( \Storedesk\Messages\MessageRepository::class )->thread( $this->ticket->id(), 1, 100 );
		return array_values( array_filter( $messages, static fn( $m ) => 'event' === $m->kind && 'order' === ( $m->meta['field'] ?? '' ) && isset( $m->meta['action'] ) ) );
	}

	/**
	 * Mails sent to an address.
	 *
	 * @param string $to Address.
	 * @return array[]
	 */
	protected function mails_to( string $to ): array {
		return array_values( array_filter( $GLOBALS['storedesk_test_mails'], static fn( $m ) => in_array( $to, (array) $m['to'], true ) || $to === $m['to'] ) );
	}
}
