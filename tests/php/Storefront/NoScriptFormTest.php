<?php
/**
 * The contact form without JavaScript.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Install\Schema;
use Storedesk\Settings\Settings;
use Storedesk\Storefront\FormRenderer;
use Storedesk\Storefront\NoScriptForm;

/**
 * A plain form post goes through the shopper route's checks; what comes
 * back (the ticket number, or the errors with every word typed) is drawn
 * by the same renderer, only for the form that was sent.
 */
class NoScriptFormTest extends StoreTestCase {

	/** Owner fields of a text and a checkbox; no files. */
	protected function setUp(): void {
		parent::setUp();
		Settings::update(
			array(
				'form_fields'          => array(
					array( 'key' => 'order_no', 'label' => 'Order number', 'type' => 'text' ),
					array( 'key' => 'gift', 'label' => 'It was a gift', 'type' => 'checkbox' ),
				),
				'attachment_max_files' => 0,
			)
		);
		$_FILES = array();
		$_GET   = array();
	}

	/** Leaves no request behind. */
	protected function tearDown(): void {
		$_POST  = array();
		$_GET   = array();
		$_FILES = array();
		parent::tearDown();
	}

	/**
	 * Posts the form the way a browser does (PHP slashes $_POST).
	 *
	 * @param array $fields Posted fields.
	 */
	private function post( array $fields ): array {
		$_POST = wp_slash( $fields );
		return $this->service( NoScriptForm::class )->submit();
	}

	/**
	 * Renders the form with the outcome under a token in the query string.
	 *
	 * @param array|null $result Outcome, or null for a fresh form.
	 */
	private function render( ?array $result = null ): string {
		$renderer = $this->service( FormRenderer::class );
		// Form ids count up per page; the next one is the one the outcome is for.
		preg_match( '/id="(storedesk-form-)(\d+)"/', $renderer->render(), $m );
		if ( $result ) {
			$_GET[ NoScriptForm::RESULT ] = $this->service( NoScriptForm::class )->keep( $result + array( 'form' => $m[1] . ( (int) $m[2] + 1 ) ) );
		}
		return $renderer->render();
	}

	/** Errors come back beside their fields, with the text exactly as typed and nothing stored. */
	public function test_errors_keep_every_word(): void {
		$tickets = $this->rows( 'ticket_index' );
		$message = "I <3 this lamp & its <b>brass</b> foot.\nBut it flickers.";
		$result  = $this->post(
			$this->submission(
				array(
					'email'   => 'gina@',
					'message' => $message,
					'fields'  => array(
						'order_no' => 'L-1024',
						'gift'     => '1',
					),
				)
			)
		);
		$this->assertFalse( $result['ok'] );
		$this->assertSame( 'Some fields need your attention.', $result['message'] );
		$this->assertArrayHasKey( 'email', $result['fields'] );
		$this->assertSame( $message, $result['values']['message'] );
		$this->assertTrue( $result['values']['fields[gift]'] );
		$this->assertSame( $tickets, $this->rows( 'ticket_index' ), 'nothing stored' );

		$html = $this->render( $result );
		$this->assertStringContainsString( 'role="alert" tabindex="-1">Some fields need your attention.</div>', $html );
		$this->assertMatchesRegularExpression( '/<input type="email" value="gina@" [^>]*aria-invalid="true"/', $html );
		$this->assertStringContainsString( 'This email address does not look right.', $html );
		$this->assertStringContainsString( '>' . esc_textarea( $message ) . '</textarea>', $html );
		$this->assertStringNotContainsString( '<b>brass</b>', $html, 'printed back as text' );
		$this->assertMatchesRegularExpression( '/value="L-1024" [^>]*name="fields\[order_no\]"/', $html );
		$this->assertMatchesRegularExpression( '/type="checkbox" value="1" [^>]*name="fields\[gift\]"[^>]*checked/', $html );
		$this->assertMatchesRegularExpression( '/method="post" enctype="multipart\/form-data" action="[^"]*storedesk_send=storedesk-form-\d+"/', $html );
	}

	/** A good post opens the ticket; the page then thanks the shopper with its number, only on that form. */
	public function test_success_shows_the_ticket_number(): void {
		$result = $this->post( $this->submission( array( 'subject' => 'No-script lamp' ) ) );
		$this->assertTrue( $result['ok'] );
		$ticket = $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $result['id'] );
		$this->assertSame( 'No-script lamp', $ticket->get( 'subject' ) );
		$this->assertSame( 'form', $ticket->get( 'channel' ) );

		$html = $this->render( $result );
		$this->assertStringContainsString( 'Your request #' . $result['id'] . ' has been received.', $html );
		$this->assertStringNotContainsString( '<form', $html );

		$service = $this->service( NoScriptForm::class );
		$this->assertNull( $service->result( 'storedesk-form-999' ), 'another form on the page stays a form' );
		$_GET[ NoScriptForm::RESULT ] = str_repeat( 'a', 32 );
		$this->assertNull( $service->result( 'storedesk-form-1' ), 'an unknown token shows nothing' );
		$_GET[ NoScriptForm::RESULT ] = '../../etc';
		$this->assertNull( $service->result( 'storedesk-form-1' ) );
	}

	/** Bots meet the same checks as on the REST route. */
	public function test_honeypot_and_fill_time_still_refuse(): void {
		$tickets = $this->rows( 'ticket_index' );
		$trap    = $this->post( $this->submission( array( 'website' => 'http://spam.example' ) ) );
		$this->assertFalse( $trap['ok'] );
		$fast = $this->post( $this->submission( array( 'stamp' => $this->service( \Storedesk\Storefront\FormStamp::class )->issue() ) ) );
		$this->assertFalse( $fast['ok'] );
		$this->assertSame( 'The lamp flickers', $fast['values']['subject'], 'the text survives a refusal' );
		$this->assertSame( $tickets, $this->rows( 'ticket_index' ) );
	}

	/** Plain posts count against the same per-address limit as fetches do; the refused text comes back. */
	public function test_rate_limit_applies(): void {
		Settings::update( array( 'rate_limit_ip' => 1 ) );
		$this->assertTrue( $this->post( $this->submission() )['ok'] );
		$second = $this->post( $this->submission( array( 'message' => 'A second try.' ) ) );
		$this->assertFalse( $second['ok'] );
		$this->assertSame( 'Too many requests. Please wait a little and try again.', $second['message'] );
		$this->assertSame( 'A second try.', $second['values']['message'] );
	}

	/** A customer's cookie counts only with the form's nonce, as on the REST API. */
	public function test_customer_cookie_needs_the_nonce(): void {
		$user = $this->user( 'subscriber' );
		wp_set_current_user( $user );
		$post  = array(
			'subject' => 'Logged-in lamp',
			'message' => 'Sent without scripts.',
			'stamp'   => $this->service( \Storedesk\Storefront\FormStamp::class )->issue( time() - 30 ),
			'website' => '',
		);
		$guest = $this->post( $post );
		$this->assertFalse( $guest['ok'], 'without the nonce the customer is a guest, who must give a name and email' );
		$this->assertArrayHasKey( 'email', $guest['fields'] );

		wp_set_current_user( $user );
		$mine = $this->post( $post + array( NoScriptForm::NONCE => wp_create_nonce( 'wp_rest' ) ) );
		$this->assertTrue( $mine['ok'] );
		$this->assertSame( strtolower( get_userdata( $user )->user_email ), $mine['email'], 'the account address, not a typed one' );
		global $wpdb;
		$this->assertSame( 1, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'ticket_index' ) . ' WHERE ticket_id = %d', $mine['id'] ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL
	}
}
