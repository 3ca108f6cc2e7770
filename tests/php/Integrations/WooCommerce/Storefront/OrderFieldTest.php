<?php
/**
 * The contact form's "Order" field on a WooCommerce store.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce\Storefront;

use Storedesk\Integrations\WooCommerce\Storefront\OrderField;
use Storedesk\Integrations\WooCommerce\Storefront\ShopperOrders;
use Storedesk\Settings\Settings;
use Storedesk\Storefront\FormRenderer;
use Storedesk\Tests\Integrations\WooCommerce\WooCommerceTestCase;
use Storedesk\Tests\Storefront\StoreRequests;
use Storedesk\Tickets\TicketRepository;

/**
 * Who may link a request to which order: a logged-in customer only their
 * own orders, a guest an order number only with its billing email; order
 * data never reaches anyone but the order's customer, and never a page's
 * HTML; a refused order stores nothing and says nothing about the order.
 */
class OrderFieldTest extends WooCommerceTestCase {

	use StoreRequests;

	/** Its own client address, and limits these tests do not reach (but the one about them). */
	protected function setUp(): void {
		parent::setUp();
		$this->own_client();
		Settings::update(
			array(
				'rate_limit_ip'    => 100,
				'rate_limit_email' => 100,
			)
		);
	}

	/** Row counts of everything a submission writes. */
	private function counts(): array {
		return array_map( fn( $t ) => $this->rows( $t ), array( 'ticket_index' => 'ticket_index', 'messages' => 'messages', 'contacts' => 'contacts' ) );
	}

	/**
	 * The form description's field of that name, or null.
	 *
	 * @param array  $form GET /form data.
	 * @param string $name Field name.
	 */
	private function field( array $form, string $name ): ?array {
		return wp_list_filter( $form['fields'], array( 'name' => $name ) ) ? array_values( wp_list_filter( $form['fields'], array( 'name' => $name ) ) )[0] : null;
	}

	/**
	 * Posts the form and asserts it is refused beside the order field, with nothing stored.
	 *
	 * @param array  $params Submission.
	 * @param string $field  Field expected at fault.
	 * @return string The message beside it.
	 */
	private function refused( array $params, string $field ): string {
		$before   = $this->counts();
		$response = $this->store( 'POST', '/tickets', $params );
		$this->assertStatus( 400, $response );
		$this->assertSame( 'storedesk_invalid_fields', $response->get_data()['code'] );
		$this->assertSame( array( $field ), array_keys( $response->get_data()['data']['fields'] ) );
		$this->assertSame( $before, $this->counts(), 'a refused order stored something' );
		return $response->get_data()['data']['fields'][ $field ];
	}

	/**
	 * Posts the form and returns the new ticket's linked order id.
	 *
	 * @param array $params Submission.
	 */
	private function linked( array $params ): int {
		$response = $this->store( 'POST', '/tickets', $params );
		$this->assertStatus( 201, $response );
		return (int) $this->service( TicketRepository::class )->find( $response->get_data()['id'] )->get( 'order_id' );
	}

