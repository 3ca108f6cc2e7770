<?php
/**
 * Store-wide helpdesk settings.
 *
 * @package Storedesk
 */

namespace Storedesk\Settings;

use Storedesk\Channels\ChannelRegistry;
use Storedesk\Storefront\StorefrontSettings;

defined( 'ABSPATH' ) || exit;

/**
 * One autoloaded option holding every setting, composed of the domains'
 * sections (Section) and each channel's own (Channel::settings(), under
 * channel_{slug}), validated against the schema the REST settings route
 * shares.
 */
final class Settings {

	public const OPTION = 'storedesk_settings';

	/** The domains' sections, in the order a manager reads them. */
	private const SECTIONS = array(
		DeskSettings::class,
		\Storedesk\Attachments\AttachmentSettings::class,
		\Storedesk\Notifications\NotificationSettings::class,
		StorefrontSettings::class,
	);

	/**
	 * The schema and the sections as built for a locale: Settings::get()
	 * runs on every capability check, and building the schema translates
	 * every description.
	 *
	 * @var array<string, array{schema: array, sections: array, checks: array}>
	 */
	private static array $built = array();

	/**
	 * The domains' part of $built, by locale.
	 *
	 * @var array<string, array{schema: array, sections: array, checks: array}>
	 */
	private static array $domains = array();

	/** JSON schema of each setting, built once per request and locale. */
	public static function schema(): array {
		return self::built()['schema'];
	}

	/**
	 * The sections: name => label and the keys it owns.
	 *
	 * @return array<string, array{label: string, keys: string[]}>
	 */
	public static function sections(): array {
		return self::built()['sections'];
	}

	/** Forgets the built schema (the channels changed). */
	public static function flush(): void {
		self::$built   = array();
		self::$domains = array();
	}

	/** The schema and sections for the current locale, the channels' included. */
	private static function built(): array {
		$locale                   = determine_locale();
		self::$built[ $locale ] ??= self::with_channels( self::domains() );
		return self::$built[ $locale ];
	}

	/**
	 * The domains' sections alone: what a capability check or a page asks
	 * for, without building every channel.
	 */
	private static function domains(): array {
		$locale                     = determine_locale();
		self::$domains[ $locale ] ??= self::build();
		return self::$domains[ $locale ];
	}

	/** Builds the schema from the domains' sections. */
	private static function build(): array {
		$out = array(
			'schema'   => array(),
			'sections' => array(),
			'checks'   => array(),
		);
		foreach ( self::SECTIONS as $section ) {
			$fields                              = $section::schema();
			$out['schema']                      += $fields;
			$out['sections'][ $section::name() ] = array(
				'label' => $section::label(),
				'keys'  => array_keys( $fields ),
			);
			$out['checks']                      += array_fill_keys( array_keys( $fields ), array( $section, 'check' ) );
		}
		return $out;
	}

	/**
	 * The domains' sections and each channel's own.
	 *
	 * @param array $out The domains' schema, sections and checks.
	 */
	private static function with_channels( array $out ): array {
		foreach ( \Storedesk\Plugin::container()->get( ChannelRegistry::class )->all() as $channel ) {
			$fields = $channel->settings();
			if ( ! $fields ) {
				continue;
			}
			$key                     = 'channel_' . $channel->slug();
			$out['schema'][ $key ]   = array(
				/* translators: %s: channel name, such as WhatsApp */
				'description'          => sprintf( __( 'Settings of the %s channel.', 'storedesk' ), $channel->label() ),
				'type'                 => 'object',
				'properties'           => $fields,
				'additionalProperties' => false,
				'default'              => array_map( static fn( array $f ) => $f['default'] ?? null, $fields ),
			);
			$out['sections'][ $key ] = array(
				'label' => $channel->label(),
				'keys'  => array( $key ),
			);
		}
		return $out;
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
		$stored = get_option( self::OPTION, array() );
		if ( is_array( $stored ) && array_key_exists( $key, $stored ) ) {
			return $stored[ $key ];
		}
		// Runs on every capability check: the channels are built only for a channel's key.
		$schema = str_starts_with( $key, 'channel_' ) ? self::schema() : self::domains()['schema'];
		return $schema[ $key ]['default'] ?? null;
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
			// A channel's section is changed field by field: what is not sent stays.
			if ( str_starts_with( $key, 'channel_' ) && is_array( $value ) && is_array( $next[ $key ] ) ) {
				$value += $next[ $key ];
			}
			$valid = rest_validate_value_from_schema( $value, $schema[ $key ], $key );
			$check = self::built()['checks'][ $key ] ?? null;
			$valid = true === $valid && $check ? $check( $key, $value ) : $valid;
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
