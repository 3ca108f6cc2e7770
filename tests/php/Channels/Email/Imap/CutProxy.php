<?php
/**
 * A TCP proxy the tests can pull the plug on.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Imap;

use RuntimeException;

// phpcs:disable WordPress.WP.AlternativeFunctions -- pipes and sockets, not files.

/**
 * Forwards connections to a server through a separate PHP process
 * (cut-proxy.php), so that kill() can drop every proxied connection at
 * once, mid-command, as a network failure or a server restart would: the
 * plugin's client sees its socket close with no IMAP goodbye. The process
 * is killed when this object goes, and ends by itself when the test
 * process does.
 */
final class CutProxy {

	/**
	 * The process and its pipes, or null once killed.
	 *
	 * @var resource|null
	 */
	private $process;

	/**
	 * Its stdin, stdout and stderr.
	 *
	 * @var resource[]
	 */
	private array $pipes;

	/**
	 * The loopback port that forwards to the server.
	 *
	 * @var int
	 */
	public readonly int $port;

	/**
	 * Takes over a started proxy.
	 *
	 * @param resource   $process The proxy process.
	 * @param resource[] $pipes   Its stdin, stdout and stderr.
	 * @param int        $port    The port it listens on.
	 */
	private function __construct( $process, array $pipes, int $port ) {
		$this->process = $process;
		$this->pipes   = $pipes;
		$this->port    = $port;
	}

	/**
	 * Starts a proxy to host:port on a free 127.0.0.1 port (->port).
	 *
	 * @param string $host Server address.
	 * @param int    $port Server port.
	 * @throws RuntimeException When the proxy does not come up within 5 s.
	 */
	public static function start( string $host, int $port ): self {
		$pipes = array();
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.system_calls_proc_open -- the proxy must be a process of its own to be killed.
		$process = proc_open(
			array( PHP_BINARY, __DIR__ . '/cut-proxy.php', $host, (string) $port ),
			array(
				0 => array( 'pipe', 'r' ),
				1 => array( 'pipe', 'w' ),
				2 => array( 'pipe', 'w' ),
			),
			$pipes
		);
		if ( ! is_resource( $process ) ) {
			throw new RuntimeException( 'CutProxy: cannot start ' . PHP_BINARY );
		}
		$out      = '';
		$deadline = microtime( true ) + 5;
		while ( ! preg_match( '/^listening (\d+)$/m', $out, $m ) ) {
			$left = $deadline - microtime( true );
			$read = array( $pipes[1] );
			$none = null;
			if ( $left <= 0 || ! stream_select( $read, $none, $none, 0, (int) ( $left * 1e6 ) ) ) {
				break;
			}
			$chunk = fread( $pipes[1], 8192 );
			if ( false === $chunk || '' === $chunk ) {
				break;
			}
			$out .= $chunk;
		}
		$proxy = new self( $process, $pipes, isset( $m[1] ) ? (int) $m[1] : 0 );
		if ( ! $proxy->port ) {
			stream_set_blocking( $pipes[2], false );
			$said = (string) stream_get_contents( $pipes[2] );
			$proxy->kill();
			throw new RuntimeException( 'CutProxy: the proxy did not start: ' . trim( $out . "\n" . $said ) );
		}
		return $proxy;
	}

	/** Kills the proxy: every connection through it drops at once. */
	public function kill(): void {
		if ( null === $this->process ) {
			return;
		}
		proc_terminate( $this->process, 9 );
		foreach ( $this->pipes as $pipe ) {
			fclose( $pipe );
		}
		proc_close( $this->process );
		$this->process = null;
	}

	/** No proxy outlives its test. */
	public function __destruct() {
		$this->kill();
	}

	/**
	 * The proxy process's loop (cut-proxy.php): prints "listening PORT",
	 * then forwards bytes both ways for every connection until it is killed
	 * or its stdin closes.
	 *
	 * @param string $host Server address.
	 * @param int    $port Server port.
	 */
	public static function serve( string $host, int $port ): void {
		$errno  = 0;
		$errstr = '';
		$server = stream_socket_server( 'tcp://127.0.0.1:0', $errno, $errstr );
		if ( ! $server ) {
			fwrite( STDERR, "cannot listen: {$errstr}\n" );
			exit( 1 );
		}
		$name = (string) stream_socket_get_name( $server, false );
		fwrite( STDOUT, 'listening ' . substr( $name, strrpos( $name, ':' ) + 1 ) . "\n" );
		fflush( STDOUT );
		/**
		 * Every open socket, by resource id.
		 *
		 * @var array<int, resource> $sockets
		 */
		$sockets = array();
		/**
		 * The other end of each socket.
		 *
		 * @var array<int, resource> $partner
		 */
		$partner = array();
		$close   = static function ( $socket ) use ( &$sockets, &$partner ): void {
			foreach ( array( $socket, $partner[ (int) $socket ] ) as $s ) {
				unset( $sockets[ (int) $s ], $partner[ (int) $s ] );
				fclose( $s );
			}
		};
		while ( true ) {
			$read = array_merge( array( $server, STDIN ), array_values( $sockets ) );
			$none = null;
			if ( false === stream_select( $read, $none, $none, null ) ) {
				exit( 1 );
			}
			foreach ( $read as $socket ) {
				if ( $socket === $server ) {
					$client = stream_socket_accept( $server, 5 );
					if ( ! $client ) {
						continue;
					}
					$upstream = stream_socket_client( "tcp://{$host}:{$port}", $errno, $errstr, 5 );
					if ( ! $upstream ) {
						fclose( $client );
						continue;
					}
					$sockets[ (int) $client ]   = $client;
					$sockets[ (int) $upstream ] = $upstream;
					$partner[ (int) $client ]   = $upstream;
					$partner[ (int) $upstream ] = $client;
				} elseif ( STDIN === $socket ) {
					// Whoever started the proxy has gone: so does the proxy.
					if ( '' === (string) fread( STDIN, 8192 ) && feof( STDIN ) ) {
						exit( 0 );
					}
				} elseif ( isset( $sockets[ (int) $socket ] ) ) {
					$data = stream_socket_recvfrom( $socket, 65536 );
					if ( false === $data || '' === $data ) {
						$close( $socket );
						continue;
					}
					$to = $partner[ (int) $socket ];
					while ( '' !== $data ) {
						$sent = stream_socket_sendto( $to, $data );
						if ( false === $sent || $sent <= 0 ) {
							$close( $socket );
							break;
						}
						$data = (string) substr( $data, $sent );
					}
				}
			}
		}
	}
}
