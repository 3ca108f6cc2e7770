<?php
/**
 * The launcher and where the portal lives.
 *
 * @package Storedesk
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\Portal;
use Storedesk\Storefront\TicketLink;
use Storedesk\Storefront\Widget;

/**
 * The launcher shows unless turned off globally or for the page; the
 * portal page is made once and ticket links lead to the portal.
 */
class WidgetAndPortalTest extends StoreTestCase {

	/** Globally on by default; off by setting, by page meta or by filter. */
	public function test_widget_switches(): void {
		$widget = $this->service( Widget::class );
		$page   = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Plain' ) );
		$this->go( array( 'page_id' => $page ) );
		$this->assertTrue( $widget->shows_here() );
		update_post_meta( $page, Widget::HIDE_META, true );
		$this->assertFalse( $widget->shows_here(), 'hidden on this page' );
		delete_post_meta( $page, Widget::HIDE_META );
		Settings::update( array( 'widget_enabled' => false ) );
		$this->assertFalse( $widget->shows_here(), 'off for the store' );
		Settings::update( array( 'widget_enabled' => true ) );
		add_filter( 'storedesk_show_widget', '__return_false' );
		try {
			$this->assertFalse( $widget->shows_here() );
		} finally {
			remove_filter( 'storedesk_show_widget', '__return_false' );
		}
		$this->assertSame( 400, Settings::update( array( 'widget_color' => 'red' ) )->get_error_data()['status'] );
		$this->assertSame( 400, Settings::update( array( 'widget_position' => 'top' ) )->get_error_data()['status'] );
	}

	/**
	 * Runs the main query, as a front-end request would.
	 *
	 * @param array $vars Query vars.
	 */
	private function go( array $vars ): void {
		$GLOBALS['wp_the_query']->query( $vars );
		$GLOBALS['wp_query'] = $GLOBALS['wp_the_query'];
	}

	/** The page is found again after a settings reset, and links lead to the portal. */
	public function test_portal_page_and_links(): void {
		$portal = $this->service( Portal::class );
		$id     = $portal->ensure_page();
		$this->assertGreaterThan( 0, $id );
		$this->assertStringContainsString( 'wp:storedesk/portal', get_post( $id )->post_content );
		delete_option( Settings::OPTION );
		$this->assertSame( $id, $portal->ensure_page(), 'settings reset: the same page, not a second one' );
		$this->assertSame( $id, Settings::get( 'portal_page_id' ) );
		$link = $this->service( TicketLink::class )->for_ticket( 42 );
		$base = function_exists( 'wc_get_account_endpoint_url' ) && wc_get_page_id( 'myaccount' ) > 0 ? wc_get_account_endpoint_url( Portal::ENDPOINT ) : get_permalink( $id );
		$this->assertStringStartsWith( $base, $link );
		$this->assertStringContainsString( 'storedesk_ticket=42', $link );
		$items = $portal->menu_items( array( 'dashboard' => 'Dashboard', 'orders' => 'Orders', 'customer-logout' => 'Log out' ) );
		$this->assertSame( array( 'dashboard', 'orders', 'support', 'customer-logout' ), array_keys( $items ) );
	}

	/**
	 * The loader takes the token out of the address bar (issue 10, point 6);
	 * a reload then brings only the ticket number: the page still frames
	 * that ticket for the token kept in the tab, with the "ask for new
	 * links" page held back for a tab that has none.
	 */
	public function test_portal_after_the_token_left_the_url(): void {
		$renderer = $this->service( \Storedesk\Storefront\PortalRenderer::class );
		$ticket   = $this->ticket();
		$_GET     = array( 'storedesk_ticket' => (string) $ticket->id() );
		try {
			$html = $renderer->render();
		} finally {
			$_GET = array();
		}
		$this->assertStringContainsString( 'data-storedesk-portal="guest" data-ticket="' . $ticket->id() . '"', $html );
		$this->assertMatchesRegularExpression( '/class="storedesk-portal__fallback" hidden>.*data-storedesk-links/s', $html );
		$this->assertStringNotContainsString( 'storedesk_token', $html );

		// A customer learns how requests the account does not show yet get there.
		$customer = $this->user( 'subscriber' );
		wp_set_current_user( $customer );
		$this->assertMatchesRegularExpression( '#data-storedesk-portal="customer".*<details class="storedesk-portal__missing">.*data-storedesk-links.*value="' . preg_quote( get_userdata( $customer )->user_email, '#' ) . '"#s', $renderer->render() );
	}
}
