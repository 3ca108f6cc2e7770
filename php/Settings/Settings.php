<?php
/**
 * Store-wide helpdesk settings.
 *
 * @package Storedesk
 */

namespace Storedesk\Settings;

use Storedesk\Storefront\StorefrontSettings;

defined( 'ABSPATH' ) || exit;

/**
 * One autoloaded option holding every setting, validated against a schema
 * that the REST settings route shares.
 */
final class Settings {

	public const OPTION = 'storedesk_settings';

	/**
	 * The schema as built for a locale: Settings::get() runs on every
	 * capability check, and building the schema translates every description.
	 *
	 * @var array<string, array>
	 */
	private static array $schemas = array();

	/** JSON schema of each setting, built once per request and locale. */
	public static function schema(): array {
		$locale                     = determine_locale();
		self::$schemas[ $locale ] ??= self::build();
		return self::$schemas[ $locale ];
	}

	/** Builds the schema. */
	private static function build(): array {
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
			'attachment_types'         => array(
				'description' => __( 'File extensions agents and customers may attach.', 'storedesk' ),
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => array_keys( \Storedesk\Attachments\AttachmentRules::TYPES ),
				),
				'uniqueItems' => true,
				'default'     => \Storedesk\Attachments\AttachmentRules::DEFAULT_TYPES,
			),
			'attachment_max_mb'        => array(
				'description' => __( 'Largest attachment in megabytes (PHP\'s own upload limit still applies).', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 100,
				'default'     => \Storedesk\Attachments\AttachmentRules::DEFAULT_MAX_MB,
			),
			'emails'                   => \Storedesk\Notifications\EmailTypes::settings_schema(),
		) + StorefrontSettings::schema();
	}

	/** Every setting with defaults filled in. */
	public static function all(): array {
		$stored = get_option( self::OPTION, array() );
		$out    = array();
		foreach ( self::schema() as $key => $schema ) {
			$out[ $key ] = is_array( $stored ) && array_key_exists( $key, $stored ) ? $stored[ $key ] : $schema['default'];
		}
		return $out;
	}

	/**
	 * One setting.
	 *
	 * @param string $key Setting name.
	 * @return mixed
	 */
	public static function get( string $key ) {
		return self::all()[ $key ] ?? null;
	}

	/**
	 * Validates and stores changes; unknown keys and bad values are errors.
	 *
	 * @param array $changes Setting name => value.
	 * @return array|\WP_Error The new settings.
	 */
	public static function update( array $changes ) {
		$schema = self::schema();
		$next   = self::all();
		foreach ( $changes as $key => $value ) {
			if ( ! isset( $schema[ $key ] ) ) {
				return new \WP_Error( 'storedesk_unknown_setting', sprintf( /* translators: %s: setting name */ __( 'There is no setting called "%s".', 'storedesk' ), $key ), array( 'status' => 400 ) );
			}
			$valid = rest_validate_value_from_schema( $value, $schema[ $key ], $key );
			$valid = true === $valid ? StorefrontSettings::check( $key, $value ) : $valid;
			if ( is_wp_error( $valid ) ) {
				// Data once, with the status and whatever the check said (the param at fault).
				return new \WP_Error( $valid->get_error_code(), $valid->get_error_message(), array( 'status' => 400 ) + (array) $valid->get_error_data() );
			}
			$next[ $key ] = rest_sanitize_value_from_schema( $value, $schema[ $key ], $key );
		}
		update_option( self::OPTION, $next, true );
		return $next;
	}
}
