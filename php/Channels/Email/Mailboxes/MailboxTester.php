<?php
/**
 * "Test connection".
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

use Storedesk\Channels\Email\Imap\ImapClient;
use Storedesk\Channels\Email\Imap\ImapError;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Logs in, opens the folder and counts what waits, reading and changing
 * nothing, and says in words what failed (the server, the certificate,
 * the login, the folder).
 */
class MailboxTester {

	/**
	 * Tests a mailbox's IMAP settings.
	 *
	 * @param Mailbox $mailbox The settings (not necessarily saved).
	 * @param string  $secret  Password or token.
	 * @return array{ok: true, messages: int, unread: int}|array{ok: false, error: string}|WP_Error
	 *         A connection that fails is the test's answer (ok false, in words); an error only for a missing password.
	 */
	public function test( Mailbox $mailbox, string $secret ) {
		if ( '' === $secret ) {
			return new WP_Error( 'storedesk_mailbox_password', __( 'Enter the password (or the OAuth token).', 'storedesk' ), array( 'status' => 400 ) );
		}
		$client = null;
		try {
			$client = ImapClient::connect( $mailbox->imap, $secret );
			$folder = $client->select( $mailbox->imap->folder );
			return array(
				'ok'       => true,
				'messages' => $folder['exists'],
				'unread'   => count( $client->uids( 0, true ) ),
			);
		} catch ( ImapError $e ) {
			return array(
				'ok'    => false,
				'error' => $e->getMessage(),
			);
		} finally {
			$client?->logout();
		}
	}
}
