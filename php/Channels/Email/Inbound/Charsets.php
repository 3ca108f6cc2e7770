<?php
/**
 * Text in whatever charset a mail declared.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Vendor\ZBateson\MailMimeParser\Message\IMessagePart;

defined( 'ABSPATH' ) || exit;

/**
 * Reads a text part as UTF-8, leniently: UTF-8 declared as something else
 * is taken as UTF-8; a charset the converter does not
 * know by the mail's name is tried under the name iconv knows it by, and
 * text no converter takes is kept as UTF-8 when it is valid UTF-8 and as
 * Windows-1252 otherwise, which every byte sequence is. Mail clients
 * declare wrong and exotic charsets; the text must still arrive.
 */
final class Charsets {

	/** Names mail clients use that the converter does not know, and iconv's name for each. */
	private const ALIASES = array(
		'x-mac-cyrillic'  => 'MACCYRILLIC',
		'x-mac-roman'     => 'MACINTOSH',
		'x-mac-ce'        => 'MAC-CENTRALEUROPE',
		'x-mac-greek'     => 'MACGREEK',
		'x-mac-turkish'   => 'MACTURKISH',
		'x-mac-ukrainian' => 'MACUKRAINIAN',
		'x-user-defined'  => 'WINDOWS-1252',
		'x-unknown'       => 'WINDOWS-1252',
		'unknown-8bit'    => 'WINDOWS-1252',
		'ks_c_5601-1987'  => 'CP949',
		'windows-874'     => 'CP874',
		'tis-620'         => 'CP874',
	);

	/**
	 * A part's text in UTF-8.
	 *
	 * @param IMessagePart $part Text part.
	 */
	public static function text( IMessagePart $part ): string {
		try {
			return self::read( $part );
		} catch ( \Throwable $e ) {
			// Content the library cannot even decode (a broken uuencode): no text.
			return '';
		}
	}

	/**
	 * A part's text in UTF-8; may throw on content the library cannot decode.
	 *
	 * @param IMessagePart $part Text part.
	 */
	private static function read( IMessagePart $part ): string {
		$bytes = Quiet::run( static fn() => (string) $part->getBinaryContentStream()?->getContents() );
		// Text whose bytes beyond ASCII are (nearly all) UTF-8 sequences is UTF-8,
		// whatever the header says: legacy 8-bit text almost never forms them, and
		// mailers that declare a local charset over UTF-8 (and cut a character
		// in two here and there) are common.
		if ( self::looks_utf8( $bytes ) ) {
			return mb_scrub( $bytes, 'UTF-8' );
		}
		$text = Quiet::run( static fn() => (string) $part->getContent(), $failed );
		if ( ! $failed && mb_check_encoding( $text, 'UTF-8' ) ) {
			return $text;
		}
		$declared = strtolower( (string) $part->getCharset() );
		$alias    = self::ALIASES[ $declared ] ?? null;
		if ( $alias ) {
			$part->setCharsetOverride( $alias );
			$text = Quiet::run( static fn() => (string) $part->getContent(), $failed );
			if ( ! $failed && mb_check_encoding( $text, 'UTF-8' ) ) {
				return $text;
			}
		}
		return mb_check_encoding( $bytes, 'UTF-8' ) ? $bytes : (string) mb_convert_encoding( $bytes, 'UTF-8', 'Windows-1252' );
	}

	/**
	 * Whether at least 95% of the bytes beyond ASCII belong to well-formed UTF-8 sequences.
	 *
	 * @param string $bytes Raw text.
	 */
	private static function looks_utf8( string $bytes ): bool {
		$high = preg_match_all( '/[\x80-\xFF]/', $bytes );
		if ( ! $high ) {
			return false;
		}
		$rest = (string) preg_replace( '/[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2}/', '', $bytes );
		return preg_match_all( '/[\x80-\xFF]/', $rest ) <= $high * 0.05;
	}
}