	/**
	 * A customer's form lists their newest orders (number, date, total), and
	 * an older one a link chose; never another customer's, nor a guest order
	 * from their address; guests get a number field and nothing else.
	 */
	public function test_a_customer_sees_only_their_own_orders(): void {
		$mug    = $this->product( 'Blue mug', '10.00' );
		$cora   = $this->customer( 'cora' . wp_rand() . '@example.test' );
		$dev    = $this->customer( 'dev' . wp_rand() . '@example.test' );
		$mine   = array();
		$oldest = $this->order( array( 'customer_id' => $cora, 'days_ago' => 400, 'lines' => array( array( $mug, 1 ) ) ) );
		for ( $i = 0; $i < ShopperOrders::LIMIT; $i++ ) {
			$mine[] = $this->order( array( 'customer_id' => $cora, 'days_ago' => 30 - $i, 'lines' => array( array( $mug, 1 ) ) ) );
		}
		$devs  = $this->order( array( 'customer_id' => $dev, 'lines' => array( array( $mug, 3 ) ) ) );
		$guest = $this->order( array( 'email' => get_userdata( $cora )->user_email, 'lines' => array( array( $mug, 1 ) ) ) );

		wp_set_current_user( $cora );
		$response = $this->store( 'GET', '/form' );
		$this->assertStatus( 200, $response );
		$this->assertSame( 'no-store', $response->get_headers()['Cache-Control'] );
		$this->assertMatchesSchema( $this->published_schema( \Storedesk\Tests\Storefront\StoreTestCase::API . '/form' ), $response->get_data() );
		$field = $this->field( $response->get_data(), OrderField::CHOICE );
		$this->assertSame( array( 'select', false, true, '' ), array( $field['type'], $field['required'], $field['private'], $field['value'] ) );
		$this->assertSame( array( 'value' => '', 'label' => 'Not about an order' ), $field['options'][0] );
		$ids = array_map( 'intval', array_slice( array_column( $field['options'], 'value' ), 1 ) );
		$this->assertSame( array_map( static fn( $o ) => $o->get_id(), array_reverse( $mine ) ), $ids, 'the 20 newest, newest first' );
		$this->assertSame( 'Order #' . $mine[19]->get_order_number() . ', ' . wc_format_datetime( $mine[19]->get_date_created() ) . ', €15.00', $field['options'][1]['label'] );
		$this->assertNull( $this->field( $response->get_data(), OrderField::NUMBER ) );

		$chosen = $this->field( $this->store( 'GET', '/form', array( 'order' => $oldest->get_id() ) )->get_data(), OrderField::CHOICE );
		$this->assertSame( (string) $oldest->get_id(), $chosen['value'], 'a link chose an order older than the list' );
		$this->assertSame( (string) $oldest->get_id(), end( $chosen['options'] )['value'] );
		foreach ( array( $devs, $guest ) as $other ) {
			$json = wp_json_encode( $this->store( 'GET', '/form', array( 'order' => $other->get_id() ) )->get_data() );
			$this->assertStringNotContainsString( 'Order #' . $other->get_order_number() . ',', $json, 'an order that is not the account\'s' );
		}

		wp_set_current_user( $dev );
		$json = wp_json_encode( $this->store( 'GET', '/form', array( 'order' => $oldest->get_id() ) )->get_data() );
		$this->assertStringContainsString( 'Order #' . $devs->get_order_number() . ',', $json );
		foreach ( array_merge( $mine, array( $oldest ) ) as $order ) {
			$this->assertStringNotContainsString( 'Order #' . $order->get_order_number() . ',', $json, 'Cora\'s order reached Dev' );
		}

		wp_set_current_user( 0 );
		$form = $this->store( 'GET', '/form', array( 'order' => $oldest->get_id() ) )->get_data();
		$this->assertNull( $this->field( $form, OrderField::CHOICE ) );
		$number = $this->field( $form, OrderField::NUMBER );
		$this->assertSame( array( 'text', false, '', OrderField::MAX_NUMBER ), array( $number['type'], $number['required'], $number['value'], $number['max_length'] ) );
		$this->assertStringNotContainsString( 'Order #', wp_json_encode( $form ) );
	}

	/** A page's HTML (which a page cache may keep) carries no order of the customer's: the loader asks for them. */
	public function test_the_page_never_prints_a_customers_orders(): void {
		$cora  = $this->customer( 'cora' . wp_rand() . '@example.test' );
		$order = $this->order( array( 'customer_id' => $cora ) );
		wp_set_current_user( $cora );
		$html = $this->service( FormRenderer::class )->render();
		$this->assertMatchesRegularExpression( '/<select [^>]*name="order_id"[^>]*data-storedesk-private[^>]*><option value=""[^>]*>Not about an order<\/option><\/select>/', $html );
		$this->assertStringNotContainsString( 'Order #' . $order->get_order_number(), $html );
		$this->assertStringNotContainsString( 'Choose…</option><option value="">', $html );

		wp_set_current_user( 0 );
		$html = $this->service( FormRenderer::class )->render();
		$this->assertMatchesRegularExpression( '/<input type="text" value="" id="[^"]+-order_number" name="order_number" aria-describedby="[^"]+-order_number-help [^"]+-order_number-error" maxlength="40" autocomplete="off">/', $html );
		$this->assertStringContainsString( 'The number in your order confirmation', $html );
	}

