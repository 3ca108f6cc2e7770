<?php
/**
 * Settings of files.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

use Storedesk\Settings\PlainSection;

defined( 'ABSPATH' ) || exit;

/**
 * Which files agents and customers may attach, and how large.
 */
final class AttachmentSettings extends PlainSection {

	/** Machine name. */
	public static function name(): string {
		return 'attachments';
	}

	/** Title. */
	public static function label(): string {
		return __( 'Attachments', 'storedesk' );
	}

	/** JSON schema of each setting. */
	public static function schema(): array {
		return array(
			'attachment_types'  => array(
				'description' => __( 'File extensions agents and customers may attach.', 'storedesk' ),
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => array_keys( AttachmentRules::TYPES ),
				),
				'uniqueItems' => true,
				'default'     => AttachmentRules::DEFAULT_TYPES,
			),
			'attachment_max_mb' => array(
				'description' => __( 'Largest attachment in megabytes (PHP\'s own upload limit still applies).', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 100,
				'default'     => AttachmentRules::DEFAULT_MAX_MB,
			),
		);
	}
}
