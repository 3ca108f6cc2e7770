<?php
/**
 * Storefront blocks and shortcodes.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * The contact form and the portal as server-rendered blocks (for block
 * themes and the block editor) and as shortcodes (for classic themes and
 * page builders), both drawn by the same renderers.
 */
class Blocks {

	/**
	 * Builds the registrar.
	 *
	 * @param Assets         $assets Scripts and styles.
	 * @param FormRenderer   $form   Contact form.
	 * @param PortalRenderer $portal Portal.
	 */
	public function __construct( private Assets $assets, private FormRenderer $form, private PortalRenderer $portal ) {}

	/** Hooks registration. */
	public function register(): void {
		add_action( 'init', array( $this, 'register_blocks' ) );
		add_action( 'init', array( $this, 'register_shortcodes' ) );
	}

	/** Registers the script and style handles and the blocks. */
	public function register_blocks(): void {
		$this->assets->register_handles();
		$this->block( 'contact-form', fn() => $this->form->render( get_block_wrapper_attributes( array( 'class' => 'storedesk-contact-form' ) ) ) );
		$this->block( 'portal', fn() => $this->portal->render( get_block_wrapper_attributes( array( 'class' => 'storedesk-portal-block' ) ) ) );
	}

	/** Registers the shortcodes, for classic themes and page builders. */
	public function register_shortcodes(): void {
		add_shortcode( 'storedesk_contact_form', fn() => $this->form->render() );
		add_shortcode( 'storedesk_portal', fn() => $this->portal->render() );
	}

	/**
	 * Registers one block from its block.json (the built copy when there is one).
	 *
	 * @param string   $name   Folder name.
	 * @param callable $render Render callback.
	 */
	private function block( string $name, callable $render ): void {
		$built = STOREDESK_DIR . '/build/storefront/blocks/' . $name;
		register_block_type( is_readable( $built . '/block.json' ) ? $built : STOREDESK_DIR . '/src/storefront/blocks/' . $name, array( 'render_callback' => $render ) );
	}
}
