<?php
/**
 * A delivery-status report (a bounce).
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Vendor\ZBateson\MailMimeParser\IMessage;

defined( 'ABSPATH' ) || exit;

/**
 * What a mail server's report (RFC 3464, multipart/report) says: for each
 * recipient whether delivery failed or is only delayed, its status code
 * and the remote server's words; and the Message-ID of the email it is
 * about, from the returned message or its headers.
 */
final class DeliveryReport {

	/**
	 * Builds a report.
	 *
	 * @param array<int, array{recipient: string, action: string, status: string, diagnostic: string}> $recipients Per recipient.
	 * @param string|null                                                                              $original_id The reported email's Message-ID, without brackets.
	 */
	public function __construct( public readonly array $recipients, public readonly ?string $original_id ) {}

	/**
	 * The report in a message, or null when it has none.
	 *
	 * @param IMessage $message A multipart/report message.
	 */
	public static function of( IMessage $message ): ?self {
		$status = $message->getAllPartsByMimeType( 'message/delivery-status' )[0] ?? null;
		if ( ! $status ) {
			return null;
		}
		$recipients = array();
		foreach ( self::blocks( (string) $status->getContent() ) as $fields ) {
			$address = trim( (string) preg_replace( '/^[^;]*;\s*/', '', $fields['final-recipient'] ?? $fields['original-recipient'] ?? '' ), " <>\t" );
			if ( '' === $address ) {
				continue;
			}
			$recipients[] = array(
				'recipient'  => strtolower( $address ),
				'action'     => strtolower( trim( $fields['action'] ?? '' ) ),
				'status'     => trim( $fields['status'] ?? '' ),
				'diagnostic' => trim( (string) preg_replace( '/^[^;]*;\s*/', '', $fields['diagnostic-code'] ?? '' ) ),
			);
		}
		$returned = $message->getAllPartsByMimeType( 'message/rfc822' )[0] ?? $message->getAllPartsByMimeType( 'text/rfc822-headers' )[0] ?? null;
		$original = null;
		if ( $returned && preg_match( '/^Message-ID:\s*<([^>\s]+)>/mi', (string) $returned->getContent(), $m ) ) {
			$original = $m[1];
		}
		return new self( $recipients, $original );
	}

	/**
	 * Recipients the delivery failed for for good (a failed action or a 5.x.x status).
	 *
	 * @return array<int, array{recipient: string, action: string, status: string, diagnostic: string}>
	 */
	public function failed(): array {
		return array_values( array_filter( $this->recipients, static fn( array $r ) => 'failed' === $r['action'] || str_starts_with( $r['status'], '5.' ) ) );
	}

	/**
	 * The field blocks of a delivery-status body: lower-case name => value, continuation lines unfolded.
	 *
	 * @param string $body The body.
	 * @return array<int, array<string, string>>
	 */
	private static function blocks( string $body ): array {
		$blocks = array();
		foreach ( preg_split( '/\r?\n\s*\r?\n/', trim( str_replace( "\r\n", "\n", $body ) ) ) as $block ) {
			$fields = array();
			foreach ( explode( "\n", (string) preg_replace( "/\n[ \t]+/", ' ', $block ) ) as $line ) {
				if ( str_contains( $line, ':' ) ) {
					list( $name, $value )                  = explode( ':', $line, 2 );
					$fields[ strtolower( trim( $name ) ) ] = (string) preg_replace( '/\s+/', ' ', trim( $value ) );
				}
			}
			$blocks[] = $fields;
		}
		return $blocks;
	}
}
