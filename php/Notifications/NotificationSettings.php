<?php
/**
 * Settings of the emails.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Settings\PlainSection;

defined( 'ABSPATH' ) || exit;

/**
 * Each email's subject and introduction, as managers wrote them.
 */
final class NotificationSettings extends PlainSection {

	/** Machine name. */
	public static function name(): string {
		return 'notifications';
	}

	/** Title. */
	public static function label(): string {
		return __( 'Notifications', 'storedesk' );
	}

	/** JSON schema of each setting. */
	public static function schema(): array {
		return array( 'emails' => EmailTypes::settings_schema() );
	}
}
