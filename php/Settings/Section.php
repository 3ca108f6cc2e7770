<?php
/**
 * A domain's part of the settings.
 *
 * @package Storedesk
 */

namespace Storedesk\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Each domain (the desk, attachments, notifications, the storefront) owns
 * its section: the keys, their JSON schema and what the schema cannot say.
 * Settings composes them into one option and one REST route; each channel
 * adds its own section through Channel::settings().
 */
interface Section {

	/** Machine name, such as storefront. */
	public static function name(): string;

	/** What a manager reads as the section's title. */
	public static function label(): string;

	/**
	 * JSON schema of each of its settings, by key.
	 *
	 * @return array<string, array>
	 */
	public static function schema(): array;

	/**
	 * What JSON schema cannot check about a value that passed it.
	 *
	 * @param string $key   Setting name.
	 * @param mixed  $value Value.
	 * @return true|\WP_Error
	 */
	public static function check( string $key, $value );
}
