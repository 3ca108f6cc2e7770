<?php
/**
 * The help centre's blocks and shortcode.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

defined( 'ABSPATH' ) || exit;

/**
 * The storedesk/help-search block (and [storedesk_help_search placeholder="…"] for
 * classic themes and page builders) puts the help centre's search box on
 * any page; storedesk/help-centre draws the help centre's own pages inside
 * the block template (HelpTemplates), and is kept out of the inserter. Both
 * render on the server; the editor shows a preview
 * (src/storefront/blocks/editor.tsx).
 */
class HelpBlocks {

	public const SHORTCODE = 'storedesk_help_search';

	/**
	 * Builds the registrar.
	 *
	 * @param SearchBox $box   Search form.
	 * @param HelpPages $pages Help pages.
	 */
	public function __construct( private SearchBox $box, private HelpPages $pages ) {}

	/** Hooks registration. */
	public function register(): void {
		add_action( 'init', array( $this, 'register_blocks' ) );
		add_action( 'init', array( $this, 'register_shortcode' ) );
	}

	/** Registers both blocks from their block.json (the built copy when there is one). */
	public function register_blocks(): void {
		$this->block(
			'help-search',
			fn( $attributes ) => $this->box->html(
				(string) ( $attributes['placeholder'] ?? '' ),
				'',
				get_block_wrapper_attributes( array( 'class' => 'storedesk-help-search' ) )
			)
		);
		$this->block( 'help-centre', fn() => $this->pages->render() );
	}

	/** Registers the shortcode. */
	public function register_shortcode(): void {
		add_shortcode( self::SHORTCODE, array( $this, 'shortcode' ) );
	}

	/**
	 * [storedesk_help_search placeholder="…"].
	 *
	 * @param array|string $atts Shortcode attributes ('' when none).
	 */
	public function shortcode( $atts ): string {
		$atts = shortcode_atts( array( 'placeholder' => '' ), (array) $atts, self::SHORTCODE );
		return $this->box->html( sanitize_text_field( (string) $atts['placeholder'] ) );
	}

	/**
	 * Registers one block.
	 *
	 * @param string   $name   Folder name.
	 * @param callable $render Render callback.
	 */
	private function block( string $name, callable $render ): void {
		$built = STOREDESK_DIR . '/build/help/blocks/' . $name;
		register_block_type( is_readable( $built . '/block.json' ) ? $built : STOREDESK_DIR . '/src/help/blocks/' . $name, array( 'render_callback' => $render ) );
	}
}
