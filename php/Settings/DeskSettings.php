<?php
/**
 * Settings of the desk as a whole.
 *
 * @package Storedesk
 */

namespace Storedesk\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Who sees what, and whether the data outlives the plugin.
 */
final class DeskSettings extends PlainSection {

	/** Machine name. */
	public static function name(): string {
		return 'desk';
	}

	/** Title. */
	public static function label(): string {
		return __( 'Desk', 'storedesk' );
	}

	/** JSON schema of each setting. */
	public static function schema(): array {
		return array(
			'agent_scope'              => array(
				'description' => __( 'Whether agents see every ticket or only their own and unassigned ones.', 'storedesk' ),
				'type'        => 'string',
				'enum'        => array( 'all', 'own' ),
				'default'     => 'all',
			),
			'delete_data_on_uninstall' => array(
				'description' => __( 'Delete all tickets, contacts and settings when the plugin is deleted.', 'storedesk' ),
				'type'        => 'boolean',
				'default'     => false,
			),
		);
	}
}
