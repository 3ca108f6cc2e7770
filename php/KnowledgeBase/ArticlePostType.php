<?php
/**
 * Knowledge-base articles, their categories and tags.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase;

use Storedesk\Admin\Menu;

defined( 'ABSPATH' ) || exit;

/**
 * Articles are ordinary posts of their own type, written in the block
 * editor, so revisions, translation plugins, exports and sitemaps work as
 * they do for pages. Who may read each is Visibility's, enforced by
 * ArticleAccess on every way in.
 */
final class ArticlePostType {

	public const POST_TYPE = 'storedesk_article';
	public const CATEGORY  = 'storedesk_kb_category';
	public const TAG       = 'storedesk_kb_tag';
	/** Capability type: edit_storedesk_articles, publish_storedesk_articles, … */
	public const CAPS = 'storedesk_articles';
	/** Whether an article is featured on the help centre's home. */
	public const FEATURED = 'storedesk_featured';

	/** The paths under the base that are the help centre's own pages, never an article's. */
	public const RESERVED = array( 'search', 'topic', 'tag' );

	/** Hooks registration into init. */
	public function register(): void {
		add_action( 'init', array( $this, 'register_types' ), 5 );
		add_filter( 'wp_unique_post_slug', array( $this, 'unreserved_slug' ), 10, 6 );
	}

	/**
	 * An article named "Search" or "Tag" gets "search-2", as WordPress does
	 * for a slug its own URLs use: /help/search/ is the help centre's search.
	 *
	 * @param string $slug          Unique slug WordPress chose.
	 * @param int    $post_id       Post.
	 * @param string $post_status   Status.
	 * @param string $post_type     Type.
	 * @param int    $post_parent   Parent.
	 * @param string $original_slug Slug asked for.
	 */
	public function unreserved_slug( $slug, $post_id, $post_status, $post_type, $post_parent = 0, $original_slug = '' ) {
		if ( self::POST_TYPE !== $post_type || ! in_array( $slug, self::RESERVED, true ) ) {
			return $slug;
		}
		$suffix = 2;
		while ( get_page_by_path( $slug . '-' . $suffix, 'OBJECT', self::POST_TYPE ) ) {
			++$suffix;
		}
		return $slug . '-' . $suffix;
	}

	/** The help centre's URL base, "help" unless changed. */
	public static function base(): string {
		/**
		 * Filters the help centre's URL base (/help/… by default).
		 *
		 * @since 0.15.0
		 * @param string $base Path segment without slashes.
		 */
		$base = trim( (string) apply_filters( 'storedesk_help_base', (string) get_option( 'storedesk_help_base', 'help' ) ), '/' );
		return '' !== $base ? $base : 'help';
	}

	/** Registers the post type, its taxonomies and its meta. */
	public function register_types(): void {
		$base = self::base();
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'          => __( 'Help articles', 'storedesk' ),
					'singular_name' => __( 'Help article', 'storedesk' ),
					'add_new_item'  => __( 'Add help article', 'storedesk' ),
					'edit_item'     => __( 'Edit help article', 'storedesk' ),
					'menu_name'     => __( 'Knowledge base', 'storedesk' ),
				),
				'public'          => true,
				'show_in_menu'    => Menu::SLUG,
				'show_in_rest'    => true,
				'rest_base'       => 'storedesk-articles',
				'has_archive'     => false,
				'hierarchical'    => false,
				'rewrite'         => array(
					'slug'       => $base,
					'with_front' => false,
				),
				'supports'        => array( 'title', 'editor', 'excerpt', 'revisions', 'page-attributes', 'custom-fields', 'author' ),
				'capability_type' => array( 'storedesk_article', self::CAPS ),
				'map_meta_cap'    => true,
				'taxonomies'      => array( self::CATEGORY, self::TAG ),
			)
		);
		register_taxonomy(
			self::CATEGORY,
			self::POST_TYPE,
			array(
				'labels'            => array(
					'name'          => __( 'Help categories', 'storedesk' ),
					'singular_name' => __( 'Help category', 'storedesk' ),
				),
				'hierarchical'      => true,
				'public'            => true,
				'show_in_rest'      => true,
				'show_admin_column' => true,
				'rewrite'           => array(
					'slug'         => $base . '/topic',
					'with_front'   => false,
					'hierarchical' => true,
				),
				'capabilities'      => self::term_caps(),
			)
		);
		register_taxonomy(
			self::TAG,
			self::POST_TYPE,
			array(
				'labels'       => array(
					'name'          => __( 'Help tags', 'storedesk' ),
					'singular_name' => __( 'Help tag', 'storedesk' ),
				),
				'public'       => true,
				'show_in_rest' => true,
				'rewrite'      => array(
					'slug'       => $base . '/tag',
					'with_front' => false,
				),
				'capabilities' => self::term_caps(),
			)
		);
		$edit = static fn() => current_user_can( 'edit_' . self::CAPS );
		register_post_meta(
			self::POST_TYPE,
			Visibility::META,
			array(
				'type'              => 'string',
				'single'            => true,
				'default'           => Visibility::PUBLIC,
				'show_in_rest'      => array( 'schema' => array( 'enum' => array_keys( Visibility::CODES ) ) ),
				'sanitize_callback' => static fn( $v ) => isset( Visibility::CODES[ $v ] ) ? $v : Visibility::INTERNAL,
				'auth_callback'     => $edit,
			)
		);
		register_post_meta(
			self::POST_TYPE,
			self::FEATURED,
			array(
				'type'          => 'boolean',
				'single'        => true,
				'default'       => false,
				'show_in_rest'  => true,
				'auth_callback' => $edit,
			)
		);
	}

	/** Who manages the help categories and tags: whoever edits articles. */
	private static function term_caps(): array {
		return array(
			'manage_terms' => 'edit_' . self::CAPS,
			'edit_terms'   => 'edit_' . self::CAPS,
			'delete_terms' => 'edit_others_' . self::CAPS,
			'assign_terms' => 'edit_' . self::CAPS,
		);
	}
}
