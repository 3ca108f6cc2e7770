<?php
/**
 * Magic-link tokens for guests.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Signed, expiring tokens that open one ticket without an account.
 *
 * A token is "ticket.expiry.generation.signature": the HMAC binds all
 * three to the site's secret, so a token cannot be moved to another ticket
 * or extended. Raising the ticket's generation (stored in post meta)
 * revokes every token issued before; raising the generation of the
 * ticket's contact (contacts.link_generation, which the signature also
 * covers once it is above 0, so older tokens stay valid until then) revokes
 * every token of every ticket of that person at once.
 */
class GuestTokens {

	public const LIFETIME        = 30 * DAY_IN_SECONDS;
	private const GENERATION_KEY = '_storedesk_token_generation';

	/**
	 * A new token for a ticket.
	 *
	 * @param int      $ticket_id Ticket.
	 * @param int|null $now       Current time, for tests.
	 */
	public function issue( int $ticket_id, ?int $now = null ): string {
		$expires = ( $now ?? time() ) + self::LIFETIME;
		$payload = $ticket_id . '.' . $expires . '.' . $this->generation( $ticket_id );
		return $payload . '.' . $this->sign( $payload, $ticket_id );
	}

	/**
	 * The ticket a token opens, or 0 when it is malformed, forged, expired or revoked.
	 *
	 * @param string   $token Token from a link.
	 * @param int|null $now   Current time, for tests.
	 */
	public function verify( string $token, ?int $now = null ): int {
		if ( ! preg_match( '/^(\d+)\.(\d+)\.(\d+)\.([A-Za-z0-9_-]{43})$/', $token, $m ) ) {
			return 0;
		}
		$payload = $m[1] . '.' . $m[2] . '.' . $m[3];
		if ( ! hash_equals( $this->sign( $payload, (int) $m[1] ), $m[4] ) ) {
			return 0;
		}
		if ( (int) $m[2] < ( $now ?? time() ) || (int) $m[3] !== $this->generation( (int) $m[1] ) ) {
			return 0;
		}
		return (int) $m[1];
	}

	/**
	 * Revokes every token of a ticket issued so far.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function revoke( int $ticket_id ): void {
		update_post_meta( $ticket_id, self::GENERATION_KEY, $this->generation( $ticket_id ) + 1 );
	}

	/**
	 * Current generation of a ticket's tokens.
	 *
	 * @param int $ticket_id Ticket.
	 */
	private function generation( int $ticket_id ): int {
		return (int) get_post_meta( $ticket_id, self::GENERATION_KEY, true );
	}

	/**
	 * Generation of the links of the ticket's contact, 0 when never revoked.
	 *
	 * @param int $ticket_id Ticket.
	 */
	private function contact_generation( int $ticket_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT c.link_generation FROM ' . Schema::table( 'ticket_index' ) . ' t JOIN ' . Schema::table( 'contacts' ) . ' c ON c.id = t.contact_id WHERE t.ticket_id = %d', $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * URL-safe HMAC-SHA256 of a payload with a key only this site knows.
	 *
	 * @param string $payload   Signed text.
	 * @param int    $ticket_id Ticket, whose contact's generation is signed too.
	 */
	private function sign( string $payload, int $ticket_id ): string {
		$contact = $this->contact_generation( $ticket_id );
		$payload = $contact ? $payload . '|c' . $contact : $payload;
		return rtrim( strtr( base64_encode( hash_hmac( 'sha256', 'storedesk-guest|' . $payload, wp_salt( 'auth' ), true ) ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- URL-safe signature, not obfuscation.
	}
}
