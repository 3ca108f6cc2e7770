<?php
/**
 * A small IMAP client.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

defined( 'ABSPATH' ) || exit;

/**
 * What fetching support mail takes from IMAP (RFC 9051, and 3501 servers):
 * TLS or STARTTLS, LOGIN or AUTHENTICATE PLAIN or XOAUTH2, SELECT with its
 * UIDVALIDITY, UID SEARCH, UID FETCH of whole messages with BODY.PEEK (so
 * nothing is marked read before it is stored), and marking or moving what
 * was taken. Our own because hosts may lack ext-imap (gone from PHP 8.4)
 * and no IMAP library is at hand; tested against Dovecot.
 */
class ImapClient {

	/**
	 * Capabilities, upper case.
	 *
	 * @var string[]
	 */
	private array $capabilities = array();

	/**
	 * Last tag number.
	 *
	 * @var int
	 */
	private int $tag = 0;

	/**
	 * Builds the client over an open connection and reads the greeting.
	 *
	 * @param ImapStream $stream The connection.
	 * @throws ImapError When the server does not greet.
	 */
	public function __construct( private ImapStream $stream ) {
		$this->reader = new ImapReader( $stream );
		$greeting     = $this->reader->next();
		if ( 'OK' !== $greeting->name && 'PREAUTH' !== $greeting->name ) {
			/* translators: %s: the server's words */
			throw new ImapError( sprintf( __( 'The mail server refused the connection: %s', 'storedesk' ), $greeting->text ) );
		}
		$this->capabilities = 'CAPABILITY' === $greeting->code_name() ? self::words( $greeting->code_value() ) : array();
	}

	/**
	 * Reads responses.
	 *
	 * @var ImapReader
	 */
	private ImapReader $reader;

	/**
	 * Connects as a mailbox's settings say.
	 *
	 * @param ImapSettings $settings Server, security, login.
	 * @param string       $secret   Password or OAuth token.
	 * @throws ImapError When the server cannot be reached or refuses the login.
	 */
	public static function connect( ImapSettings $settings, string $secret ): self {
		$client = new self( ImapStream::open( $settings->host, $settings->port, 'ssl' === $settings->security, $settings->verify, $settings->timeout ) );
		if ( 'starttls' === $settings->security ) {
			$client->starttls();
		}
		$client->login( $settings->username, $secret, $settings->auth );
		return $client;
	}

	/**
	 * Whether the server has a capability.
	 *
	 * @param string $name Capability, such as MOVE.
	 */
	public function can( string $name ): bool {
		if ( ! $this->capabilities ) {
			$this->capabilities = self::words( implode( ' ', array_map( 'strval', $this->command( 'CAPABILITY' )['CAPABILITY'][0]->data ?? array() ) ) );
		}
		return in_array( strtoupper( $name ), $this->capabilities, true );
	}

	/**
	 * STARTTLS, then the capabilities again (RFC 9051 §6.2.1: those sent before may be forged).
	 *
	 * @throws ImapError When the server cannot.
	 */
	public function starttls(): void {
		if ( ! $this->can( 'STARTTLS' ) ) {
			throw new ImapError( __( 'The mail server does not offer STARTTLS: choose SSL/TLS or no encryption.', 'storedesk' ) );
		}
		$this->command( 'STARTTLS' );
		$this->stream->start_tls();
		$this->capabilities = array();
	}

	/**
	 * Logs in.
	 *
	 * @param string $user   User name.
	 * @param string $secret Password, or an OAuth access token for xoauth2.
	 * @param string $auth   login, plain or xoauth2.
	 * @throws ImapError When the server refuses.
	 */
	public function login( string $user, string $secret, string $auth = 'login' ): void {
		try {
			if ( 'xoauth2' === $auth ) {
				$this->authenticate( 'XOAUTH2', "user={$user}\x01auth=Bearer {$secret}\x01\x01" );
			} elseif ( 'plain' === $auth || $this->can( 'LOGINDISABLED' ) ) {
				$this->authenticate( 'PLAIN', "\0{$user}\0{$secret}" );
			} else {
				$this->command( array( 'LOGIN ', $this->string( $user ), ' ', $this->string( $secret ) ) );
			}
		} catch ( ImapError $e ) {
			/* translators: %s: the server's words */
			throw new ImapError( sprintf( __( 'Login refused by the mail server: %s', 'storedesk' ), $e->getMessage() ) );
		}
		$this->capabilities = array();
	}

