<?php
/**
 * A Postmark JSON message, back to MIME.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

defined( 'ABSPATH' ) || exit;

/**
 * Rebuilds the email Postmark parsed: its original headers (Message-ID,
 * In-Reply-To, References, Auto-Submitted… are all in Headers), the
 * addresses, both bodies and every attachment with its Content-ID.
 */
final class PostmarkMime {

	/** Headers Postmark lists that describe the original body, which is rebuilt. */
	private const BODY_HEADERS = array( 'content-type', 'content-transfer-encoding', 'mime-version', 'content-disposition' );

	/**
	 * The message.
	 *
	 * @param array $json Postmark's inbound JSON.
	 */
	public static function build( array $json ): string {
		$lines = array(
			'From: ' . self::address( (array) ( $json['FromFull'] ?? array() ), (string) $json['From'] ),
			'To: ' . self::one_line( (string) ( $json['To'] ?? '' ) ),
			'Subject: ' . self::encode( (string) ( $json['Subject'] ?? '' ) ),
			'Date: ' . self::one_line( (string) ( $json['Date'] ?? gmdate( 'r' ) ) ),
		);
		if ( '' !== (string) ( $json['Cc'] ?? '' ) ) {
			$lines[] = 'Cc: ' . self::one_line( (string) $json['Cc'] );
		}
		if ( '' !== (string) ( $json['ReplyTo'] ?? '' ) ) {
			$lines[] = 'Reply-To: ' . self::one_line( (string) $json['ReplyTo'] );
		}
		$has_id = false;
		foreach ( (array) ( $json['Headers'] ?? array() ) as $header ) {
			$name = (string) ( $header['Name'] ?? '' );
			if ( ! preg_match( '/^[A-Za-z0-9-]+$/', $name ) || in_array( strtolower( $name ), array_merge( self::BODY_HEADERS, array( 'from', 'to', 'cc', 'subject', 'date', 'reply-to' ) ), true ) ) {
				continue;
			}
			$has_id  = $has_id || 0 === strcasecmp( $name, 'Message-ID' );
			$lines[] = $name . ': ' . self::one_line( (string) ( $header['Value'] ?? '' ) );
		}
		if ( ! $has_id && '' !== (string) ( $json['MessageID'] ?? '' ) ) {
			// Postmark's own id, stable across its retries: a redelivery is still known.
			$lines[] = 'Message-ID: <' . preg_replace( '/[^A-Za-z0-9.-]/', '', (string) $json['MessageID'] ) . '@inbound.postmarkapp.com>';
		}
		$boundary = 'sd-' . md5( wp_json_encode( $json ) );
		$lines[]  = 'MIME-Version: 1.0';
		$lines[]  = "Content-Type: multipart/mixed; boundary=\"{$boundary}\"";
		$body     = array( '', "--{$boundary}", "Content-Type: multipart/alternative; boundary=\"{$boundary}-alt\"", '' );
		foreach ( array( 'TextBody' => 'text/plain', 'HtmlBody' => 'text/html' ) as $field => $type ) {
			if ( '' !== (string) ( $json[ $field ] ?? '' ) ) {
				$body = array_merge( $body, array( "--{$boundary}-alt", "Content-Type: {$type}; charset=UTF-8", 'Content-Transfer-Encoding: base64', '', self::base64( (string) $json[ $field ] ) ) );
			}
		}
		$body[] = "--{$boundary}-alt--";
		foreach ( (array) ( $json['Attachments'] ?? array() ) as $file ) {
			$name   = str_replace( array( '"', "\r", "\n" ), '', (string) ( $file['Name'] ?? 'attachment' ) );
			$type   = preg_match( '#^[\w.+-]+/[\w.+-]+$#', (string) ( $file['ContentType'] ?? '' ) ) ? (string) $file['ContentType'] : 'application/octet-stream';
			$cid    = trim( (string) ( $file['ContentID'] ?? '' ), '<> ' );
			$part   = array( "--{$boundary}", "Content-Type: {$type}; name=\"{$name}\"", 'Content-Transfer-Encoding: base64', ( '' !== $cid ? 'Content-Disposition: inline' : 'Content-Disposition: attachment' ) . "; filename=\"{$name}\"" );
			$part[] = '' !== $cid ? "Content-ID: <{$cid}>" : '';
			$body   = array_merge( $body, array_filter( $part ), array( '', chunk_split( (string) ( $file['Content'] ?? '' ), 76, "\r\n" ) ) );
		}
		$body[] = "--{$boundary}--";
		return implode( "\r\n", $lines ) . "\r\n" . implode( "\r\n", $body ) . "\r\n";
	}

	/**
	 * A sender as a header value.
	 *
	 * @param array  $full  FromFull (Email, Name).
	 * @param string $email From.
	 */
	private static function address( array $full, string $email ): string {
		$email = self::one_line( (string) ( $full['Email'] ?? $email ) );
		$name  = (string) ( $full['Name'] ?? '' );
		return '' === $name ? $email : self::encode( $name ) . " <{$email}>";
	}

	/**
	 * A header value that is not ASCII, encoded (RFC 2047).
	 *
	 * @param string $value Value.
	 */
	private static function encode( string $value ): string {
		$value = self::one_line( $value );
		return preg_match( '/^[\x20-\x7e]*$/', $value ) ? $value : '=?UTF-8?B?' . self::base64( $value, false ) . '?=';
	}

	/**
	 * A value on one line.
	 *
	 * @param string $value Value.
	 */
	private static function one_line( string $value ): string {
		return trim( (string) preg_replace( '/[\r\n]+\s*/', ' ', $value ) );
	}

	/**
	 * Base64, in lines for a body.
	 *
	 * @param string $value Bytes.
	 * @param bool   $lines Split into lines.
	 */
	private static function base64( string $value, bool $lines = true ): string {
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- MIME transfer encoding.
		$encoded = base64_encode( $value );
		return $lines ? rtrim( chunk_split( $encoded, 76, "\r\n" ) ) : $encoded;
	}
}
