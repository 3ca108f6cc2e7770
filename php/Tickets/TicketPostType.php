<?php
/**
 * Ticket post type, statuses and tag taxonomy.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Install\Roles;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the ticket as a post so export, privacy tools and locks apply.
 *
 * Tickets are hidden from every core screen and from wp/v2: our own REST
 * routes check per-ticket access, which core's post endpoints cannot.
 */
final class TicketPostType {

	public const POST_TYPE    = 'storedesk_ticket';
	public const TAG_TAXONOMY = 'storedesk_tag';

	/** Hooks registration into init. */
	public function register(): void {
		add_action( 'init', array( $this, 'register_types' ), 5 );
		add_filter( 'pre_wp_unique_post_slug', array( $this, 'keep_slug' ), 10, 5 );
	}

	/**
	 * Tickets have no URL, so their slug is never looked up, and each gets a
	 * random one (TicketCreator). WordPress would otherwise make the title
	 * unique with one query per earlier ticket of the same subject ("where-
	 * is-my-order-2", "-3", …): 50 queries for the 50th "Where is my order?".
	 *
	 * @param string|null $override  Slug decided by an earlier filter.
	 * @param string      $slug      Requested slug.
	 * @param int         $post_id   Post.
	 * @param string      $status    Post status.
	 * @param string      $post_type Post type.
	 */
	public function keep_slug( $override, $slug, $post_id, $status, $post_type ) {
		return self::POST_TYPE === $post_type && '' !== (string) $slug ? (string) $slug : $override;
	}

	/** Registers the post type, its statuses and its tags. */
	public function register_types(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'          => __( 'Tickets', 'storedesk' ),
					'singular_name' => __( 'Ticket', 'storedesk' ),
				),
				'public'          => false,
				'show_ui'         => false,
				'show_in_rest'    => false,
				'can_export'      => true,
				'rewrite'         => false,
				'query_var'       => false,
				'supports'        => array( 'title', 'author' ),
				'capability_type' => 'storedesk_ticket',
				'map_meta_cap'    => false,
				'capabilities'    => array(
					'edit_posts'   => Roles::EDIT_TICKETS,
					'read_post'    => 'storedesk_view_ticket',
					'edit_post'    => 'storedesk_edit_ticket',
					'delete_post'  => Roles::MANAGE,
					'create_posts' => Roles::EDIT_TICKETS,
				),
			)
		);
		foreach ( Vocabulary::statuses() as $status => $label ) {
			register_post_status(
				Vocabulary::post_status( $status ),
				array(
					'label'                     => $label,
					'public'                    => false,
					'internal'                  => true,
					'exclude_from_search'       => true,
					'show_in_admin_all_list'    => false,
					'show_in_admin_status_list' => false,
				)
			);
		}
		register_taxonomy(
			self::TAG_TAXONOMY,
			self::POST_TYPE,
			array(
				'labels'                => array(
					'name'          => __( 'Ticket tags', 'storedesk' ),
					'singular_name' => __( 'Ticket tag', 'storedesk' ),
				),
				'public'                => false,
				'show_ui'               => false,
				'show_in_rest'          => false,
				'rewrite'               => false,
				'query_var'             => false,
				'hierarchical'          => false,
				'show_admin_column'     => false,
				// Core counts only published posts; tickets are never "published".
				'update_count_callback' => '_update_generic_term_count',
				'capabilities'          => array(
					'manage_terms' => Roles::EDIT_TICKETS,
					'edit_terms'   => Roles::EDIT_TICKETS,
					'delete_terms' => Roles::MANAGE,
					'assign_terms' => Roles::EDIT_TICKETS,
				),
			)
		);
	}
}
