<?php
/**
 * A section whose schema says everything.
 *
 * @package Storedesk
 */

namespace Storedesk\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * The base of sections with nothing to check beyond their JSON schema.
 */
abstract class PlainSection implements Section {

	/**
	 * Nothing beyond the schema.
	 *
	 * @param string $key   Setting name.
	 * @param mixed  $value Value.
	 * @return true
	 */
	public static function check( string $key, $value ) {
		return true;
	}
}