	/**
	 * Opens a folder.
	 *
	 * @param string $folder Folder name (UTF-8).
	 * @return array{uidvalidity: int, uidnext: int, exists: int}
	 */
	public function select( string $folder ): array {
		$found = $this->command( array( 'SELECT ', $this->string( self::folder_name( $folder ) ) ) );
		$state = array(
			'uidvalidity' => 0,
			'uidnext'     => 0,
			'exists'      => (int) ( $found['EXISTS'][0]->number ?? 0 ),
		);
		foreach ( $found['OK'] ?? array() as $ok ) {
			if ( in_array( $ok->code_name(), array( 'UIDVALIDITY', 'UIDNEXT' ), true ) ) {
				$state[ strtolower( $ok->code_name() ) ] = (int) $ok->code_value();
			}
		}
		return $state;
	}

	/**
	 * UIDs above $after, in order.
	 *
	 * @param int  $after       Highest UID already taken.
	 * @param bool $unread_only Only messages not marked seen.
	 * @return int[]
	 */
	public function uids( int $after, bool $unread_only = false ): array {
		$found = $this->command( 'UID SEARCH UID ' . ( $after + 1 ) . ':*' . ( $unread_only ? ' UNSEEN' : '' ) );
		$uids  = array();
		foreach ( $found['SEARCH'] ?? array() as $search ) {
			foreach ( $search->data as $uid ) {
				// "n:*" names the highest UID even when it is below n.
				if ( is_string( $uid ) && ctype_digit( $uid ) && (int) $uid > $after ) {
					$uids[] = (int) $uid;
				}
			}
		}
		sort( $uids );
		return array_values( array_unique( $uids ) );
	}

	/**
	 * Sizes of messages, by UID.
	 *
	 * @param int[] $uids UIDs.
	 * @return array<int, int>
	 */
	public function sizes( array $uids ): array {
		$sizes = array();
		foreach ( $this->command( 'UID FETCH ' . implode( ',', $uids ) . ' (UID RFC822.SIZE)' )['FETCH'] ?? array() as $fetch ) {
			$items = $fetch->fetched();
			if ( isset( $items['UID'], $items['RFC822.SIZE'] ) ) {
				$sizes[ (int) $items['UID'] ] = (int) $items['RFC822.SIZE'];
			}
		}
		return $sizes;
	}

	/**
	 * A whole message, without marking it seen; null when it is gone.
	 *
	 * @param int $uid UID.
	 */
	public function message( int $uid ): ?string {
		foreach ( $this->command( "UID FETCH {$uid} (UID BODY.PEEK[])" )['FETCH'] ?? array() as $fetch ) {
			$items = $fetch->fetched();
			if ( (int) ( $items['UID'] ?? 0 ) === $uid && is_string( $items['BODY[]'] ?? null ) ) {
				return $items['BODY[]'];
			}
		}
		return null;
	}

	/**
	 * Marks a message seen.
	 *
	 * @param int $uid UID.
	 */
	public function mark_seen( int $uid ): void {
		$this->command( "UID STORE {$uid} +FLAGS.SILENT (\\Seen)" );
	}

	/**
	 * Moves a message to a folder, which is made when missing: MOVE where
	 * the server has it, else COPY, flag deleted and expunge.
	 *
	 * @param int    $uid    UID.
	 * @param string $folder Folder name (UTF-8).
	 * @throws ImapNo When the server refuses for another reason than a missing folder.
	 */
	public function move( int $uid, string $folder ): void {
		$name = $this->string( self::folder_name( $folder ) );
		$verb = $this->can( 'MOVE' ) ? 'MOVE' : 'COPY';
		try {
			$this->command( array( "UID {$verb} {$uid} ", $name ) );
		} catch ( ImapNo $e ) {
			if ( 'TRYCREATE' !== $e->response->code_name() ) {
				throw $e;
			}
			$this->command( array( 'CREATE ', $name ) );
			$this->command( array( "UID {$verb} {$uid} ", $name ) );
		}
		if ( 'COPY' === $verb ) {
			$this->command( "UID STORE {$uid} +FLAGS.SILENT (\\Deleted)" );
			// Without UIDPLUS, EXPUNGE also removes what someone else flagged deleted.
			$this->command( $this->can( 'UIDPLUS' ) ? "UID EXPUNGE {$uid}" : 'EXPUNGE' );
		}
	}