	/** A customer links their own order; another customer's order, a guest order from their address or none at all is one refusal. */
	public function test_a_customer_may_choose_only_their_own_order(): void {
		$cora  = $this->customer( 'cora' . wp_rand() . '@example.test' );
		$mine  = $this->order( array( 'customer_id' => $cora ) );
		$devs  = $this->order( array( 'customer_id' => $this->customer( 'dev' . wp_rand() . '@example.test' ) ) );
		$guest = $this->order( array( 'email' => get_userdata( $cora )->user_email ) );
		$draft = $this->order( array( 'customer_id' => $cora, 'status' => 'checkout-draft' ) );
		wp_set_current_user( $cora );

		$said = array();
		foreach ( array( $devs->get_id(), $guest->get_id(), $draft->get_id(), 999999999, 'abc', '-1' ) as $choice ) {
			$said[] = $this->refused( $this->submission( array( OrderField::CHOICE => (string) $choice ) ), OrderField::CHOICE );
		}
		$this->assertSame( array( 'Please choose one of your orders from the list, or "Not about an order".' ), array_values( array_unique( $said ) ) );

		$this->assertSame( $mine->get_id(), $this->linked( $this->submission( array( OrderField::CHOICE => (string) $mine->get_id() ) ) ) );
		$this->assertSame( 0, $this->linked( $this->submission( array( OrderField::CHOICE => '' ) ) ), 'not about an order' );
		$this->assertSame( 0, $this->linked( $this->submission( array( OrderField::NUMBER => (string) $devs->get_order_number() ) ) ), 'a customer\'s number field is no way around the list' );
	}

	/**
	 * A guest links an order with its number and billing email (any letter
	 * case, "#" allowed); a wrong address and a number that does not exist
	 * get the same words and store nothing. An order placed from an account
	 * counts too: the billing email is the proof, as on WooCommerce's own
	 * order-tracking page.
	 */
	public function test_a_guest_links_an_order_only_with_its_billing_email(): void {
		$email   = 'gwen' . wp_rand() . '@example.test';
		$order   = $this->order( array( 'email' => strtoupper( $email ) ) );
		$account = $this->order( array( 'customer_id' => $this->customer( 'acct' . wp_rand() . '@example.test' ), 'email' => $email ) );
		$number  = (string) $order->get_order_number();

		$wrong   = $this->refused( $this->submission( array( 'email' => 'someone' . wp_rand() . '@example.test', OrderField::NUMBER => $number ) ), OrderField::NUMBER );
		$missing = $this->refused( $this->submission( array( 'email' => $email, OrderField::NUMBER => '999999999' ) ), OrderField::NUMBER );
		$junk    = $this->refused( $this->submission( array( 'email' => $email, OrderField::NUMBER => '0' . $number ) ), OrderField::NUMBER );
		$this->assertSame( 'We could not find that order for this email address. Check the number in your order confirmation.', $wrong );
		$this->assertSame( array( $wrong, $wrong ), array( $missing, $junk ) );

		$bad = $this->store( 'POST', '/tickets', $this->submission( array( 'email' => 'not-an-address', OrderField::NUMBER => $number ) ) );
		$this->assertSame( array( 'email' ), array_keys( $bad->get_data()['data']['fields'] ), 'the number waits for a good address' );

		$this->assertSame( $order->get_id(), $this->linked( $this->submission( array( 'email' => $email, OrderField::NUMBER => ' #' . $number . ' ' ) ) ) );
		$this->assertSame( $account->get_id(), $this->linked( $this->submission( array( 'email' => $email, OrderField::NUMBER => (string) $account->get_order_number() ) ) ) );
		$this->assertSame( 0, $this->linked( $this->submission( array( 'email' => $email, OrderField::CHOICE => (string) $order->get_id() ) ) ), 'a guest cannot choose by id' );
	}

