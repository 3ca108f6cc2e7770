<?php
/**
 * Storefront scripts and styles.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the storefront loader (a few KB, deferred, in the footer), its
 * stylesheet and the block editor script, and prints the loader's small
 * configuration once, whichever parts of the page asked for it (the widget,
 * a form or a portal block rendered late by a block theme).
 */
class Assets {

	public const LOADER = 'storedesk-storefront';
	public const STYLE  = 'storedesk-storefront-ui';
	public const EDITOR = 'storedesk-blocks-editor';

	/**
	 * What the page asked for: widget settings, or null without a widget.
	 *
	 * @var array{widget: array|null}|null
	 */
	private ?array $config = null;

	/**
	 * Builds the assets.
	 *
	 * @param TicketLink $links Portal URL.
	 */
	public function __construct( private TicketLink $links ) {}

	/** Registers the handles; runs on init. */
	public function register_handles(): void {
		$url = plugins_url( 'build/', STOREDESK_FILE );
		foreach ( array( self::LOADER => 'storefront', self::EDITOR => 'blocks-editor' ) as $handle => $name ) {
			$asset = $this->asset( $name );
			$args  = self::LOADER === $handle ? array( 'in_footer' => true, 'strategy' => 'defer' ) : array( 'in_footer' => true );
			wp_register_script( $handle, $url . $name . '.js', $asset['dependencies'], $asset['version'], $args );
			wp_set_script_translations( $handle, 'storedesk' );
		}
		wp_register_style( self::STYLE, $url . 'style-storefront-ui.css', array(), $this->asset( 'storefront-ui' )['version'] );
		wp_style_add_data( self::STYLE, 'rtl', 'replace' );
	}

	/**
	 * Enqueues the loader; with widget settings, it also shows the launcher.
	 *
	 * @param array|null $widget Launcher position, colour and label.
	 */
	public function enqueue( ?array $widget = null ): void {
		if ( null === $this->config ) {
			$this->config = array( 'widget' => null );
			wp_enqueue_script( self::LOADER );
			// Late enough for blocks a block theme renders before wp_head, early enough for the footer scripts.
			add_action( 'wp_footer', array( $this, 'print_config' ), 1 );
		}
		if ( null !== $widget ) {
			$this->config['widget'] = $widget;
		}
	}

	/** Whether the loader was asked for on this page. */
	public function enqueued(): bool {
		return null !== $this->config;
	}

	/** Adds the configuration before the loader. */
	public function print_config(): void {
		$style  = wp_styles()->query( self::STYLE );
		$css    = $style ? $style->src . '?ver=' . $style->ver : '';
		$config = array(
			'publicPath' => plugins_url( 'build/', STOREDESK_FILE ),
			'api'        => esc_url_raw( rest_url( 'storedesk/store/v1/' ) ),
			'nonce'      => is_user_logged_in() ? wp_create_nonce( 'wp_rest' ) : '',
			'css'        => is_rtl() ? str_replace( '.css', '-rtl.css', $css ) : $css,
			'portal'     => $this->links->portal_url(),
			'loggedIn'   => is_user_logged_in(),
			'widget'     => $this->config['widget'] ?? null,
		);
		wp_add_inline_script( self::LOADER, 'window.storedeskStore=' . wp_json_encode( $config ) . ';', 'before' );
	}

	/**
	 * Dependencies and version webpack recorded for an entry.
	 *
	 * @param string $name Entry name.
	 * @return array{dependencies: string[], version: string}
	 */
	private function asset( string $name ): array {
		$file = STOREDESK_DIR . '/build/' . $name . '.asset.php';
		return is_readable( $file ) ? require $file : array(
			'dependencies' => array(),
			'version'      => STOREDESK_VERSION,
		);
	}
}