	/** Says goodbye and closes; never throws. */
	public function logout(): void {
		try {
			$this->command( 'LOGOUT' );
		} catch ( ImapError $e ) {
			unset( $e );
		}
		$this->stream->close();
	}

	/**
	 * SASL authentication, with the initial response inline when the server takes it.
	 *
	 * @param string $mechanism PLAIN or XOAUTH2.
	 * @param string $response  The initial response, not encoded.
	 */
	private function authenticate( string $mechanism, string $response ): void {
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- SASL is base64 on the wire.
		$encoded = base64_encode( $response );
		if ( $this->can( 'SASL-IR' ) ) {
			$this->command( "AUTHENTICATE {$mechanism} {$encoded}", array( '' ) );
			return;
		}
		// After a refused XOAUTH2 the server sends its error as a challenge; an empty line ends it.
		$this->command( "AUTHENTICATE {$mechanism}", array( $encoded, '' ) );
	}

	/**
	 * Sends a command and reads up to its tagged answer.
	 *
	 * @param string|array<int, string|ImapLiteral> $command      Command without tag; literals as ImapLiteral.
	 * @param string[]                              $continuation Lines to send, one per continuation request ("+").
	 * @return array<string, ImapResponse[]> Untagged responses by name.
	 * @throws ImapNo When the server answers NO or BAD.
	 * @throws ImapError When the connection fails.
	 */
	private function command( string|array $command, array $continuation = array() ): array {
		$tag = 'S' . ( ++$this->tag );
		$this->send( $tag, (array) $command );
		$found = array();
		while ( true ) {
			$response = $this->reader->next();
			if ( '+' === $response->tag ) {
				$this->stream->write( ( $continuation ? array_shift( $continuation ) : '' ) . "\r\n" );
				continue;
			}
			if ( $tag === $response->tag ) {
				if ( 'OK' !== $response->name ) {
					throw new ImapNo( $response );
				}
				return $found;
			}
			if ( 'BYE' === $response->name && 'LOGOUT' !== $command ) {
				/* translators: %s: the server's words */
				throw new ImapError( sprintf( __( 'The mail server ended the session: %s', 'storedesk' ), $response->text ) );
			}
			$found[ $response->name ][] = $response;
		}
	}

	/**
	 * Writes a command; before a synchronising literal, waits for the server's "+".
	 *
	 * @param string                         $tag   Tag.
	 * @param array<int, string|ImapLiteral> $parts Command parts.
	 * @throws ImapNo When the server refuses a literal.
	 */
	private function send( string $tag, array $parts ): void {
		$buffer = "{$tag} ";
		foreach ( $parts as $part ) {
			if ( ! $part instanceof ImapLiteral ) {
				$buffer .= $part;
				continue;
			}
			if ( $this->can( 'LITERAL+' ) || ( $this->can( 'LITERAL-' ) && strlen( $part->value ) <= 4096 ) ) {
				$buffer .= '{' . strlen( $part->value ) . "+}\r\n" . $part->value;
				continue;
			}
			$this->stream->write( $buffer . '{' . strlen( $part->value ) . "}\r\n" );
			$ready = $this->reader->next();
			if ( '+' !== $ready->tag ) {
				throw new ImapNo( $ready );
			}
			$buffer = $part->value;
		}
		$this->stream->write( $buffer . "\r\n" );
	}

	/**
	 * An IMAP string: quoted when it can be, else a literal (non-ASCII, a line break).
	 *
	 * @param string $value The value.
	 */
	private function string( string $value ): string|ImapLiteral {
		return preg_match( '/^[\x20-\x7e]*$/', $value ) ? '"' . addcslashes( $value, '"\\' ) . '"' : new ImapLiteral( $value );
	}

	/**
	 * A folder name as IMAP spells it (modified UTF-7, RFC 3501 §5.1.3).
	 *
	 * @param string $folder UTF-8 name.
	 */
	private static function folder_name( string $folder ): string {
		if ( preg_match( '/^[\x20-\x25\x27-\x7e]*$/', $folder ) || ! function_exists( 'mb_convert_encoding' ) ) {
			return $folder;
		}
		return (string) mb_convert_encoding( $folder, 'UTF7-IMAP', 'UTF-8' );
	}

	/**
	 * Upper-case words.
	 *
	 * @param string $text Space-separated words.
	 * @return string[]
	 */
	private static function words( string $text ): array {
		return array_values( array_filter( explode( ' ', strtoupper( $text ) ) ) );
	}
}
