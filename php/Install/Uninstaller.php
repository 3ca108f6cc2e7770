<?php
/**
 * Uninstall clean-up.
 *
 * @package Storedesk
 */

namespace Storedesk\Install;

use Storedesk\Attachments\AttachmentStorage;
use Storedesk\Settings\Settings;
use Storedesk\Tickets\TicketPostType;

defined( 'ABSPATH' ) || exit;

/**
 * Deletes data on uninstall only when the owner asked for it in settings:
 * support history is too valuable to lose to a routine plugin removal.
 */
final class Uninstaller {

	/** Uninstall hook. */
	public static function uninstall(): void {
		Roles::uninstall();
		if ( ! Settings::get( 'delete_data_on_uninstall' ) ) {
			return;
		}
		( new AttachmentStorage() )->delete_all();
		global $wpdb;
		foreach ( Schema::names() as $name ) {
			$wpdb->query( 'DROP TABLE IF EXISTS ' . Schema::table( $name ) ); // phpcs:ignore WordPress.DB.PreparedSQL -- table names are ours.
		}
		// Two statements: the SQLite integration has no multi-table DELETE.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->postmeta} WHERE post_id IN ( SELECT ID FROM {$wpdb->posts} WHERE post_type = %s )", TicketPostType::POST_TYPE ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->posts} WHERE post_type = %s", TicketPostType::POST_TYPE ) );
		$terms = get_terms(
			array(
				'taxonomy'   => TicketPostType::TAG_TAXONOMY,
				'hide_empty' => false,
				'fields'     => 'ids',
			)
		);
		foreach ( is_array( $terms ) ? $terms : array() as $term_id ) {
			wp_delete_term( $term_id, TicketPostType::TAG_TAXONOMY );
		}
		$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE 'storedesk\\_%'" );
	}
}