	/** Without JavaScript the same check applies, and a refused number comes back as typed. */
	public function test_the_form_without_javascript_checks_the_order_too(): void {
		$email  = 'nojs' . wp_rand() . '@example.test';
		$order  = $this->order( array( 'email' => $email ) );
		$post   = function ( array $fields ): array {
			$_POST  = wp_slash( $fields );
			$_FILES = array();
			try {
				return $this->service( \Storedesk\Storefront\NoScriptForm::class )->submit();
			} finally {
				$_POST = array();
			}
		};
		$before = $this->counts();
		$wrong  = $post( $this->submission( array( 'email' => 'x' . $email, OrderField::NUMBER => (string) $order->get_order_number() ) ) );
		$this->assertFalse( $wrong['ok'] );
		$this->assertSame( array( OrderField::NUMBER => OrderField::not_found() ), $wrong['fields'] );
		$this->assertSame( (string) $order->get_order_number(), $wrong['values'][ OrderField::NUMBER ] );
		$this->assertSame( $before, $this->counts() );
		$right = $post( $this->submission( array( 'email' => $email, OrderField::NUMBER => (string) $order->get_order_number() ) ) );
		$this->assertTrue( $right['ok'] );
		$this->assertSame( $order->get_id(), (int) $this->service( TicketRepository::class )->find( $right['id'] )->get( 'order_id' ) );
	}

	/** Numbers of their own (sequential-number plugins): the filter maps them to the id, and the order must still show that number. */
	public function test_order_numbers_that_are_not_ids(): void {
		$email  = 'seq' . wp_rand() . '@example.test';
		$order  = $this->order( array( 'email' => $email ) );
		$number = static fn( $n, $o ) => 'SD-' . ( 1000 + $o->get_id() );
		$lookup = static fn( $id, $typed ) => preg_match( '/^SD-(\d+)$/', $typed, $m ) ? (int) $m[1] - 1000 : 0;
		add_filter( 'woocommerce_order_number', $number, 10, 2 );
		add_filter( 'storedesk_order_id_from_number', $lookup, 10, 2 );
		try {
			$this->assertSame( $order->get_id(), $this->linked( $this->submission( array( 'email' => $email, OrderField::NUMBER => 'SD-' . ( 1000 + $order->get_id() ) ) ) ) );
			$this->refused( $this->submission( array( 'email' => $email, OrderField::NUMBER => (string) $order->get_id() ) ), OrderField::NUMBER );
		} finally {
			remove_filter( 'woocommerce_order_number', $number, 10 );
			remove_filter( 'storedesk_order_id_from_number', $lookup, 10 );
		}
	}

	/** Guessing costs: each number that does not match counts against the address like a submission, from any client. */
	public function test_failed_order_checks_count_against_the_address(): void {
		Settings::update(
			array(
				'rate_limit_ip'    => 100,
				'rate_limit_email' => 3,
			)
		);
		$email = 'guess' . wp_rand() . '@example.test';
		$order = $this->order( array( 'email' => $email ) );
		for ( $i = 0; $i < 3; $i++ ) {
			$_SERVER['REMOTE_ADDR'] = '198.51.100.' . ( 30 + $i );
			$this->refused( $this->submission( array( 'email' => $email, OrderField::NUMBER => (string) ( 900000000 + $i ) ) ), OrderField::NUMBER );
		}
		$_SERVER['REMOTE_ADDR'] = '203.0.113.70';
		$limited                = $this->store( 'POST', '/tickets', $this->submission( array( 'email' => $email, OrderField::NUMBER => (string) $order->get_order_number() ) ) );
		$this->assertStatus( 429, $limited, 'the right number, once the address is spent' );
		$this->assertSame( 'storedesk_rate_limited', $limited->get_data()['code'] );
	}
}
