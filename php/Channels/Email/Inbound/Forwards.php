<?php
/**
 * Forwarded messages attached to an email.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

defined( 'ABSPATH' ) || exit;

/**
 * A forward sent "as attachment" (message/rfc822) is shown in the message
 * as a quoted block (who sent it to whom, when, about what, and its text),
 * and its own files join the message's, instead of an .eml file nobody
 * opens. Forwards inside forwards are read too, a few levels deep. The
 * block is not quoted history: it stays in view.
 */
final class Forwards {

	/** Levels of forwards within forwards read. */
	private const DEPTH = 3;

	/**
	 * The mail with its attached forwards read into it.
	 *
	 * @param ParsedEmail $mail  The mail.
	 * @param callable    $parse Raw message => ParsedEmail.
	 * @param int         $depth Level of this mail.
	 */
	public static function fold( ParsedEmail $mail, callable $parse, int $depth = 0 ): ParsedEmail {
		if ( $mail->bounce || $depth >= self::DEPTH ) {
			return $mail;
		}
		$files = array();
		$html  = $mail->html;
		$text  = $mail->text;
		foreach ( $mail->files as $file ) {
			if ( 'message/rfc822' !== $file->mime || '' === trim( $file->content ) ) {
				$files[] = $file;
				continue;
			}
			try {
				$inner = self::fold( $parse( $file->content ), $parse, $depth + 1 );
			} catch ( \Throwable $e ) {
				// Unreadable: kept as the file it came as.
				$files[] = $file;
				continue;
			}
			$text .= self::text( $inner );
			if ( '' !== $html || '' !== $inner->html ) {
				$html = ( '' !== $html ? $html : '<div>' . nl2br( esc_html( $mail->text ) ) . '</div>' ) . self::html( $inner );
			}
			$files = array_merge( $files, $inner->files );
		}
		return $files === $mail->files ? $mail : $mail->with(
			array(
				'html'  => $html,
				'text'  => $text,
				'files' => $files,
			)
		);
	}

	/**
	 * Who, to whom, when, about what; From is not followed by Date, so the
	 * block is not taken for an Outlook reply header.
	 *
	 * @param ParsedEmail $inner The forwarded mail.
	 * @return array<string, string> Label => value.
	 */
	private static function header( ParsedEmail $inner ): array {
		return array_filter(
			array(
				__( 'Subject', 'storedesk' ) => $inner->subject,
				__( 'From', 'storedesk' )    => trim( $inner->from_name . ( '' !== $inner->from ? ' <' . $inner->from . '>' : '' ) ),
				__( 'To', 'storedesk' )      => implode( ', ', $inner->to ),
				__( 'Date', 'storedesk' )    => $inner->date ? $inner->date . ' UTC' : '',
			)
		);
	}

	/**
	 * The forward as text.
	 *
	 * @param ParsedEmail $inner The forwarded mail.
	 */
	private static function text( ParsedEmail $inner ): string {
		$lines = array( '', '', __( 'Forwarded message, attached:', 'storedesk' ) );
		foreach ( self::header( $inner ) as $label => $value ) {
			$lines[] = $label . ': ' . $value;
		}
		$body = '' !== trim( $inner->text ) ? $inner->text : wp_strip_all_tags( $inner->html );
		return implode( "\n", $lines ) . "\n\n" . trim( $body );
	}

	/**
	 * The forward as a quoted HTML block.
	 *
	 * @param ParsedEmail $inner The forwarded mail.
	 */
	private static function html( ParsedEmail $inner ): string {
		$head = '<p><strong>' . esc_html__( 'Forwarded message', 'storedesk' ) . '</strong>';
		foreach ( self::header( $inner ) as $label => $value ) {
			$head .= '<br>' . esc_html( $label . ': ' . $value );
		}
		$body = $inner->html;
		if ( preg_match( '#<body\b[^>]*>(.*)</body>#is', $body, $m ) ) {
			$body = $m[1];
		}
		$body = '' !== trim( $body ) ? $body : nl2br( esc_html( $inner->text ) );
		return '<blockquote>' . $head . '</p>' . $body . '</blockquote>';
	}
}
