<?php
/**
 * Support roles and capabilities.
 *
 * @package Storedesk
 */

namespace Storedesk\Install;

defined( 'ABSPATH' ) || exit;

/**
 * Defines who may do what in the helpdesk.
 *
 * Capabilities are our own so a store owner can hand them out with any role
 * editor; administrators and WooCommerce shop managers get the manager set.
 */
final class Roles {

	public const ACCESS         = 'storedesk_access';
	public const EDIT_TICKETS   = 'storedesk_edit_tickets';
	public const VIEW_ALL       = 'storedesk_view_all_tickets';
	public const EDIT_CONTACTS  = 'storedesk_edit_contacts';
	public const MERGE_CONTACTS = 'storedesk_merge_contacts';
	public const MANAGE         = 'storedesk_manage_settings';
	public const REPORTS        = 'storedesk_view_reports';

	// WooCommerce: each order action is its own capability, so a store can let
	// agents see orders and add notes while only managers move money.
	public const VIEW_ORDERS   = 'storedesk_view_orders';
	public const ORDER_NOTES   = 'storedesk_add_order_notes';
	public const ORDER_EMAILS  = 'storedesk_resend_order_emails';
	public const ORDER_STATUS  = 'storedesk_edit_order_status';
	public const REFUND_ORDERS = 'storedesk_refund_orders';

	// Help articles (capability type storedesk_articles): agents write drafts
	// and read internal articles; managers publish and edit everyone's.
	private const ARTICLES_AGENT   = array( 'edit_storedesk_articles', 'delete_storedesk_articles', 'read_private_storedesk_articles' );
	private const ARTICLES_MANAGER = array( 'edit_others_storedesk_articles', 'publish_storedesk_articles', 'edit_published_storedesk_articles', 'delete_published_storedesk_articles', 'delete_others_storedesk_articles', 'edit_private_storedesk_articles', 'delete_private_storedesk_articles' );

	/** Capabilities of the Support Agent role. */
	public static function agent_caps(): array {
		return array_merge( array( self::ACCESS, self::EDIT_TICKETS, self::EDIT_CONTACTS, self::VIEW_ORDERS, self::ORDER_NOTES, self::ORDER_EMAILS ), self::ARTICLES_AGENT );
	}

	/** Capabilities of the Support Manager role. */
	public static function manager_caps(): array {
		return array_merge( self::agent_caps(), array( self::VIEW_ALL, self::MERGE_CONTACTS, self::MANAGE, self::REPORTS, self::ORDER_STATUS, self::REFUND_ORDERS ), self::ARTICLES_MANAGER );
	}

	/**
	 * Adds missing roles and capabilities. Never removes any, so what a
	 * store owner changed with a role editor survives upgrades.
	 */
	public static function install(): void {
		$base  = array(
			'read'         => true,
			'upload_files' => true,
		);
		$roles = array(
			'storedesk_agent'   => array( __( 'Support Agent', 'storedesk' ), self::agent_caps() ),
			'storedesk_manager' => array( __( 'Support Manager', 'storedesk' ), self::manager_caps() ),
			'administrator'     => array( '', self::manager_caps() ),
			'shop_manager'      => array( '', self::manager_caps() ),
		);
		foreach ( $roles as $name => list( $label, $caps ) ) {
			$role = get_role( $name );
			if ( ! $role && $label ) {
				$role = add_role( $name, $label, $base );
			}
			foreach ( $role ? $caps : array() as $cap ) {
				if ( ! $role->has_cap( $cap ) ) {
					$role->add_cap( $cap );
				}
			}
		}
	}

	/** Removes everything install() added. */
	public static function uninstall(): void {
		remove_role( 'storedesk_agent' );
		remove_role( 'storedesk_manager' );
		foreach ( array( 'administrator', 'shop_manager' ) as $name ) {
			$role = get_role( $name );
			foreach ( $role ? self::manager_caps() : array() as $cap ) {
				$role->remove_cap( $cap );
			}
		}
	}
}
