<?php
/**
 * The help article's panel in the block editor.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase;

use Storedesk\Integrations\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Loads build/article-editor.js (src/article-editor) in the editor of a
 * help article only: who may read it, featured, and with WooCommerce the
 * products and categories it is about, all saved as the article's meta.
 */
final class ArticleEditor {

	public const HANDLE = 'storedesk-article-editor';

	/** Hooks the editor's assets. */
	public function register(): void {
		add_action( 'enqueue_block_editor_assets', array( $this, 'enqueue' ) );
	}

	/** The panel, when the post being edited is a help article. */
	public function enqueue(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		$file   = dirname( STOREDESK_FILE ) . '/build/article-editor.asset.php';
		if ( ! $screen || ArticlePostType::POST_TYPE !== $screen->post_type || ! is_readable( $file ) ) {
			return;
		}
		$asset = require $file;
		wp_enqueue_script( self::HANDLE, plugins_url( 'build/article-editor.js', STOREDESK_FILE ), $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( self::HANDLE, 'storedesk' );
		wp_add_inline_script( self::HANDLE, 'window.storedeskArticleEditor = ' . wp_json_encode( array( 'woocommerce' => Store::active() ) ) . ';', 'before' );
	}
}
