<?php
/**
 * Placeholders in email subjects and introductions.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * Fills {customer_name}, {ticket_link} and the rest into a manager's text.
 * The text and the values are both plain text: the HTML version escapes
 * each piece separately, so neither a manager's "<b>" nor a customer named
 * "<script>" ever becomes markup.
 */
final class Placeholders {

	/**
	 * Plain text with the placeholders filled in; unknown ones stay as typed.
	 *
	 * @param string                $text   Text with {placeholders}.
	 * @param array<string, string> $values Placeholder => value.
	 */
	public static function plain( string $text, array $values ): string {
		return self::fill( $text, $values, static fn( string $s ) => $s, static fn( string $key, string $value ) => $value );
	}

	/**
	 * One line for a header: placeholders filled in, line breaks and control characters removed.
	 *
	 * @param string                $text   Text with {placeholders}.
	 * @param array<string, string> $values Placeholder => value.
	 */
	public static function line( string $text, array $values ): string {
		return trim( (string) preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', self::plain( $text, $values ) ) );
	}

	/**
	 * Escaped HTML paragraphs: blank lines separate paragraphs, single line
	 * breaks become <br>, and {ticket_link} becomes a link.
	 *
	 * @param string                $text   Text with {placeholders}.
	 * @param array<string, string> $values Placeholder => value.
	 */
	public static function html( string $text, array $values ): string {
		$paragraphs = preg_split( '/\R\s*\R/u', trim( str_replace( "\r", '', $text ) ) );
		$out        = '';
		foreach ( $paragraphs ? $paragraphs : array() as $paragraph ) {
			$html = self::fill(
				$paragraph,
				$values,
				static fn( string $s ) => esc_html( $s ),
				static fn( string $key, string $value ) => 'ticket_link' === $key && '' !== $value
					? '<a href="' . esc_url( $value ) . '">' . esc_html( $value ) . '</a>'
					: esc_html( $value )
			);
			$out .= '' === trim( $paragraph ) ? '' : '<p>' . nl2br( $html, false ) . "</p>\n";
		}
		return $out;
	}

	/**
	 * Splits a text at its placeholders and joins the pieces back, each through its own function.
	 *
	 * @param string                           $text    Text with {placeholders}.
	 * @param array<string, string>            $values  Placeholder => value.
	 * @param callable(string): string         $literal What to do with the text between placeholders.
	 * @param callable(string, string): string $value What to do with a known placeholder's value.
	 */
	private static function fill( string $text, array $values, callable $literal, callable $value ): string {
		$parts = preg_split( '/(\{[a-z_]+\})/', $text, -1, PREG_SPLIT_DELIM_CAPTURE );
		$out   = '';
		foreach ( $parts ? $parts : array() as $i => $part ) {
			$key  = trim( $part, '{}' );
			$out .= 1 === $i % 2 && array_key_exists( $key, $values ) ? $value( $key, (string) $values[ $key ] ) : $literal( $part );
		}
		return $out;
	}
}
