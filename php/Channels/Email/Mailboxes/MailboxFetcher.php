<?php
/**
 * Fetching a mailbox over IMAP.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

use Storedesk\Channels\Email\Imap\ImapClient;
use Storedesk\Channels\Email\Imap\ImapError;
use Storedesk\Channels\Email\Inbound\RawEmail;
use Storedesk\Conversations\Intake;
use Storedesk\Jobs\Lock;
use Storedesk\Jobs\Queue;

defined( 'ABSPATH' ) || exit;

/**
 * The background job that turns a mailbox's new mail into conversations:
 * one run per mailbox at a time (a lock), at most a batch of messages and
 * 20 seconds (inside any host's cron limits), then another run at once
 * while mail is waiting. Each message is stored before it is marked read
 * or moved, and the highest UID taken is saved after each one: a run cut
 * off anywhere takes up where it stopped, and a message fetched twice is
 * stored once (the intake knows its Message-ID).
 *
 * The first look at a folder, and a look after its UIDVALIDITY changed
 * (the server renumbered it), takes only unread mail, so a mailbox's old
 * history never floods the desk.
 */
class MailboxFetcher {

	/** The recurring job: queues a fetch of every IMAP mailbox. */
	public const POLL = 'storedesk_imap_poll';

	/** One mailbox's fetch; args: the mailbox id. */
	public const JOB = 'storedesk_imap_fetch';

	/** Minutes between polls. */
	public const EVERY = 2;

	/** Longest a run keeps fetching, in seconds. */
	private const SECONDS = 20;

	/**
	 * Builds the fetcher.
	 *
	 * @param MailboxRepository $mailboxes Mailboxes and their passwords.
	 * @param RawEmail          $email     Raw mail to a message (bounces recorded).
	 * @param Intake            $intake    Where every message goes.
	 * @param Lock              $lock      One run per mailbox.
	 * @param Queue             $queue     The next run.
	 */
	public function __construct(
		private MailboxRepository $mailboxes,
		private RawEmail $email,
		private Intake $intake,
		private Lock $lock,
		private Queue $queue,
	) {}

	/** The poll: a fetch job for each mailbox read over IMAP. */
	public function poll(): void {
		foreach ( $this->mailboxes->all() as $mailbox ) {
			if ( $mailbox->imap ) {
				$this->queue->push( self::JOB, array( $mailbox->id ) );
			}
		}
	}

	/** Keeps the poll scheduled while a mailbox is read over IMAP. */
	public function schedule(): void {
		foreach ( $this->mailboxes->all() as $mailbox ) {
			if ( $mailbox->imap ) {
				$this->queue->every( self::POLL, self::EVERY * MINUTE_IN_SECONDS );
				return;
			}
		}
	}

	/**
	 * A failed fetch, in words, for the managers' list.
	 *
	 * @param array $args The job's arguments.
	 * @return array{0: string, 1: int}
	 */
	public function describe( array $args ): array {
		$mailbox = $this->mailboxes->find( (string) ( $args[0] ?? '' ) );
		/* translators: %s: a support address */
		return array( sprintf( __( 'Fetching the mail of %s', 'storedesk' ), $mailbox ? $mailbox->address : (string) ( $args[0] ?? '' ) ), 0 );
	}

	/**
	 * The job: one run over one mailbox, and another queued while mail waits.
	 *
	 * @param string $id Mailbox id.
	 */
	public function fetch( string $id ): void {
		$mailbox = $this->mailboxes->find( $id );
		if ( ! $mailbox || ! $mailbox->imap ) {
			return;
		}
		$state = null;
		$this->lock->run(
			'storedesk_lock_imap_' . md5( $id ),
			5 * MINUTE_IN_SECONDS,
			function () use ( $mailbox, &$state ) {
				$state = $this->run( $mailbox );
			}
		);
		if ( $state instanceof MailboxState && $state->waiting && '' === $state->error ) {
			$this->queue->push( self::JOB, array( $id ) );
		}
	}

