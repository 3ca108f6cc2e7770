<?php
/**
 * Where an email's own words end and the quoted history begins.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

defined( 'ABSPATH' ) || exit;

/**
 * Finds the quote a reply carries below the new text, as Gmail, Outlook,
 * Apple Mail and Thunderbird write it, in English, Thai and Turkish. The
 * thread shows only the new text; the quote stays stored and opens on
 * demand. Nothing is split when no new text would be left (a forward).
 */
final class QuotedReply {

	/** Attribution lines of plain-text replies, with up to one line break inside. */
	private const TEXT = array(
		// Gmail, Apple Mail, Thunderbird: "On Mon, 1 Dec 2026 at 10:00, Ana <a@x> wrote:".
		'/^On\b[^\n]{1,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/mu',
		// Gmail in Thai: "เมื่อ ... เขียนว่า:".
		'/^เมื่อ[^\n]{1,300}(?:\n[^\n]{0,200})?เขียนว่า:[ \t]*$/mu',
		// Gmail and Thunderbird in Turkish: "... tarihinde ... şunu yazdı:".
		'/^[^\n]{0,300}tarihinde[^\n]{0,300}(?:\n[^\n]{0,200})?(?:şunu )?yazdı:[ \t]*$/mu',
		// Outlook: a separator, or a From line followed by Sent or Date, in any of the three languages.
		'/^-{2,}[ \t]*(?:Original Message|Orijinal İleti|ข้อความต้นฉบับ)[ \t]*-{2,}[ \t]*$/mui',
		// A forward's header is history too (and a mail that is only a forward is left whole).
		'/^-{2,}[ \t]*(?:Forwarded message|İletilen ileti|ข้อความที่ส่งต่อ)[ \t]*-{2,}[ \t]*$/mui',
		'/^_{10,}[ \t]*\n(?=(?:From|Kimden|Gönderen|จาก):)/mu',
		'/^(?:From|Kimden|Gönderen|จาก):[^\n]+\n(?:Sent|Date|Gönderildi|Tarih|ส่ง|วันที่):/mui',
	);

	/** Where the quote starts in an email's HTML. */
	private const HTML = array(
		'/<div\b[^>]*\bclass=["\'][^"\']*\b(?:gmail_quote|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader)\b/i',
		'/<div\b[^>]*\bid=["\'](?:divRplyFwdMsg|appendonsend)["\']/i',
		'/<blockquote\b[^>]*\btype=["\']cite["\']/i',
		'/<hr\b[^>]*\bid=["\']stopSpelling["\']/i',
		// Outlook desktop: the header block above the quote has a thin top border.
		'/<div\b[^>]*style=["\'][^"\']*border-top:\s*solid\s*#(?:E1E1E1|B5C4DF)/i',
	);

	/**
	 * Where the quote of a plain-text reply starts, in characters, or null.
	 *
	 * @param string $text The text (lines separated by \n).
	 */
	public static function in_text( string $text ): ?int {
		$at = self::earliest( self::TEXT, $text );
		// A trailing run of "> " lines with no attribution above it.
		if ( null === $at && preg_match( '/(?:^>[^\n]*\n?)+\s*\z/m', $text, $m, PREG_OFFSET_CAPTURE ) ) {
			$at = (int) $m[0][1];
		}
		if ( null === $at || '' === trim( substr( $text, 0, $at ) ) ) {
			return null;
		}
		return mb_strlen( substr( $text, 0, $at ) );
	}

	/**
	 * An email's HTML with its quote wrapped for the thread to fold away.
	 *
	 * @param string $html The HTML.
	 * @return string The HTML, the quote inside <div data-storedesk-quote>.
	 */
	public static function fold_html( string $html ): string {
		$at = self::earliest( self::HTML, $html );
		if ( null === $at ) {
			return $html;
		}
		$new = force_balance_tags( substr( $html, 0, $at ) );
		if ( '' === trim( wp_strip_all_tags( $new ) ) ) {
			return $html;
		}
		return $new . '<div data-storedesk-quote="">' . force_balance_tags( substr( $html, $at ) ) . '</div>';
	}

	/**
	 * The first byte offset any pattern matches at, or null.
	 *
	 * @param string[] $patterns Regular expressions.
	 * @param string   $subject  Text.
	 */
	private static function earliest( array $patterns, string $subject ): ?int {
		$at = null;
		foreach ( $patterns as $pattern ) {
			if ( preg_match( $pattern, $subject, $m, PREG_OFFSET_CAPTURE ) ) {
				$at = null === $at ? (int) $m[0][1] : min( $at, (int) $m[0][1] );
			}
		}
		return $at;
	}
}
