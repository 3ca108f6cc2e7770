<?php
/**
 * The support launcher on storefront pages.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\KnowledgeBase\Products\PageContext;
use Storedesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the launcher (a button drawn by the deferred loader; the panel and
 * its styles load only when opened) to every storefront page, unless the
 * store turned it off or the page hides it. Where it is off nothing of it
 * is printed.
 */
class Widget {

	public const HIDE_META = '_storedesk_hide_widget';

	/**
	 * Builds the widget.
	 *
	 * @param Assets      $assets  Loader.
	 * @param PageContext $context The product or order the page is about, for the help tab.
	 */
	public function __construct( private Assets $assets, private PageContext $context ) {}

	/** Hooks the front end and the per-page switch. */
	public function register(): void {
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue' ) );
		add_action( 'init', array( $this, 'register_meta' ) );
		add_action( 'add_meta_boxes', array( $this, 'add_meta_box' ) );
		add_action( 'save_post', array( $this, 'save_meta_box' ) );
	}

	/** Whether the current front-end page shows the launcher. */
	public function shows_here(): bool {
		$show = (bool) Settings::get( 'widget_enabled' ) && ! is_admin() && ! is_embed();
		if ( $show && is_singular() && get_post_meta( (int) get_queried_object_id(), self::HIDE_META, true ) ) {
			$show = false;
		}
		/**
		 * Filters whether the support launcher shows on the current page.
		 *
		 * @since 0.2.0
		 * @param bool $show Whether it shows.
		 */
		return (bool) apply_filters( 'storedesk_show_widget', $show );
	}

	/** Enqueues the loader with the launcher's settings. */
	public function enqueue(): void {
		if ( ! $this->shows_here() ) {
			return;
		}
		$label = (string) Settings::get( 'widget_label' );
		$this->assets->enqueue(
			array(
				'position' => (string) Settings::get( 'widget_position' ),
				'color'    => (string) Settings::get( 'widget_color' ),
				'label'    => '' !== $label ? $label : __( 'Help', 'storedesk' ),
				'help'     => $this->context->current(),
			)
		);
	}

	/** The per-page switch, also for the block editor's REST saves. */
	public function register_meta(): void {
		foreach ( array( 'post', 'page' ) as $type ) {
			register_post_meta(
				$type,
				self::HIDE_META,
				array(
					'type'          => 'boolean',
					'single'        => true,
					'show_in_rest'  => true,
					'default'       => false,
					'auth_callback' => static fn( $allowed, $key, $post_id ) => current_user_can( 'edit_post', $post_id ),
				)
			);
		}
	}

	/** A side box with the switch, in both editors. */
	public function add_meta_box(): void {
		add_meta_box( 'storedesk-widget', __( 'Support launcher', 'storedesk' ), array( $this, 'meta_box' ), array( 'post', 'page' ), 'side', 'low' );
	}

	/**
	 * The box.
	 *
	 * @param \WP_Post $post Post edited.
	 */
	public function meta_box( $post ): void {
		wp_nonce_field( 'storedesk_widget_meta', 'storedesk_widget_nonce' );
		printf(
			'<label><input type="checkbox" name="storedesk_hide_widget" value="1" %1$s> %2$s</label>',
			checked( (bool) get_post_meta( $post->ID, self::HIDE_META, true ), true, false ),
			esc_html__( 'Hide the support launcher on this page', 'storedesk' )
		);
	}

	/**
	 * Saves the box.
	 *
	 * @param int $post_id Post saved.
	 */
	public function save_meta_box( $post_id ): void {
		if ( ! isset( $_POST['storedesk_widget_nonce'] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['storedesk_widget_nonce'] ) ), 'storedesk_widget_meta' ) || ! current_user_can( 'edit_post', $post_id ) || wp_is_post_revision( $post_id ) ) {
			return;
		}
		if ( empty( $_POST['storedesk_hide_widget'] ) ) {
			delete_post_meta( $post_id, self::HIDE_META );
		} else {
			update_post_meta( $post_id, self::HIDE_META, true );
		}
	}
}
