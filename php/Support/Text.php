<?php
/**
 * Plain-text helpers.
 *
 * @package Storedesk
 */

namespace Storedesk\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Turns message bodies into the plain text the inbox previews and search use.
 */
final class Text {

	/**
	 * Plain text of an HTML or text body, whitespace collapsed.
	 *
	 * @param string $body   Message body.
	 * @param string $format html or text.
	 */
	public static function plain( string $body, string $format = 'html' ): string {
		if ( 'html' === $format || 'email' === $format ) {
			// Block-level tags end words; without a space "a</p><p>b" reads "ab".
			$body = preg_replace( '#<(br|/p|/div|/li|/h[1-6]|/tr)[^>]*>#i', ' ', $body );
			$body = html_entity_decode( wp_strip_all_tags( (string) $body ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
		return trim( (string) preg_replace( '/\s+/u', ' ', $body ) );
	}

	/**
	 * The first characters of a body, for list previews.
	 *
	 * @param string $body   Message body.
	 * @param string $format html or text.
	 * @param int    $length Maximum characters.
	 */
	public static function excerpt( string $body, string $format = 'html', int $length = 200 ): string {
		$plain = self::plain( $body, $format );
		return mb_strlen( $plain ) > $length ? rtrim( mb_substr( $plain, 0, $length - 1 ) ) . '…' : $plain;
	}
}
