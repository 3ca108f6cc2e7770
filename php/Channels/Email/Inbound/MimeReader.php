<?php
/**
 * Raw MIME to ParsedEmail.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Vendor\ZBateson\MailMimeParser\Header\AddressHeader;
use Storedesk\Vendor\ZBateson\MailMimeParser\Header\IdHeader;
use Storedesk\Vendor\ZBateson\MailMimeParser\MailMimeParser;
use Storedesk\Vendor\ZBateson\MailMimeParser\IMessage;
use Storedesk\Vendor\ZBateson\MailMimeParser\Message\IMessagePart;
use Storedesk\Vendor\ZBateson\MailMimeParser\Message\IMimePart;

defined( 'ABSPATH' ) || exit;

/**
 * Reads any message, however broken, into a ParsedEmail with the
 * (prefixed) zbateson/mail-mime-parser: the headers the intake threads and
 * routes by, the text and HTML as UTF-8 (Charsets), every file with its
 * bytes, and whether a machine sent it. Nothing a mail contains reaches the
 * PHP error log (Quiet).
 */
final class MimeReader {

	/** Precedence values of mail no desk should answer. */
	private const SILENT_PRECEDENCE = array( 'bulk', 'junk', 'list', 'auto_reply' );

	/** Headers whose mere presence marks automatic mail. */
	private const AUTOMATIC_HEADERS = array( 'X-Autoreply', 'X-Autorespond', 'X-Auto-Response-Suppress', 'X-Loop' );

	/**
	 * Reads a raw message.
	 *
	 * @param string $raw The message as received (RFC 5322).
	 */
	public function read( string $raw ): ParsedEmail {
		try {
			// Attached forwards are read as mail too, and shown where they are.
			return Quiet::run( fn() => Forwards::fold( $this->parse( $raw ), fn( string $inner ) => $this->parse( $inner ) ) );
		} catch ( \Throwable $e ) {
			// The library gave up on this mail: keep what a plain reading finds.
			return Quiet::run( static fn() => self::plain( $raw ) );
		}
	}

	/**
	 * A message read without MIME: the headers that matter and the rest as text.
	 *
	 * @param string $raw The message.
	 */
	private static function plain( string $raw ): ParsedEmail {
		$parts   = preg_split( "/\r?\n\r?\n/", $raw, 2 );
		$head    = (string) preg_replace( "/\r?\n[ \t]+/", ' ', (string) ( $parts[0] ?? '' ) );
		$header  = static fn( string $name ) => preg_match( '/^' . $name . ':[ \t]*(.*)$/mi', $head, $m ) ? trim( $m[1] ) : '';
		$subject = trim( (string) preg_replace( '/\s+/u', ' ', mb_scrub( (string) iconv_mime_decode( $header( 'Subject' ), ICONV_MIME_DECODE_CONTINUE_ON_ERROR, 'UTF-8' ), 'UTF-8' ) ) );
		$from    = preg_match( '/<?([^\s<>"]+@[^\s<>"]+)>?/', $header( 'From' ), $m ) ? strtolower( $m[1] ) : '';
		$text    = mb_scrub( (string) ( $parts[1] ?? '' ), 'UTF-8' );
		$id      = trim( $header( 'Message-ID' ), " <>\t" );
		return new ParsedEmail( '' !== $id ? $id : self::synthetic_id( $from, $subject, $header( 'Date' ), $text ), $subject, $from, '', array(), array(), null, array(), $text, '', array(), false, false, null );
	}

