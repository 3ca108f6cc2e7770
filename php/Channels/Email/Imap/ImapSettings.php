<?php
/**
 * How to reach a mailbox over IMAP.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Server, security, login and what to do with a message once it is a
 * ticket. The password or token is a secret, kept apart (Settings\Secrets).
 */
final class ImapSettings {

	public const SECURITY = array( 'ssl', 'starttls', 'none' );
	public const AUTH     = array( 'login', 'plain', 'xoauth2' );
	public const AFTER    = array( 'seen', 'move' );

	/**
	 * Builds the settings.
	 *
	 * @param string $host      Server name.
	 * @param int    $port      Port.
	 * @param string $security  ssl (implicit TLS), starttls or none.
	 * @param bool   $verify    Check the server's certificate.
	 * @param string $auth      login, plain or xoauth2.
	 * @param string $username  User name.
	 * @param string $folder    Folder read.
	 * @param string $after     seen (mark it read) or move.
	 * @param string $processed Folder messages are moved to.
	 * @param int    $batch     Most messages one run takes.
	 * @param int    $timeout   Seconds to connect and for each answer.
	 */
	public function __construct(
		public readonly string $host,
		public readonly int $port = 993,
		public readonly string $security = 'ssl',
		public readonly bool $verify = true,
		public readonly string $auth = 'login',
		public readonly string $username = '',
		public readonly string $folder = 'INBOX',
		public readonly string $after = 'seen',
		public readonly string $processed = '',
		public readonly int $batch = 50,
		public readonly int $timeout = 30,
	) {}

	/**
	 * From stored or submitted fields; an error names the first bad one.
	 *
	 * @param array $in Fields.
	 * @return self|WP_Error
	 */
	public static function from_array( array $in ) {
		$security = (string) ( $in['security'] ?? 'ssl' );
		$host     = strtolower( trim( (string) ( $in['host'] ?? '' ) ) );
		$settings = new self(
			host: $host,
			port: (int) ( $in['port'] ?? ( 'ssl' === $security ? 993 : 143 ) ),
			security: $security,
			verify: (bool) ( $in['verify'] ?? true ),
			auth: (string) ( $in['auth'] ?? 'login' ),
			username: trim( (string) ( $in['username'] ?? '' ) ),
			folder: trim( (string) ( $in['folder'] ?? '' ) ) ? trim( (string) $in['folder'] ) : 'INBOX',
			after: (string) ( $in['after'] ?? 'seen' ),
			processed: trim( (string) ( $in['processed'] ?? '' ) ),
			batch: max( 1, min( 500, (int) ( $in['batch'] ?? 50 ) ) ),
			timeout: max( 5, min( 120, (int) ( $in['timeout'] ?? 30 ) ) ),
		);
		$bad      = match ( true ) {
			! preg_match( '/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/', $host ) => array( 'host', __( 'Enter the IMAP server name, such as imap.example.com.', 'storedesk' ) ),
			$settings->port < 1 || $settings->port > 65535            => array( 'port', __( 'The port is a number from 1 to 65535 (993 for SSL/TLS, 143 otherwise).', 'storedesk' ) ),
			! in_array( $security, self::SECURITY, true )              => array( 'security', __( 'Choose SSL/TLS, STARTTLS or none.', 'storedesk' ) ),
			! in_array( $settings->auth, self::AUTH, true )            => array( 'auth', __( 'Choose how to log in: password (LOGIN), PLAIN or an OAuth token (XOAUTH2).', 'storedesk' ) ),
			'' === $settings->username                                 => array( 'username', __( 'Enter the user name of the mailbox.', 'storedesk' ) ),
			! in_array( $settings->after, self::AFTER, true )          => array( 'after', __( 'Choose what happens to a message once it is a ticket.', 'storedesk' ) ),
			'move' === $settings->after && '' === $settings->processed => array( 'processed', __( 'Name the folder messages are moved to.', 'storedesk' ) ),
			default                                                     => null,
		};
		return $bad ? new WP_Error( 'storedesk_mailbox_' . $bad[0], $bad[1], array( 'status' => 400 ) ) : $settings;
	}

	/** As stored and shown. */
	public function to_array(): array {
		return get_object_vars( $this );
	}
}
