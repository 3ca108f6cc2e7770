<?php
/**
 * A file that came with an email.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

defined( 'ABSPATH' ) || exit;

/**
 * An attachment or an inline part (an image the HTML shows by cid:), with
 * its bytes.
 */
final class ParsedFile {

	/**
	 * Builds the file.
	 *
	 * @param string      $name       File name (one is made up when the mail has none).
	 * @param string      $mime       Declared content type, lower case.
	 * @param string      $content    The decoded bytes.
	 * @param string|null $content_id Content-ID without angle brackets, for cid: links.
	 * @param bool        $inline     Shown inside the message rather than attached.
	 */
	public function __construct(
		public readonly string $name,
		public readonly string $mime,
		public readonly string $content,
		public readonly ?string $content_id = null,
		public readonly bool $inline = false,
	) {}

	/** Size in bytes. */
	public function size(): int {
		return strlen( $this->content );
	}
}
