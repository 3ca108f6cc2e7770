<?php
/**
 * Where the customer portal lives.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Puts the portal in front of customers: a "Support" page (created once,
 * remembered in the settings) and, on WooCommerce stores, a "Support" tab in
 * My Account, which ticket links then point to. Guests with a magic link who
 * land on My Account (where WooCommerce would ask them to log in) go to the
 * page, which opens the ticket without an account.
 */
class Portal {

	public const ENDPOINT  = 'support';
	public const PAGE_META = '_storedesk_portal_page';

	/**
	 * Builds the portal.
	 *
	 * @param PortalRenderer $renderer The portal's HTML.
	 */
	public function __construct( private PortalRenderer $renderer ) {}

	/** Hooks the page and the My Account tab. */
	public function register(): void {
		add_action( 'init', array( $this, 'maybe_create_page' ), 20 );
		add_action( 'init', array( $this, 'flush_rewrites_once' ), 100 );
		add_filter( 'woocommerce_get_query_vars', array( $this, 'query_vars' ) );
		add_filter( 'woocommerce_account_menu_items', array( $this, 'menu_items' ) );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( $this, 'account_tab' ) );
		add_filter( 'woocommerce_endpoint_' . self::ENDPOINT . '_title', array( $this, 'tab_title' ) );
		add_action( 'template_redirect', array( $this, 'guard_links' ) );
	}

	/** Runs ensure_page() when no portal page is known yet. */
	public function maybe_create_page(): void {
		if ( ! Settings::get( 'portal_page_id' ) ) {
			$this->ensure_page();
		}
	}

	/** The Support tab is a rewrite endpoint; sites that had Storedesk before it need new rules once. */
	public function flush_rewrites_once(): void {
		if ( '1' !== get_option( 'storedesk_portal_rewrites' ) ) {
			update_option( 'storedesk_portal_rewrites', '1', true );
			flush_rewrite_rules( false );
		}
	}

	/**
	 * The portal page: the one in the settings, else one we made before
	 * (settings can be reset), else a new one, made only once so an owner
	 * who deleted it does not see it come back.
	 */
	public function ensure_page(): int {
		$id = (int) Settings::get( 'portal_page_id' );
		if ( $id && 'publish' === get_post_status( $id ) ) {
			return $id;
		}
		$found = get_posts( array( 'post_type' => 'page', 'post_status' => 'publish', 'meta_key' => self::PAGE_META, 'fields' => 'ids', 'numberposts' => 1 ) ); // phpcs:ignore WordPress.DB.SlowDBQuery.slow_query_meta_key -- runs once, until a page is known.
		$id    = $found ? (int) $found[0] : 0;
		if ( ! $id && ! get_option( 'storedesk_portal_page_created' ) ) {
			$id = (int) wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => __( 'Support', 'storedesk' ),
					'post_name'    => 'support',
					'post_content' => '<!-- wp:storedesk/portal /-->',
					'meta_input'   => array( self::PAGE_META => 1 ),
				)
			);
			update_option( 'storedesk_portal_page_created', 1, false );
		}
		if ( $id ) {
			Settings::update( array( 'portal_page_id' => $id ) );
		}
		return $id;
	}

	/**
	 * The portal URL: My Account's Support tab on WooCommerce stores, else
	 * the page, else the home page until a portal page exists.
	 */
	public static function url(): string {
		if ( function_exists( 'wc_get_account_endpoint_url' ) && function_exists( 'wc_get_page_id' ) && wc_get_page_id( 'myaccount' ) > 0 ) {
			return (string) wc_get_account_endpoint_url( self::ENDPOINT );
		}
		$page = (int) Settings::get( 'portal_page_id' );
		return $page && 'publish' === get_post_status( $page ) ? (string) get_permalink( $page ) : home_url( '/' );
	}

	/**
	 * Adds the My Account endpoint.
	 *
	 * @param array $vars WooCommerce query vars.
	 */
	public function query_vars( $vars ): array {
		return (array) $vars + array( self::ENDPOINT => self::ENDPOINT );
	}

	/**
	 * Adds the Support tab before "Log out".
	 *
	 * @param array $items Menu items.
	 */
	public function menu_items( $items ): array {
		$items  = (array) $items;
		$logout = array_key_exists( 'customer-logout', $items ) ? array( 'customer-logout' => $items['customer-logout'] ) : array();
		unset( $items['customer-logout'] );
		return $items + array( self::ENDPOINT => __( 'Support', 'storedesk' ) ) + $logout;
	}

	/** The tab's title. */
	public function tab_title(): string {
		return __( 'My support requests', 'storedesk' );
	}

	/** The tab's content. */
	public function account_tab(): void {
		echo $this->renderer->render(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the renderer.
	}

	/**
	 * Magic-link pages are private: never cached, never leaking the token in
	 * a Referer; guests on My Account are sent to the portal page.
	 */
	public function guard_links(): void {
		$link = PortalRenderer::link_from_request();
		if ( null === $link ) {
			return;
		}
		nocache_headers();
		header( 'Referrer-Policy: no-referrer' );
		$page = (int) Settings::get( 'portal_page_id' );
		if ( ! is_user_logged_in() && function_exists( 'is_account_page' ) && is_account_page() && $page && 'publish' === get_post_status( $page ) ) {
			wp_safe_redirect( add_query_arg( array( 'storedesk_ticket' => $link['ticket'], 'storedesk_token' => rawurlencode( $link['token'] ) ), get_permalink( $page ) ) );
			exit;
		}
	}
}
