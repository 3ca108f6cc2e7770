<?php
/**
 * Download addresses of attachments.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

defined( 'ABSPATH' ) || exit;

/**
 * Two kinds of download URL for GET /storedesk/v1/attachments/{id}:
 *
 * - url(): the plain route. It needs a logged-in user who may view the
 *   attachment's ticket (cookie + REST nonce, or application password);
 *   this is what agent-facing API responses carry.
 * - signed(): the route plus `expires` and `signature`, good for anyone
 *   holding it until it expires, with no login. For shoppers (portal,
 *   guest links) and for links in emails.
 *
 * signed() checks nothing: the caller decides who may have the file. Never
 * sign an attachment of an internal note for a customer, and keep $ttl as
 * short as the use allows (minutes for a page, days for an email). The
 * signature binds id and expiry to the site's auth salt, so rotating the
 * salts revokes every signed URL.
 *
 * Example:
 *     $urls = Plugin::container()->get( AttachmentUrls::class );
 *     $link = $urls->signed( $attachment->id, 7 * DAY_IN_SECONDS );
 */
class AttachmentUrls {

	/** Longest lifetime accepted: a month. */
	public const MAX_TTL = 30 * DAY_IN_SECONDS;

	/**
	 * The capability-checked download route.
	 *
	 * @param int $id Attachment id.
	 */
	public function url( int $id ): string {
		return rest_url( 'storedesk/v1/attachments/' . $id );
	}

	/**
	 * A download URL that works without login until it expires.
	 *
	 * @param int      $id  Attachment id.
	 * @param int      $ttl Seconds it stays valid, 1 to MAX_TTL.
	 * @param int|null $now Current time, for tests.
	 */
	public function signed( int $id, int $ttl, ?int $now = null ): string {
		$expires = ( $now ?? time() ) + max( 1, min( $ttl, self::MAX_TTL ) );
		return add_query_arg(
			array(
				'expires'   => $expires,
				'signature' => $this->sign( $id, $expires ),
			),
			$this->url( $id )
		);
	}

	/**
	 * Whether a signature from a signed URL is genuine and unexpired.
	 *
	 * @param int      $id        Attachment id.
	 * @param int      $expires   Expiry from the URL.
	 * @param string   $signature Signature from the URL.
	 * @param int|null $now       Current time, for tests.
	 */
	public function verify( int $id, int $expires, string $signature, ?int $now = null ): bool {
		return $expires >= ( $now ?? time() ) && hash_equals( $this->sign( $id, $expires ), $signature );
	}

	/**
	 * URL-safe HMAC-SHA256 of id and expiry with a key only this site knows.
	 *
	 * @param int $id      Attachment id.
	 * @param int $expires Expiry.
	 */
	private function sign( int $id, int $expires ): string {
		return rtrim( strtr( base64_encode( hash_hmac( 'sha256', 'storedesk-attachment|' . $id . '|' . $expires, wp_salt( 'auth' ), true ) ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- URL-safe signature, not obfuscation.
	}
}
