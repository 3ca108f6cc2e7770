<?php
/**
 * Refused addresses and domains.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Matches an email address against the store's blocklist: whole addresses
 * ("spam@example.com") and domains ("example.com" or "@example.com", which
 * also cover their subdomains).
 */
class Blocklist {

	/**
	 * The settings schema of a list of addresses and domains (the
	 * blocklist, the email channel's allowlist).
	 *
	 * @param string $description What the list does.
	 */
	public static function schema( string $description ): array {
		return array(
			'description' => $description,
			'type'        => 'array',
			'maxItems'    => 1000,
			'default'     => array(),
			'items'       => array(
				'type'      => 'string',
				'minLength' => 3,
				'maxLength' => 191,
				'pattern'   => '^[^\\s,;<>]+$',
			),
		);
	}

	/**
	 * Whether an address is blocked.
	 *
	 * @param string $email Normalised (lower-case) email address.
	 */
	public function blocks( string $email ): bool {
		return self::matches( $email, (array) Settings::get( 'spam_blocklist' ) );
	}

	/**
	 * Whether an address is on a list of addresses and domains.
	 *
	 * @param string   $email   Address.
	 * @param string[] $entries Addresses, domains or @domains.
	 */
	public static function matches( string $email, array $entries ): bool {
		$email  = strtolower( trim( $email ) );
		$domain = substr( (string) strrchr( $email, '@' ), 1 );
		foreach ( $entries as $entry ) {
			$entry = strtolower( trim( (string) $entry ) );
			if ( str_contains( ltrim( $entry, '@' ), '@' ) ) {
				if ( $entry === $email ) {
					return true;
				}
				continue;
			}
			$entry = ltrim( $entry, '@' );
			if ( '' !== $entry && '' !== $domain && ( $domain === $entry || str_ends_with( $domain, '.' . $entry ) ) ) {
				return true;
			}
		}
		return false;
	}
}
