<?php
/**
 * The real IMAP server of the tests, driven directly.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Imap;

use RuntimeException;

// phpcs:disable WordPress.WP.AlternativeFunctions -- a raw IMAP socket, not a file.

/**
 * The Dovecot that `npm test` starts (tools/lib/dovecot.mjs) and names in
 * STOREDESK_IMAP, for arranging mailboxes and checking what the plugin did
 * to them. It speaks IMAP over its own socket and knows nothing of the
 * plugin's IMAP client, so a bug there cannot hide itself here. Each call
 * opens a connection, logs in, does its command and logs out.
 */
final class Dovecot {

	/**
	 * The server and the support mailbox's login.
	 *
	 * @param string $host        Address.
	 * @param int    $port        Plain IMAP port (offers STARTTLS).
	 * @param int    $tls_port    Implicit TLS port.
	 * @param string $user        Login.
	 * @param string $password    Password.
	 * @param string $oauth_token An OAuth access token the server takes for
	 *                            the user by AUTHENTICATE XOAUTH2; '' when
	 *                            it takes none.
	 */
	public function __construct(
		public readonly string $host,
		public readonly int $port,
		public readonly int $tls_port,
		public readonly string $user,
		public readonly string $password,
		public readonly string $oauth_token = ''
	) {
	}

	/**
	 * The server `npm test` started, or null when there is none (the test then skips).
	 *
	 * @throws RuntimeException When STOREDESK_IMAP is not JSON.
	 */
	public static function from_env(): ?self {
		$json = getenv( 'STOREDESK_IMAP' );
		if ( ! $json ) {
			return null;
		}
		$imap = json_decode( $json, true );
		if ( ! is_array( $imap ) ) {
			throw new RuntimeException( 'STOREDESK_IMAP is not JSON: ' . $json );
		}
		return new self( (string) $imap['host'], (int) $imap['port'], (int) $imap['tls_port'], (string) $imap['user'], (string) $imap['password'], (string) ( $imap['oauth_token'] ?? '' ) );
	}

	/**
	 * The server, or the calling test is skipped with the reason.
	 *
	 * @throws \PHPUnit\Framework\SkippedTestError When there is none.
	 */
	public static function or_skip(): self {
		return self::from_env() ?? throw new \PHPUnit\Framework\SkippedTestError( 'STOREDESK_IMAP is not set: no Dovecot here' );
	}

	/**
	 * The plugin's IMAP settings for this server: no encryption, its user, short timeouts.
	 *
	 * @param array $changes Fields that differ.
	 * @throws RuntimeException When the fields are refused.
	 */
	public function settings( array $changes = array() ): \Storedesk\Channels\Email\Imap\ImapSettings {
		$settings = \Storedesk\Channels\Email\Imap\ImapSettings::from_array(
			$changes + array(
				'host'     => $this->host,
				'port'     => $this->port,
				'security' => 'none',
				'username' => $this->user,
				'timeout'  => 5,
			)
		);
		if ( ! $settings instanceof \Storedesk\Channels\Email\Imap\ImapSettings ) {
			throw new RuntimeException( 'Refused test settings: ' . $settings->get_error_message() );
		}
		return $settings;
	}

	/**
	 * Creates a folder no other test uses and returns its name.
	 *
	 * @param string $prefix Start of the name.
	 */
	public function folder( string $prefix = 't' ): string {
		$name = $prefix . '-' . bin2hex( random_bytes( 6 ) );
		$this->session( fn( $imap ) => $imap->command( 'CREATE ' . self::quote( $name ) ) );
		return $name;
	}

	/**
	 * Puts a message into a folder, as a delivery would.
	 *
	 * @param string   $folder Folder name.
	 * @param string   $raw    The whole message, CRLF line ends.
	 * @param string[] $flags  Flags to store with it, e.g. '\Seen'.
	 */
	public function append( string $folder, string $raw, array $flags = array() ): void {
		$list = $flags ? ' (' . implode( ' ', $flags ) . ')' : '';
		$this->session( fn( $imap ) => $imap->command( 'APPEND ' . self::quote( $folder ) . $list . ' {' . strlen( $raw ) . '}', $raw ) );
	}

	/**
	 * Deletes a folder and its mail.
	 *
	 * @param string $folder Folder name.
	 */
	public function delete( string $folder ): void {
		$this->session( fn( $imap ) => $imap->command( 'DELETE ' . self::quote( $folder ) ) );
	}

	/**
	 * Deletes a folder and creates it again, empty and with a new UIDVALIDITY.
	 *
	 * @param string $folder Folder name.
	 */
	public function recreate( string $folder ): void {
		$this->session(
			static function ( $imap ) use ( $folder ) {
				$imap->command( 'DELETE ' . self::quote( $folder ) );
				$imap->command( 'CREATE ' . self::quote( $folder ) );
			}
		);
	}

	/**
	 * The folder's messages and their stored flags (\Recent, which only
	 * says which session saw a message first, left out).
	 *
	 * @param string $folder Folder name.
	 * @return array<int, string[]> UID → flags.
	 */
	public function messages( string $folder ): array {
		return $this->session(
			static function ( $imap ) use ( $folder ) {
				// EXAMINE: read-only, so the plugin's own session still sees \Recent.
				$exists = 0;
				foreach ( $imap->command( 'EXAMINE ' . self::quote( $folder ) ) as $line ) {
					if ( preg_match( '/^\* (\d+) EXISTS/i', $line, $m ) ) {
						$exists = (int) $m[1];
					}
				}
				if ( 0 === $exists ) {
					return array();
				}
				$messages = array();
				foreach ( $imap->command( 'UID FETCH 1:* (FLAGS)' ) as $line ) {
					if ( preg_match( '/^\* \d+ FETCH \(.*\bUID (\d+)/i', $line, $uid ) && preg_match( '/\bFLAGS \(([^)]*)\)/i', $line, $flags ) ) {
						$messages[ (int) $uid[1] ] = array_values( array_diff( preg_split( '/\s+/', $flags[1], -1, PREG_SPLIT_NO_EMPTY ), array( '\Recent' ) ) );
					}
				}
				ksort( $messages );
				return $messages;
			}
		);
	}

