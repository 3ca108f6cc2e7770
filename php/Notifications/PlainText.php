<?php
/**
 * HTML to readable plain text.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Messages\MessageHtml;

defined( 'ABSPATH' ) || exit;

/**
 * Turns a message body into the text part of an email, keeping what makes
 * it readable: paragraphs, line breaks, list items and link targets.
 */
final class PlainText {

	/**
	 * Plain text of an HTML or text body.
	 *
	 * @param string $body   Body.
	 * @param string $format html, email or text.
	 */
	public static function of( string $body, string $format = 'html' ): string {
		if ( 'html' !== $format && 'email' !== $format ) {
			return trim( str_replace( "\r\n", "\n", $body ) );
		}
		// A link's target matters in plain text: "our guide (https://…)".
		$text = (string) preg_replace_callback(
			'#<a\s[^>]*href=(["\'])(.*?)\1[^>]*>(.*?)</a>#is',
			static function ( $m ) {
				$label = trim( wp_strip_all_tags( $m[3] ) );
				$url   = html_entity_decode( $m[2], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
				return '' === $label || $label === $url ? $url : "{$label} ({$url})";
			},
			$body
		);
		$text = (string) preg_replace( '#\s*<br\s*/?>\s*#i', "\n", $text );
		$text = (string) preg_replace( '#<li[^>]*>#i', "\n- ", $text );
		$text = (string) preg_replace( '#</(p|div|h[1-6]|ul|ol|blockquote|pre|table|tr)>#i', "\n\n", $text );
		$text = html_entity_decode( wp_strip_all_tags( $text ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		$text = (string) preg_replace( '/[ \t]+/u', ' ', $text );
		$text = (string) preg_replace( '/ *\n */u', "\n", $text );
		return trim( (string) preg_replace( "/\n{3,}/", "\n\n", $text ) );
	}

	/**
	 * The safe HTML of a body for an HTML email.
	 *
	 * @param string $body   Body.
	 * @param string $format html, email or text.
	 */
	public static function html( string $body, string $format = 'html' ): string {
		return 'html' === $format || 'email' === $format ? MessageHtml::clean( $body ) : wpautop( esc_html( $body ) );
	}
}