	/**
	 * Reads a raw message, warnings caught by read().
	 *
	 * @param string $raw The message.
	 */
	private function parse( string $raw ): ParsedEmail {
		$message = ( new MailMimeParser() )->parse( $raw, false );
		$from    = $message->getHeader( 'From' );
		$sender  = $from instanceof AddressHeader ? strtolower( trim( mb_scrub( (string) $from->getEmail(), 'UTF-8' ) ) ) : '';
		$name    = $from instanceof AddressHeader ? trim( mb_scrub( (string) $from->getPersonName(), 'UTF-8' ) ) : '';
		$text    = $message->getTextPart();
		$html    = $message->getHtmlPart();
		$subject = trim( (string) preg_replace( '/\s+/u', ' ', mb_scrub( (string) $message->getHeaderValue( 'Subject' ), 'UTF-8' ) ) );
		$plain   = $text ? Charsets::text( $text ) : '';
		$date    = $message->getHeader( 'Date' );
		$when    = $date && method_exists( $date, 'getDateTime' ) ? $date->getDateTime() : null;
		return new ParsedEmail(
			message_id: $this->message_id( $message ) ?? self::synthetic_id( $sender, $subject, (string) $message->getHeaderValue( 'Date' ), $plain ),
			subject: $subject,
			from: $sender,
			from_name: $name !== $sender ? $name : '',
			to: self::addresses( $message, 'To' ),
			cc: self::addresses( $message, 'Cc' ),
			reply_to: self::addresses( $message, 'Reply-To' )[0] ?? null,
			references: array_values( array_unique( array_merge( self::ids( $message, 'In-Reply-To' ), array_reverse( self::ids( $message, 'References' ) ) ) ) ),
			text: $plain,
			html: $html ? Charsets::text( $html ) : '',
			files: $this->files( $message ),
			automatic: self::automatic( $message, $sender ),
			bounce: 'multipart/report' === strtolower( (string) $message->getHeaderValue( 'Content-Type' ) ),
			report: 'multipart/report' === strtolower( (string) $message->getHeaderValue( 'Content-Type' ) ) ? DeliveryReport::of( $message ) : null,
			date: $when instanceof \DateTimeInterface ? gmdate( 'Y-m-d H:i:s', $when->getTimestamp() ) : null,
			delivered_to: self::delivered_to( $message ),
		);
	}

	/**
	 * Where the mail server delivered it (Delivered-To and the like), which
	 * keeps a +token when a forwarder rewrote To.
	 *
	 * @param IMessage $message Message.
	 * @return string[]
	 */
	private static function delivered_to( IMessage $message ): array {
		$out = array();
		foreach ( array( 'Delivered-To', 'X-Original-To', 'Envelope-To', 'X-Forwarded-To' ) as $name ) {
			foreach ( $message->getAllHeadersByName( $name ) as $header ) {
				preg_match_all( '/[^\s<>,;"]+@[^\s<>,;"]+/', (string) $header->getRawValue(), $m );
				$out = array_merge( $out, array_map( 'strtolower', $m[0] ) );
			}
		}
		return array_values( array_unique( $out ) );
	}

	/**
	 * The Message-ID, without angle brackets, or null.
	 *
	 * @param IMessage $message Message.
	 */
	private function message_id( IMessage $message ): ?string {
		$header = $message->getHeader( 'Message-ID' );
		$id     = $header instanceof IdHeader ? trim( (string) $header->getId() ) : '';
		return '' !== $id ? $id : null;
	}

	/**
	 * A Message-ID for a mail that has none, the same each time the same
	 * mail arrives (so a second delivery is still a duplicate).
	 *
	 * @param string $from    Sender.
	 * @param string $subject Subject.
	 * @param string $date    Date header as written.
	 * @param string $text    Text.
	 */
	private static function synthetic_id( string $from, string $subject, string $date, string $text ): string {
		return 'synthetic-' . sha1( $from . "\n" . $subject . "\n" . $date . "\n" . $text ) . '@storedesk.invalid';
	}

	/**
	 * Lower-case addresses of an address header.
	 *
	 * @param IMessage $message Message.
	 * @param string   $name    Header name.
	 * @return string[]
	 */
	private static function addresses( IMessage $message, string $name ): array {
		$header = $message->getHeader( $name );
		if ( ! $header instanceof AddressHeader ) {
			return array();
		}
		$out = array();
		foreach ( $header->getAddresses() as $address ) {
			$email = strtolower( trim( (string) $address->getEmail() ) );
			if ( '' !== $email ) {
				$out[] = $email;
			}
		}
		return array_values( array_unique( $out ) );
	}

