<?php
/**
 * A file that came with a customer's message.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

defined( 'ABSPATH' ) || exit;

/**
 * The bytes of an email attachment or a messenger's media, as the channel
 * received them; Intake keeps those the attachment rules allow.
 */
final class InboundFile {

	/**
	 * Builds the file.
	 *
	 * @param string      $name       File name.
	 * @param string      $content    Bytes.
	 * @param string|null $content_id Content-ID an email's HTML shows it by (cid:), without brackets.
	 */
	public function __construct(
		public readonly string $name,
		public readonly string $content,
		public readonly ?string $content_id = null,
	) {}
}
