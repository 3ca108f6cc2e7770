<?php
/**
 * Inbox app scripts and styles.
 *
 * @package Storedesk
 */

namespace Storedesk\Admin;

use Storedesk\Inbox\LandingView;
use Storedesk\Install\Roles;
use Storedesk\Integrations\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the built app with the dependencies webpack recorded, and
 * preloads the first REST responses so the inbox paints without a round trip.
 */
class Assets {

	/** The ticket sidebar's WooCommerce store panel (src/woocommerce/). */
	public const STORE_PANEL = 'storedesk-woocommerce';

	/** First requests of the inbox app, answered inline. */
	private const PRELOAD = array(
		'/storedesk/v1/me',
		'/storedesk/v1/agents',
		'/storedesk/v1/tags',
		'/storedesk/v1/teams',
		'/storedesk/v1/views',
		'/storedesk/v1/channels',
	);

	/**
	 * The list each landing view asks for first: exactly what toQuery() in
	 * src/admin/components/inbox/query.ts asks for it (tested there, and
	 * against LandingView::FIRST_CHOICES in PHP); the middleware matches
	 * regardless of argument order.
	 */
	public const LANDING_LISTS = array(
		'mine'       => '/storedesk/v1/tickets?status%5B0%5D=open&status%5B1%5D=pending&status%5B2%5D=on-hold&assignee=me&orderby=last_activity&order=desc&page=1&per_page=25',
		'unassigned' => '/storedesk/v1/tickets?status%5B0%5D=open&status%5B1%5D=pending&status%5B2%5D=on-hold&assignee=none&orderby=last_activity&order=desc&page=1&per_page=25',
		'open'       => '/storedesk/v1/tickets?status%5B0%5D=open&orderby=last_activity&order=desc&page=1&per_page=25',
	);

	/**
	 * Builds the asset loader.
	 *
	 * @param LandingView $landing Where the agent lands.
	 */
	public function __construct( private LandingView $landing ) {}

	/** Whether build/admin.js exists. */
	public function built(): bool {
		return is_readable( STOREDESK_DIR . '/build/admin.asset.php' );
	}

	/** Enqueues the app on its page. */
	public function enqueue(): void {
		if ( ! $this->built() ) {
			return;
		}
		$asset = require STOREDESK_DIR . '/build/admin.asset.php';
		$url   = plugins_url( 'build/', STOREDESK_FILE );
		wp_enqueue_script( 'storedesk-admin', $url . 'admin.js', $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( 'storedesk-admin', 'storedesk' );
		if ( is_readable( STOREDESK_DIR . '/build/style-admin.css' ) ) {
			wp_enqueue_style( 'storedesk-admin', $url . 'style-admin.css', array( 'wp-components' ), $asset['version'] );
			wp_style_add_data( 'storedesk-admin', 'rtl', 'replace' );
		}
		add_action( 'admin_enqueue_scripts', array( $this, 'lighten_page' ), 100 );
		$this->hold_store_panel( $url );
		$preloaded = array_reduce( $this->preload_paths( get_current_user_id() ), 'rest_preload_api_request', array() );
		wp_add_inline_script( 'wp-api-fetch', sprintf( 'wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( %s ) );', wp_json_encode( $preloaded ) ), 'after' );
	}

	/**
	 * Registers the store panel when WooCommerce is active and the agent may
	 * see orders, without running it with the page: its wc-components bring
	 * about 1 MB (gzip) of scripts, the block editor among them, that the
	 * inbox never needs. The page prints them, as it would have printed them,
	 * into a <template class="storedesk-deferred-scripts">, and the ticket
	 * sidebar loads them when it first shows (src/admin/woocommerce/deferred-scripts.ts).
	 *
	 * The wc-settings script comes without wcSettings, the store's settings (about
	 * 90 KB and 30-70 ms to build) WooCommerce adds only to a queued
	 * wc-settings: the components the panel uses read none of them, and
	 * wc-settings falls back to its defaults.
	 *
	 * @param string $url URL of build/.
	 */
	private function hold_store_panel( string $url ): void {
		if ( ! Store::active() || ! current_user_can( Roles::VIEW_ORDERS ) || ! is_readable( STOREDESK_DIR . '/build/woocommerce.asset.php' ) ) {
			return;
		}
		$asset = require STOREDESK_DIR . '/build/woocommerce.asset.php';
		wp_register_script( self::STORE_PANEL, $url . 'woocommerce.js', $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( self::STORE_PANEL, 'storedesk' );
		wp_register_style( self::STORE_PANEL, $url . 'style-woocommerce.css', array( 'wc-components' ), $asset['version'] );
		wp_style_add_data( self::STORE_PANEL, 'rtl', 'replace' );
		add_action( 'admin_print_footer_scripts', array( $this, 'print_store_panel' ), 11 );
	}

	/**
	 * Prints the store panel's scripts and styles, with what they need that
	 * the page has not printed, into the template; nothing when WooCommerce
	 * registered no components (its admin turned off).
	 */
	public function print_store_panel(): void {
		if ( ! wp_script_is( 'wc-components', 'registered' ) ) {
			return;
		}
		$scripts = wp_scripts();
		$styles  = wp_styles();
		$concat  = array( $scripts->do_concat, $styles->do_concat );
		// Tags of their own, not load-scripts.php batches.
		$scripts->do_concat = false;
		$styles->do_concat  = false;
		ob_start();
		$styles->do_items( array( self::STORE_PANEL ) );
		$scripts->do_items( array( self::STORE_PANEL ) );
		$held = (string) ob_get_clean();
		list( $scripts->do_concat, $styles->do_concat ) = $concat;
		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- tags WordPress printed.
		echo '<template class="storedesk-deferred-scripts">' . $held . '</template>';
	}

	/**
	 * What the page answers inline: the directory, and the list of the view
	 * the agent lands on when it is one of the first choices.
	 *
	 * @param int $user_id Agent.
	 * @return string[]
	 */
	public function preload_paths( int $user_id ): array {
		$list = self::LANDING_LISTS[ $this->landing->for_user( $user_id ) ] ?? null;
		return $list ? array( ...self::PRELOAD, $list ) : self::PRELOAD;
	}

	/**
	 * Scripts WordPress and WooCommerce put on every admin page that the
	 * inbox never uses: the command palette (core's and WooCommerce's) and
	 * WooCommerce's data entities. Through core-data they pull in the whole
	 * block editor, about 2.5 MB of JavaScript that runs before the inbox
	 * can mount; measured in `npm run bench` (first inbox render).
	 */
	private const NOT_ON_THIS_PAGE = array( 'wp-commands', 'wp-core-commands', 'wc-admin-command-palette', 'wc-admin-command-palette-analytics', 'wp-abilities', 'wc-entities' );

	/** Dequeues NOT_ON_THIS_PAGE on the inbox page only. */
	public function lighten_page(): void {
		/**
		 * Filters the scripts left out of the Support page to make it paint sooner.
		 *
		 * @since 0.2.0
		 * @param string[] $handles Script handles; return an empty array to keep the command palette.
		 */
		foreach ( (array) apply_filters( 'storedesk_admin_skipped_scripts', self::NOT_ON_THIS_PAGE ) as $handle ) {
			wp_dequeue_script( $handle );
		}
	}
}
