<?php
/**
 * Download addresses of attachments.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

defined( 'ABSPATH' ) || exit;

/**
 * Three kinds of download URL for GET /storedesk/v1/attachments/{id}:
 *
 * - url(): the plain route. It needs a logged-in user who may view the
 *   attachment's ticket (cookie + REST nonce in a header, or application
 *   password): for API clients.
 * - for_user(): the route plus `user`, `expires` and `signature`, good for
 *   that file while the user named may still view its ticket, until it
 *   expires. What the inbox's links and images carry: a link or an <img>
 *   cannot send the nonce header, and a REST nonce in a URL would let
 *   whoever copies the link forge any request as that agent.
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

	/** Lifetime of an agent's link: a working day, so an inbox left open keeps working links. */
	public const USER_TTL = 12 * HOUR_IN_SECONDS;

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
	 * A download URL for one user and one file, until it expires.
	 *
	 * @param int      $id      Attachment id.
	 * @param int      $user_id Who it is for.
	 * @param int|null $now     Current time, for tests.
	 */
	public function for_user( int $id, int $user_id, ?int $now = null ): string {
		$expires = ( $now ?? time() ) + self::USER_TTL;
		return add_query_arg(
			array(
				'user'      => $user_id,
				'expires'   => $expires,
				'signature' => $this->sign( $id, $expires, $user_id ),
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
	 * @param int      $user_id   User a for_user() link names; 0 for signed().
	 */
	public function verify( int $id, int $expires, string $signature, ?int $now = null, int $user_id = 0 ): bool {
		return $expires >= ( $now ?? time() ) && hash_equals( $this->sign( $id, $expires, $user_id ), $signature );
	}

	/**
	 * URL-safe HMAC-SHA256 of id and expiry with a key only this site knows.
	 *
	 * @param int $id      Attachment id.
	 * @param int $expires Expiry.
	 * @param int $user_id The user a link is for; 0 for anyone holding it.
	 */
	private function sign( int $id, int $expires, int $user_id = 0 ): string {
		$data = 'storedesk-attachment|' . $id . '|' . $expires . ( $user_id ? '|user|' . $user_id : '' );
		return rtrim( strtr( base64_encode( hash_hmac( 'sha256', $data, wp_salt( 'auth' ), true ) ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- URL-safe signature, not obfuscation.
	}
}