	/**
	 * One run: connects, reads new mail up to the batch and the time limit.
	 *
	 * @param Mailbox $mailbox The mailbox.
	 * @param int     $seconds Longest it keeps fetching.
	 */
	public function run( Mailbox $mailbox, int $seconds = self::SECONDS ): MailboxState {
		$state  = MailboxState::of( $mailbox->id );
		$client = null;
		$taken  = 0;
		$until  = microtime( true ) + $seconds;
		try {
			$client = ImapClient::connect( $mailbox->imap, $this->mailboxes->secret( $mailbox ) );
			$folder = $client->select( $mailbox->imap->folder );
			if ( ! $state->uidvalidity || $state->uidvalidity !== $folder['uidvalidity'] ) {
				$state = $state->with(
					array(
						'uidvalidity' => $folder['uidvalidity'],
						'last_uid'    => 0,
						'unread_only' => true,
					)
				);
			}
			$uids  = $client->uids( $state->last_uid, $state->unread_only );
			$batch = array_slice( $uids, 0, $mailbox->imap->batch );
			$sizes = $batch ? $client->sizes( $batch ) : array();
			foreach ( $batch as $uid ) {
				if ( microtime( true ) > $until ) {
					break;
				}
				$left  = $this->take( $client, $mailbox, $uid, $sizes[ $uid ] ?? 0 );
				$state = $state->with(
					array(
						'last_uid' => $uid,
						'total'    => $state->total + ( null === $left ? 1 : 0 ),
					) + ( null === $left ? array() : array(
						'note'    => $left,
						'note_at' => time(),
					) )
				);
				++$taken;
				$state->save( $mailbox->id );
			}
			$state = $state->with(
				array(
					'fetched_at'  => time(),
					'count'       => $taken,
					'waiting'     => count( $uids ) - $taken,
					'error'       => '',
					'error_at'    => 0,
					// Once caught up with the unread mail, every new UID counts.
					'unread_only' => $state->unread_only && count( $uids ) > $taken,
				)
			);
		} catch ( ImapError $e ) {
			$state = $state->with(
				array(
					'error'    => $e->getMessage(),
					'error_at' => time(),
					'count'    => $taken,
				)
			);
		} finally {
			$client?->logout();
			$state->save( $mailbox->id );
		}
		return $state;
	}

	/**
	 * One message: stored, then marked read or moved. One the desk cannot
	 * take (too large, unreadable) stays unread in the mailbox, where the
	 * owner sees it, and the run goes on.
	 *
	 * @param ImapClient $client  The session.
	 * @param Mailbox    $mailbox The mailbox.
	 * @param int        $uid     UID.
	 * @param int        $size    Its size in bytes.
	 * @return string|null Why it was left in the mailbox, or null.
	 * @throws ImapError When the connection fails.
	 */
	private function take( ImapClient $client, Mailbox $mailbox, int $uid, int $size ): ?string {
		$max = RawEmail::max_bytes();
		if ( $size > $max ) {
			/* translators: 1: size in MB, 2: the largest size in MB */
			return sprintf( __( 'A message of %1$s MB is larger than this desk takes (%2$s MB); it was left unread in the mailbox.', 'storedesk' ), number_format_i18n( $size / 1048576, 1 ), number_format_i18n( $max / 1048576, 1 ) );
		}
		$raw = $client->message( $uid );
		if ( null === $raw ) {
			return null;
		}
		$message  = $this->email->message( $raw, 'email-imap', $mailbox->id );
		$received = is_wp_error( $message ) ? $message : $this->intake->receive( $message );
		// An auto-reply or a bounce is handled (not stored), not left behind.
		if ( is_wp_error( $received ) && 'storedesk_automatic_message' !== $received->get_error_code() ) {
			/* translators: %s: why */
			return sprintf( __( 'A message was left unread in the mailbox: %s', 'storedesk' ), $received->get_error_message() );
		}
		if ( 'move' === $mailbox->imap->after ) {
			$client->move( $uid, $mailbox->imap->processed );
		} else {
			$client->mark_seen( $uid );
		}
		return null;
	}
}