	/**
	 * Message ids of an id header, without brackets.
	 *
	 * @param IMessage $message Message.
	 * @param string   $name    Header name.
	 * @return string[]
	 */
	private static function ids( IMessage $message, string $name ): array {
		$header = $message->getHeader( $name );
		return $header instanceof IdHeader ? array_values( array_filter( array_map( static fn( $id ) => trim( (string) $id ), $header->getIds() ) ) ) : array();
	}

	/**
	 * Every attachment and inline part, with its bytes.
	 *
	 * @param IMessage $message Message.
	 * @return ParsedFile[]
	 */
	private function files( IMessage $message ): array {
		$out = array();
		foreach ( $message->getAllAttachmentParts() as $n => $part ) {
			try {
				$out[] = self::file( $part, (int) $n );
			} catch ( \Throwable $e ) {
				// A part the library cannot decode is named with no bytes: the rules refuse it, visibly.
				try {
					$name = sanitize_file_name( (string) Quiet::run( static fn() => $part->getFilename() ) );
				} catch ( \Throwable $e ) {
					$name = '';
				}
				$out[] = new ParsedFile( '' !== $name ? $name : 'attachment-' . ( (int) $n + 1 ) . '.bin', 'application/octet-stream', '' );
			}
		}
		return $out;
	}

	/**
	 * One part as a file.
	 *
	 * @param IMessagePart $part Part.
	 * @param int          $n    Its place, for a made-up name.
	 */
	private static function file( IMessagePart $part, int $n ): ParsedFile {
		$mime = strtolower( (string) $part->getContentType( 'application/octet-stream' ) );
		$cid  = trim( (string) $part->getContentId(), " <>\t" );
		// Outlook sends inline images with a Content-ID and no Content-Disposition.
		$disposition = $part instanceof IMimePart ? strtolower( (string) $part->getHeaderValue( 'Content-Disposition' ) ) : '';
		$inline      = '' !== $cid && 'attachment' !== $disposition;
		$name        = trim( (string) $part->getFilename() );
		if ( '' === $name ) {
			$ext  = wp_get_default_extension_for_mime_type( $mime );
			$name = ( 'message/rfc822' === $mime ? 'forwarded-message' : 'attachment-' . ( $n + 1 ) ) . '.' . ( 'message/rfc822' === $mime ? 'eml' : ( $ext ? $ext : 'bin' ) );
		}
		$stream = $part->getBinaryContentStream();
		return new ParsedFile( sanitize_file_name( $name ), $mime, $stream ? (string) $stream->getContents() : '', '' !== $cid ? $cid : null, $inline );
	}

	/**
	 * Whether a machine sent the mail: auto-replies, lists, bounces, loops.
	 *
	 * @param IMessage $message Message.
	 * @param string   $sender  Sender's address.
	 */
	private static function automatic( IMessage $message, string $sender ): bool {
		$auto = strtolower( trim( (string) $message->getHeaderValue( 'Auto-Submitted' ) ) );
		if ( '' !== $auto && 'no' !== $auto ) {
			return true;
		}
		if ( in_array( strtolower( trim( (string) $message->getHeaderValue( 'Precedence' ) ) ), self::SILENT_PRECEDENCE, true ) ) {
			return true;
		}
		foreach ( self::AUTOMATIC_HEADERS as $header ) {
			if ( null !== $message->getHeader( $header ) ) {
				return true;
			}
		}
		$return_path = $message->getHeader( 'Return-Path' );
		if ( null !== $return_path && '' === trim( (string) $return_path->getRawValue(), " <>\t" ) ) {
			return true;
		}
		return (bool) preg_match( '/^(mailer-daemon|postmaster)@/i', $sender );
	}
}
