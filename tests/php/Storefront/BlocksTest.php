<?php
/**
 * The contact-form and portal blocks and shortcodes.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\Assets;
use Storedesk\Storefront\Blocks;
use Storedesk\Storefront\FormStamp;
use Storedesk\Storefront\GuestTokens;

/**
 * Both render on the server with labelled fields, error slots and a signed
 * stamp; the portal checks a magic link before drawing anything.
 */
class BlocksTest extends StoreTestCase {

	/**
	 * The harness boots WordPress inside a function, where shortcodes.php's
	 * file-level $shortcode_tags ends up empty; registration itself is the
	 * plugin's own code.
	 */
	protected function setUp(): void {
		parent::setUp();
		if ( ! shortcode_exists( 'storedesk_contact_form' ) ) {
			$this->service( Blocks::class )->register_shortcodes();
		}
	}

	/** Clears the query args a test set. */
	protected function tearDown(): void {
		unset( $_GET['storedesk_ticket'], $_GET['storedesk_token'] );
		parent::tearDown();
	}

	/** The block and the shortcode print the same accessible form. */
	public function test_contact_form_block_and_shortcode(): void {
		Settings::update( array( 'form_fields' => array( array( 'key' => 'order_no', 'label' => 'Order number', 'type' => 'text', 'required' => true ) ) ) );
		$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( 'storedesk/contact-form' ) );
		$block = do_blocks( '<!-- wp:storedesk/contact-form /-->' );
		$this->assertStringContainsString( 'wp-block-storedesk-contact-form', $block );
		foreach ( array( $block, do_shortcode( '[storedesk_contact_form]' ) ) as $html ) {
			$this->assertStringContainsString( 'data-storedesk-form', $html );
			foreach ( array( 'name', 'email', 'subject', 'message', 'fields[order_no]' ) as $name ) {
				$this->assertMatchesRegularExpression( '/<label for="([^"]+)">[^<]*(<span[^>]*>\*<\/span>)?<\/label><(input|textarea)[^>]* id="\1" name="' . preg_quote( esc_attr( $name ), '/' ) . '" aria-describedby="\1-error"/', $html, "{$name} has a label and an error slot" );
			}
			$this->assertStringContainsString( 'name="website"', $html );
			$this->assertMatchesRegularExpression( '/name="stamp" value="([^"]+)"/', $html );
			preg_match( '/name="stamp" value="([^"]+)"/', $html, $m );
			$this->assertNotNull( $this->service( FormStamp::class )->age( $m[1] ) );
		}
		$this->assertTrue( wp_script_is( Assets::LOADER, 'enqueued' ) );
		$this->assertTrue( wp_style_is( Assets::STYLE, 'enqueued' ) );
	}

	/** Logged in, name and email come from the account and are not asked. */
	public function test_logged_in_form_prefills(): void {
		wp_set_current_user( $this->user( 'subscriber' ) );
		$html = do_shortcode( '[storedesk_contact_form]' );
		$this->assertMatchesRegularExpression( '/<input type="hidden" name="email" value="[^"]+@example\.test">/', $html );
		$this->assertStringNotContainsString( 'autocomplete="email"', $html );
	}

	/** The portal: login prompt, customer list, a guest's ticket, or the expired-link page. */
	public function test_portal_states(): void {
		$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( 'storedesk/portal' ) );
		$guest = do_blocks( '<!-- wp:storedesk/portal /-->' );
		$this->assertStringContainsString( 'Log in</a> to see all your support requests', $guest );
		$this->assertStringContainsString( 'data-storedesk-links', $guest );

		$ticket                   = $this->ticket();
		$_GET['storedesk_ticket'] = (string) $ticket->id();
		$_GET['storedesk_token']  = $this->service( GuestTokens::class )->issue( $ticket->id() );
		$this->assertStringContainsString( 'data-storedesk-portal="guest" data-ticket="' . $ticket->id() . '"', do_shortcode( '[storedesk_portal]' ) );
		$_GET['storedesk_token'] = $this->service( GuestTokens::class )->issue( $ticket->id(), time() - GuestTokens::LIFETIME - 1 );
		$expired                 = do_shortcode( '[storedesk_portal]' );
		$this->assertStringContainsString( 'This link has expired or is not valid', $expired );
		$this->assertStringContainsString( 'data-storedesk-links', $expired );
		$this->assertStringNotContainsString( 'data-ticket', $expired );
		$_GET['storedesk_ticket'] = (string) ( $ticket->id() + 1 );
		$_GET['storedesk_token']  = $this->service( GuestTokens::class )->issue( $ticket->id() );
		$this->assertStringContainsString( 'This link has expired or is not valid', do_shortcode( '[storedesk_portal]' ), 'a token opens its own ticket only' );
		unset( $_GET['storedesk_ticket'], $_GET['storedesk_token'] );

		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStringContainsString( 'data-storedesk-portal="customer"', do_blocks( '<!-- wp:storedesk/portal /-->' ) );
	}
}
