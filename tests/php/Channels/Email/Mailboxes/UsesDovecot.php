<?php
/**
 * A mailbox on the test Dovecot.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Mailboxes;

use Storedesk\Channels\Email\Mailboxes\Mailbox;
use Storedesk\Channels\Email\Mailboxes\MailboxFetcher;
use Storedesk\Channels\Email\Mailboxes\MailboxRepository;
use Storedesk\Channels\Email\Mailboxes\MailboxState;
use Storedesk\Tests\Channels\Email\Imap\Dovecot;

/**
 * Skips without a Dovecot; saves a mailbox reading a folder of its own.
 */
trait UsesDovecot {

	/**
	 * The server.
	 *
	 * @var Dovecot
	 */
	protected Dovecot $imap;

	/** Call from setUp. */
	protected function need_dovecot(): void {
		$this->imap = Dovecot::or_skip();
	}

	/**
	 * Saves a mailbox reading $folder (a new folder when null).
	 *
	 * @param string|null $folder Folder.
	 * @param array       $imap   IMAP fields that differ.
	 * @param string      $address The support address.
	 */
	protected function mailbox( ?string $folder = null, array $imap = array(), string $address = 'support@shop.test' ): Mailbox {
		$mailbox = Mailbox::from_array(
			array(
				'address' => $address,
				'name'    => 'Shop Support',
				'imap'    => $imap + array(
					'host'     => $this->imap->host,
					'port'     => $this->imap->port,
					'security' => 'none',
					'username' => $this->imap->user,
					'folder'   => $folder ?? $this->imap->folder(),
					'timeout'  => 5,
				),
			),
			'mb_' . bin2hex( random_bytes( 4 ) )
		);
		$this->assertInstanceOf( Mailbox::class, $mailbox );
		$this->service( MailboxRepository::class )->save( $mailbox, $this->imap->password );
		return $mailbox;
	}

	/**
	 * Runs the fetch job of a mailbox, and whatever it queues, as the runner would.
	 *
	 * @param Mailbox $mailbox The mailbox.
	 */
	protected function fetch( Mailbox $mailbox ): MailboxState {
		$this->service( MailboxFetcher::class )->fetch( $mailbox->id );
		$this->run_jobs();
		return MailboxState::of( $mailbox->id );
	}

	/**
	 * A customer's message.
	 *
	 * @param string $from    Sender.
	 * @param string $id      Message-ID, without brackets.
	 * @param string $text    Text.
	 * @param string $headers More header lines, each with its CRLF.
	 * @param string $to      Recipient.
	 */
	protected static function message( string $from, string $id, string $text, string $headers = '', string $to = 'support@shop.test' ): string {
		return "From: {$from}\r\nTo: {$to}\r\nSubject: Where is my lamp?\r\nMessage-ID: <{$id}>\r\nDate: Mon, 01 Jun 2026 10:00:00 +0000\r\n{$headers}Content-Type: text/plain; charset=UTF-8\r\n\r\n{$text}\r\n";
	}
}
