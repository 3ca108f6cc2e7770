<?php
/**
 * The Support menu in wp-admin.
 *
 * @package Storedesk
 */

namespace Storedesk\Admin;

use Storedesk\Install\Roles;
use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the top-level Support page that mounts the inbox app, with a bubble
 * counting the agent's open tickets and the unassigned ones.
 */
class Menu {

	public const SLUG = 'storedesk';

	/**
	 * Builds the menu.
	 *
	 * @param Assets $assets Script and style loading.
	 */
	public function __construct( private Assets $assets ) {}

	/** Hooks the menu. */
	public function register(): void {
		// Before WordPress adds the post types that live under this menu (help
		// articles): its first item, which the menu's own link opens, is the inbox.
		add_action( 'admin_menu', array( $this, 'add_menu' ), 9 );
	}

	/** Adds the page. */
	public function add_menu(): void {
		$count = $this->open_count( get_current_user_id() );
		$title = __( 'Support', 'storedesk' );
		if ( $count > 0 ) {
			$title .= sprintf( ' <span class="awaiting-mod count-%1$d"><span class="pending-count" aria-hidden="true">%1$s</span><span class="screen-reader-text">%2$s</span></span>', $count, esc_html( sprintf( /* translators: %s: number of tickets */ _n( '%s open ticket for you', '%s open tickets for you', $count, 'storedesk' ), number_format_i18n( $count ) ) ) );
		}
		$hook = add_menu_page( __( 'Support', 'storedesk' ), $title, Roles::ACCESS, self::SLUG, array( $this, 'render' ), 'dashicons-format-chat', 26 );
		add_action( 'load-' . $hook, array( $this->assets, 'enqueue' ) );
		add_submenu_page( self::SLUG, __( 'Support', 'storedesk' ), __( 'Inbox', 'storedesk' ), Roles::ACCESS, self::SLUG );
	}

	/** Prints the mount point of the app. */
	public function render(): void {
		echo '<div class="wrap"><div id="storedesk-admin-root"><h1>' . esc_html__( 'Support', 'storedesk' ) . '</h1>';
		if ( ! $this->assets->built() ) {
			echo '<p>' . esc_html__( 'The inbox app is not built. Run npm run build.', 'storedesk' ) . '</p>';
		}
		echo '</div></div>';
	}

	/**
	 * Open tickets that are the agent's or nobody's: two indexed equality
	 * counts on (assignee_id, status), never a scan.
	 *
	 * @param int $user_id Agent.
	 */
	private function open_count( int $user_id ): int {
		global $wpdb;
		if ( ! $user_id || ! current_user_can( Roles::ACCESS ) ) {
			return 0;
		}
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'ticket_index' ) . " WHERE assignee_id IN (%d, 0) AND status = 'open'", $user_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
}
