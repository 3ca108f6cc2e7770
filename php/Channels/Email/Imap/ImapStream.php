<?php
/**
 * The socket to a mail server.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

defined( 'ABSPATH' ) || exit;

/**
 * A TCP connection over PHP streams (no ext-imap, no sockets extension),
 * with implicit TLS or a later STARTTLS, a connect timeout and a read
 * timeout, so a server that stops answering fails the fetch instead of
 * holding a background job for ever.
 *
 * phpcs:disable WordPress.WP.AlternativeFunctions -- a socket, not a file.
 */
class ImapStream {

	/**
	 * The socket.
	 *
	 * @var resource|null
	 */
	private $socket = null;

	/**
	 * Wraps an open socket.
	 *
	 * @param resource|null $socket  The socket (null until open() connects it).
	 * @param string        $host    Server name (checked against its certificate after STARTTLS).
	 * @param bool          $verify  Check the server's certificate and name.
	 * @param int           $timeout Seconds to wait for each read.
	 */
	public function __construct( $socket, private string $host = '', private bool $verify = true, private int $timeout = 30 ) {
		$this->socket = $socket;
	}

	/**
	 * Opens a connection.
	 *
	 * @param string $host    Server name.
	 * @param int    $port    Port.
	 * @param bool   $tls     Implicit TLS (IMAPS, usually port 993).
	 * @param bool   $verify  Check the server's certificate and name.
	 * @param int    $timeout Seconds to connect, and to wait for each read.
	 * @throws ImapError When the server cannot be reached.
	 */
	public static function open( string $host, int $port, bool $tls, bool $verify, int $timeout ): self {
		$stream   = new self( null, $host, $verify, $timeout );
		$context  = stream_context_create( array( 'ssl' => $stream->tls_options() ) );
		$errno    = 0;
		$error    = '';
		$warnings = '';
		// PHP says why a handshake failed only in warnings, several of them.
		set_error_handler( // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler -- see above.
			static function ( int $level, string $message ) use ( &$warnings ) {
				$warnings .= $message . "\n";
				return true;
			}
		);
		try {
			$socket = stream_socket_client( ( $tls ? 'tls://' : 'tcp://' ) . $host . ':' . $port, $errno, $error, $timeout, STREAM_CLIENT_CONNECT, $context );
		} finally {
			restore_error_handler();
		}
		if ( ! $socket ) {
			if ( $tls && str_contains( $warnings, 'certificate' ) ) {
				throw new ImapError( $stream->tls_failure( $warnings ) );
			}
			/* translators: 1: host:port, 2: the system's reason */
			throw new ImapError( sprintf( __( 'Could not connect to %1$s: %2$s', 'storedesk' ), $host . ':' . $port, $error ? $error : __( 'no answer (check the server name, the port and the security setting)', 'storedesk' ) ) );
		}
		stream_set_timeout( $socket, $timeout );
		$stream->socket = $socket;
		return $stream;
	}

	/**
	 * Turns TLS on over the open connection, after STARTTLS.
	 *
	 * @throws ImapError When the handshake fails (often: a certificate that is not trusted).
	 */
	public function start_tls(): void {
		foreach ( $this->tls_options() as $option => $value ) {
			stream_context_set_option( $this->socket(), 'ssl', $option, $value );
		}
		$warnings = '';
		set_error_handler( // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler -- PHP says why only in warnings.
			static function ( int $level, string $message ) use ( &$warnings ) {
				$warnings .= $message . "\n";
				return true;
			}
		);
		try {
			$on = stream_socket_enable_crypto( $this->socket(), true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT );
		} finally {
			restore_error_handler();
		}
		if ( true !== $on ) {
			throw new ImapError( $this->tls_failure( $warnings ) );
		}
	}

	/**
	 * One line, without its CRLF.
	 *
	 * @throws ImapError When the connection closed or the server is silent.
	 */
	public function line(): string {
		$line = fgets( $this->socket() );
		if ( false === $line ) {
			$this->fail();
		}
		return rtrim( $line, "\r\n" );
	}

	/**
	 * Exactly $length bytes (an IMAP literal).
	 *
	 * @param int $length Bytes.
	 * @throws ImapError When the connection closed or the server is silent.
	 */
	public function bytes( int $length ): string {
		$data = '';
		$left = $length;
		while ( $left > 0 ) {
			$chunk = fread( $this->socket(), min( 65536, $left ) );
			if ( false === $chunk || ( '' === $chunk && ( feof( $this->socket() ) || stream_get_meta_data( $this->socket() )['timed_out'] ) ) ) {
				$this->fail();
			}
			$data .= $chunk;
			$left -= strlen( $chunk );
		}
		return $data;
	}

	/**
	 * Sends bytes.
	 *
	 * @param string $data Bytes, with their CRLF.
	 * @throws ImapError When the connection closed.
	 */
	public function write( string $data ): void {
		while ( '' !== $data ) {
			$sent = fwrite( $this->socket(), $data );
			if ( false === $sent || 0 === $sent ) {
				throw new ImapError( __( 'The mail server closed the connection.', 'storedesk' ) );
			}
			$data = substr( $data, $sent );
		}
	}

	/** Closes the connection. */
	public function close(): void {
		if ( is_resource( $this->socket ) ) {
			fclose( $this->socket );
		}
		$this->socket = null;
	}

	/**
	 * The socket, while open.
	 *
	 * @return resource
	 * @throws ImapError After close().
	 */
	private function socket() {
		if ( ! is_resource( $this->socket ) ) {
			throw new ImapError( __( 'The connection to the mail server is closed.', 'storedesk' ) );
		}
		return $this->socket;
	}

	/**
	 * Why a read gave nothing.
	 *
	 * @throws ImapError Always.
	 * @return never
	 */
	private function fail() {
		$timed_out = is_resource( $this->socket ) && stream_get_meta_data( $this->socket )['timed_out'];
		$this->close();
		throw new ImapError(
			$timed_out
				/* translators: %d: seconds */
				? sprintf( __( 'The mail server did not answer within %d seconds.', 'storedesk' ), $this->timeout )
				: __( 'The mail server closed the connection.', 'storedesk' )
		);
	}

	/** TLS options: the name checked is the server's, and its certificate against the system's authorities. */
	private function tls_options(): array {
		return array(
			'verify_peer'       => $this->verify,
			'verify_peer_name'  => $this->verify,
			'allow_self_signed' => ! $this->verify,
			'peer_name'         => $this->host,
			'SNI_enabled'       => true,
		);
	}

	/**
	 * A failed handshake, in words.
	 *
	 * @param string $warnings What PHP warned of.
	 */
	private function tls_failure( string $warnings ): string {
		$why = str_contains( $warnings, 'certificate' ) ? __( 'the server\'s certificate is not trusted (self-signed or for another name). Turn off "Check the certificate" only for a server you know.', 'storedesk' ) : trim( (string) strtok( $warnings, "\n" ) );
		/* translators: %s: reason */
		return sprintf( __( 'The secure connection failed: %s', 'storedesk' ), $why );
	}
}
