<?php
/**
 * The help centre's stylesheet and script.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

defined( 'ABSPATH' ) || exit;

/**
 * One small stylesheet (build/style-help.css, with its RTL twin) for the
 * help centre's pages and the search box wherever it is placed, and one
 * tiny deferred script (build/help.js) that sends "Was this helpful?"
 * without reloading the page, only on articles. Nothing loads elsewhere.
 */
class HelpAssets {

	public const HANDLE = 'storedesk-help';

	/** Hooks registration and the help pages' enqueue. */
	public function register(): void {
		add_action( 'init', array( $this, 'register_handles' ), 5 );
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue_for_page' ) );
	}

	/** Registers the handles; early on init, before the blocks that name the style. */
	public function register_handles(): void {
		$url   = plugins_url( 'build/', STOREDESK_FILE );
		$asset = $this->asset();
		wp_register_style( self::HANDLE, $url . 'style-help.css', array(), $asset['version'] );
		wp_style_add_data( self::HANDLE, 'rtl', 'replace' );
		wp_register_script(
			self::HANDLE,
			$url . 'help.js',
			$asset['dependencies'],
			$asset['version'],
			array(
				'in_footer' => true,
				'strategy'  => 'defer',
			)
		);
	}

	/** On a help page: the style; on an article, the script too. */
	public function enqueue_for_page(): void {
		$page = HelpPage::current();
		if ( '' === $page ) {
			return;
		}
		$this->style();
		if ( HelpPage::ARTICLE === $page ) {
			wp_enqueue_script( self::HANDLE );
		}
	}

	/** The stylesheet, for any page that shows a part of the help centre. */
	public function style(): void {
		wp_enqueue_style( self::HANDLE );
	}

	/**
	 * Dependencies and version webpack recorded for the entry.
	 *
	 * @return array{dependencies: string[], version: string}
	 */
	private function asset(): array {
		$file = STOREDESK_DIR . '/build/help.asset.php';
		return is_readable( $file ) ? require $file : array(
			'dependencies' => array(),
			'version'      => STOREDESK_VERSION,
		);
	}
}