	/**
	 * How many messages the folder holds.
	 *
	 * @param string $folder Folder name.
	 * @throws RuntimeException When the folder does not exist.
	 */
	public function count( string $folder ): int {
		return $this->session(
			static function ( $imap ) use ( $folder ) {
				foreach ( $imap->command( 'STATUS ' . self::quote( $folder ) . ' (MESSAGES)' ) as $line ) {
					if ( preg_match( '/^\* STATUS .*\(MESSAGES (\d+)\)/i', $line, $m ) ) {
						return (int) $m[1];
					}
				}
				throw new RuntimeException( 'STATUS gave no MESSAGES for ' . $folder );
			}
		);
	}

	/**
	 * Connects, logs in, runs the callback and logs out.
	 *
	 * @param callable $fn Given an object with command( string $command, ?string $literal ): string[].
	 * @return mixed What the callback returns.
	 * @throws RuntimeException When the server cannot be reached or refuses the login.
	 */
	private function session( callable $fn ) {
		$errno  = 0;
		$errstr = '';
		$socket = stream_socket_client( 'tcp://' . $this->host . ':' . $this->port, $errno, $errstr, 5 );
		if ( ! $socket ) {
			throw new RuntimeException( "IMAP: cannot connect to {$this->host}:{$this->port}: {$errstr}" );
		}
		stream_set_timeout( $socket, 10 );
		$imap = new class( $socket ) {

			/**
			 * Number of the last tag.
			 *
			 * @var int
			 */
			private int $tag = 0;

			/**
			 * The connection.
			 *
			 * @param resource $socket Connected socket.
			 */
			public function __construct( private $socket ) {
			}

			/**
			 * One response line, with any literal it announces (and the rest
			 * of the response after it) joined in.
			 *
			 * @throws RuntimeException When the connection ends or times out.
			 */
			public function line(): string {
				$line = '';
				while ( true ) {
					$part = fgets( $this->socket );
					if ( false === $part ) {
						$why = stream_get_meta_data( $this->socket )['timed_out'] ? 'timed out' : 'connection closed';
						throw new RuntimeException( "IMAP: {$why} after: " . ( '' === $line ? '(nothing)' : $line ) );
					}
					$line .= $part;
					if ( ! preg_match( '/\{(\d+)\}\r\n$/', $part, $m ) ) {
						return rtrim( $line, "\r\n" );
					}
					$size = (int) $m[1];
					while ( $size > 0 ) {
						$chunk = fread( $this->socket, $size );
						if ( false === $chunk || '' === $chunk ) {
							throw new RuntimeException( 'IMAP: connection closed in a literal' );
						}
						$line .= $chunk;
						$size -= strlen( $chunk );
					}
				}
			}

			/**
			 * Sends a command, waits for its tagged answer and returns the untagged lines.
			 *
			 * @param string      $command Command without its tag; ends in {n} when a literal follows.
			 * @param string|null $literal The literal's bytes, sent once the server says "+".
			 * @return string[] Untagged response lines.
			 * @throws RuntimeException On NO or BAD, with the server's line.
			 */
			public function command( string $command, ?string $literal = null ): array {
				$tag = 'T' . ( ++$this->tag );
				$this->send( $tag . ' ' . $command . "\r\n" );
				$untagged = array();
				if ( null !== $literal ) {
					$line = $this->line();
					if ( ! str_starts_with( $line, '+' ) ) {
						throw new RuntimeException( "IMAP: {$command} got no go-ahead for its literal: {$line}" );
					}
					$this->send( $literal . "\r\n" );
				}
				while ( true ) {
					$line = $this->line();
					if ( str_starts_with( $line, $tag . ' ' ) ) {
						if ( ! preg_match( '/^\S+ OK\b/i', $line ) ) {
							throw new RuntimeException( "IMAP: {$command}: {$line}" );
						}
						return $untagged;
					}
					$untagged[] = $line;
				}
			}

			/**
			 * Writes every byte.
			 *
			 * @param string $bytes What to send.
			 * @throws RuntimeException When the connection is gone.
			 */
			private function send( string $bytes ): void {
				while ( '' !== $bytes ) {
					$sent = fwrite( $this->socket, $bytes );
					if ( ! $sent ) {
						throw new RuntimeException( 'IMAP: cannot write to the server' );
					}
					$bytes = (string) substr( $bytes, $sent );
				}
			}
		};
		try {
			$greeting = $imap->line();
			if ( ! str_starts_with( $greeting, '* OK' ) ) {
				throw new RuntimeException( 'IMAP: unexpected greeting: ' . $greeting );
			}
			$imap->command( 'LOGIN ' . self::quote( $this->user ) . ' ' . self::quote( $this->password ) );
			$result = $fn( $imap );
			$imap->command( 'LOGOUT' );
			return $result;
		} finally {
			fclose( $socket );
		}
	}

	/**
	 * An IMAP quoted string.
	 *
	 * @param string $text Text without line breaks.
	 */
	private static function quote( string $text ): string {
		return '"' . addcslashes( $text, '"\\' ) . '"';
	}
}
