<?php
/**
 * Passwords and API tokens.
 *
 * @package Storedesk
 */

namespace Storedesk\Settings;

use Storedesk\Channels\ChannelRegistry;

defined( 'ABSPATH' ) || exit;

/**
 * Secrets a channel needs (an IMAP password, a WhatsApp token) are kept
 * apart from the other settings: each in its own option that is never
 * autoloaded, encrypted (XSalsa20-Poly1305, libsodium) with a key derived
 * from the site's salts, so a database dump or a backup alone does not
 * give them away. Nothing reads one back out over REST: the settings say
 * only whether it is set.
 */
class Secrets {

	private const PREFIX = 'storedesk_secret_';

	/** Marks the format, so a later one can be told apart. */
	private const VERSION = 'sd1:';

	/**
	 * Builds the store.
	 *
	 * @param ChannelRegistry $channels Channels, which declare their secrets.
	 */
	public function __construct( private ChannelRegistry $channels ) {}

	/**
	 * Names of the secrets the site knows, with their labels, by section.
	 *
	 * @return array<string, array{section: string, label: string}>
	 */
	public function fields(): array {
		$fields = array();
		foreach ( $this->channels->all() as $channel ) {
			foreach ( $channel->secrets() as $name => $label ) {
				$fields[ $name ] = array(
					'section' => 'channel_' . $channel->slug(),
					'label'   => (string) $label,
				);
			}
		}
		/**
		 * Filters the secrets integrations keep in Storedesk (stored
		 * encrypted, write-only over REST); channels declare theirs in
		 * Channel::secrets().
		 *
		 * @since 0.4.0
		 * @param array<string, array{section: string, label: string}> $fields Secret name => section and label.
		 */
		return (array) apply_filters( 'storedesk_secret_fields', $fields );
	}

	/**
	 * Stores a secret; an empty value removes it.
	 *
	 * @param string      $name  Secret name.
	 * @param string|null $value The secret.
	 */
	public function set( string $name, ?string $value ): void {
		if ( null === $value || '' === $value ) {
			delete_option( self::PREFIX . $name );
			return;
		}
		$nonce = random_bytes( SODIUM_CRYPTO_SECRETBOX_NONCEBYTES );
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- binary ciphertext in a text column.
		$stored = self::VERSION . base64_encode( $nonce . sodium_crypto_secretbox( $value, $nonce, $this->key() ) );
		// Not autoloaded: read only by the job that uses it.
		update_option( self::PREFIX . $name, $stored, false );
	}

	/**
	 * A secret, or null when it is not set or cannot be read (the salts changed).
	 *
	 * @param string $name Secret name.
	 */
	public function get( string $name ): ?string {
		$stored = get_option( self::PREFIX . $name, '' );
		if ( ! is_string( $stored ) || ! str_starts_with( $stored, self::VERSION ) ) {
			return null;
		}
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- see set().
		$raw = base64_decode( substr( $stored, strlen( self::VERSION ) ), true );
		if ( false === $raw || strlen( $raw ) <= SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ) {
			return null;
		}
		$plain = sodium_crypto_secretbox_open( substr( $raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), substr( $raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), $this->key() );
		return false === $plain ? null : $plain;
	}

	/**
	 * Whether a secret is set, for the settings screen.
	 *
	 * @param string $name Secret name.
	 */
	public function is_set( string $name ): bool {
		return null !== $this->get( $name );
	}

	/** The key: the site's salts through HKDF, so it is never stored anywhere. */
	private function key(): string {
		return hash_hkdf( 'sha256', wp_salt( 'auth' ) . wp_salt( 'secure_auth' ), SODIUM_CRYPTO_SECRETBOX_KEYBYTES, 'storedesk-secrets' );
	}
}
