<?php
/**
 * Inbox app scripts and styles.
 *
 * @package Storedesk
 */

namespace Storedesk\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the built app with the dependencies webpack recorded, and
 * preloads the first REST responses so the inbox paints without a round trip.
 */
class Assets {

	/** First requests of the inbox app, answered inline. */
	private const PRELOAD = array(
		'/storedesk/v1/me',
		'/storedesk/v1/agents',
		'/storedesk/v1/tags',
		// The "Mine" view, the default route (src/admin/views.ts); the middleware matches regardless of argument order.
		'/storedesk/v1/tickets?assignee=me&status%5B0%5D=open&status%5B1%5D=pending&status%5B2%5D=on-hold&per_page=25&page=1',
	);

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
		$preloaded = array_reduce( self::PRELOAD, 'rest_preload_api_request', array() );
		wp_add_inline_script( 'wp-api-fetch', sprintf( 'wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( %s ) );', wp_json_encode( $preloaded ) ), 'after' );
	}
}
