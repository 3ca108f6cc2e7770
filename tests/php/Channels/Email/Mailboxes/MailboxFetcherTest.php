<?php
/**
 * Fetching a mailbox from a real Dovecot.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Mailboxes;

use Storedesk\Channels\Email\Mailboxes\MailboxFetcher;
use Storedesk\Channels\Email\Mailboxes\MailboxState;
use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tests\Channels\Email\Imap\CutProxy;
use Storedesk\Tests\TestCase;

/**
 * Mail appended to the IMAP folder becomes conversations, once each, and
 * the mail is marked read or moved; a fetch cut off mid-batch resumes with
 * nothing lost and nothing doubled; a renumbered folder (new UIDVALIDITY)
 * is read again without doubles; backlogs go in batches.
 */
class MailboxFetcherTest extends TestCase {

	use UsesDovecot;

	/** Skips without a Dovecot. */
	protected function setUp(): void {
		parent::setUp();
		$this->need_dovecot();
	}

	/**
	 * The stored message with a Message-ID, or null.
	 *
	 * @param string $id Message-ID.
	 */
	private function stored( string $id ): ?\Storedesk\Messages\Message {
		return $this->service( MessageRepository::class )->find_by_external( 'email', $id );
	}

	/**
	 * How many messages with these Message-IDs are stored.
	 *
	 * @param string[] $ids Message-IDs.
	 */
	private function stored_count( array $ids ): int {
		global $wpdb;
		$table = Schema::table( 'messages' );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE channel = 'email' AND external_id IN (" . implode( ',', array_fill( 0, count( $ids ), '%s' ) ) . ')', ...$ids ) );
	}

	/** New mail becomes conversations and is marked read; old read mail is left; a second run takes nothing again. */
	public function test_mail_in_the_folder_becomes_conversations(): void {
		$folder = $this->imap->folder();
		$this->imap->append( $folder, self::message( 'old@example.test', 'old-1@example.test', 'Read long ago.' ), array( '\\Seen' ) );
		$this->imap->append( $folder, self::message( 'Olga Petrova <olga@example.test>', 'olga-1@example.test', 'My lamp arrived broken.' ) );
		$this->imap->append( $folder, self::message( 'ben@example.test', 'ben-1@example.test', 'Do you ship to Izmir?' ) );
		$this->imap->append( $folder, self::message( 'away@example.test', 'away-1@example.test', 'I am out of office.', "Auto-Submitted: auto-replied\r\n" ) );
		$mailbox = $this->mailbox( $folder );
		$state   = $this->fetch( $mailbox );
		$this->assertSame( array( 3, 0, '', '' ), array( $state->count, $state->waiting, $state->error, $state->note ), 'an auto-reply is handled (not stored), not left behind' );
		$this->assertNull( $this->stored( 'away-1@example.test' ) );
		$this->assertGreaterThan( time() - 60, $state->fetched_at );
		$olga = $this->stored( 'olga-1@example.test' );
		$this->assertNotNull( $olga );
		$this->assertSame( 'My lamp arrived broken.', $olga->body );
		$this->assertSame( $mailbox->id, $olga->meta['mailbox'] );
		$this->assertNotNull( $this->stored( 'ben-1@example.test' ) );
		$this->assertNull( $this->stored( 'old-1@example.test' ), 'mail read before the mailbox was added stays out' );
		foreach ( $this->imap->messages( $folder ) as $flags ) {
			$this->assertContains( '\\Seen', $flags, 'everything taken is marked read' );
		}
		$this->assertSame( 0, $this->fetch( $mailbox )->count, 'nothing new' );
		$this->imap->append( $folder, self::message( 'olga@example.test', 'olga-2@example.test', 'Any news?' ), array( '\\Seen' ) );
		$this->assertSame( 1, $this->fetch( $mailbox )->count, 'once caught up, new mail counts even if someone read it first' );
		$this->assertNotSame( $olga->ticket_id, $this->stored( 'olga-2@example.test' )->ticket_id, 'the same sender and subject, but answering nothing of ours: a conversation of its own' );
	}

	/** "Move to a folder" moves what was taken. */
	public function test_taken_mail_can_be_moved(): void {
		$folder = $this->imap->folder();
		$this->imap->append( $folder, self::message( 'cem@example.test', 'cem-1@example.test', 'Merhaba' ) );
		$this->fetch(
			$this->mailbox(
				$folder,
				array(
					'after'     => 'move',
					'processed' => $folder . '-done',
				)
			)
		);
		$this->assertNotNull( $this->stored( 'cem-1@example.test' ) );
		$this->assertSame( array( 0, 1 ), array( $this->imap->count( $folder ), $this->imap->count( $folder . '-done' ) ) );
	}

	/**
	 * The connection dies after the second message is stored and before it
	 * is marked read: the run ends with the error said; the next run takes
	 * up from there, and every message is stored exactly once.
	 */
	public function test_a_connection_killed_mid_batch_resumes_without_loss_or_double(): void {
		$folder = $this->imap->folder();
		$ids    = array();
		for ( $i = 1; $i <= 5; $i++ ) {
			$ids[] = "cut-{$i}@example.test";
			$this->imap->append( $folder, self::message( "buyer{$i}@example.test", "cut-{$i}@example.test", "Question {$i}" ) );
		}
		$proxy   = CutProxy::start( $this->imap->host, $this->imap->port );
		$mailbox = $this->mailbox( $folder, array( 'port' => $proxy->port ) );
		$seen    = 0;
		$kill    = static function () use ( &$seen, $proxy ) {
			if ( 2 === ++$seen ) {
				$proxy->kill();
			}
		};
		add_action( 'storedesk_message_received', $kill );
		$state = $this->service( MailboxFetcher::class )->run( $mailbox );
		remove_action( 'storedesk_message_received', $kill );
		$this->assertStringContainsString( 'closed the connection', $state->error );
		$this->assertSame( 2, $this->stored_count( $ids ), 'two stored before the cut' );
		$unread = array_filter( $this->imap->messages( $folder ), static fn( array $flags ) => ! in_array( '\\Seen', $flags, true ) );
		$this->assertCount( 4, $unread, 'only the first was marked read before the cut' );
		// The mailbox's server is reachable again (straight, without the proxy).
		$this->service( \Storedesk\Channels\Email\Mailboxes\MailboxRepository::class )->save( $this->mailbox_at( $mailbox, $this->imap->port ) );
		$state = $this->fetch( $mailbox );
		$this->assertSame( '', $state->error, 'the error is cleared by a run that works' );
		$this->assertSame( 5, $this->stored_count( $ids ), 'nothing lost, nothing doubled' );
		foreach ( $ids as $id ) {
			$this->assertSame( 1, $this->stored_count( array( $id ) ), $id );
		}
		$this->assertSame( array(), array_filter( $this->imap->messages( $folder ), static fn( array $flags ) => ! in_array( '\\Seen', $flags, true ) ) );
	}

	/**
	 * The server renumbers the folder (a new UIDVALIDITY): the unread mail
	 * in it is read again, what was already stored is not stored twice, and
	 * read mail is left alone.
	 */
	public function test_a_new_uidvalidity_is_read_again_without_doubles(): void {
		$folder = $this->imap->folder();
		$kept   = self::message( 'dora@example.test', 'dora-1@example.test', 'First.' );
		$this->imap->append( $folder, $kept );
		$mailbox = $this->mailbox( $folder );
		$before  = $this->fetch( $mailbox );
		$this->assertSame( 1, $before->count );
		$this->imap->recreate( $folder );
		// Restored from a backup: the old one unread again, a new one, and one read in a mail client.
		$this->imap->append( $folder, $kept );
		$this->imap->append( $folder, self::message( 'dora@example.test', 'dora-2@example.test', 'Second.' ) );
		$this->imap->append( $folder, self::message( 'eve@example.test', 'eve-1@example.test', 'Read in webmail.' ), array( '\\Seen' ) );
		$after = $this->fetch( $mailbox );
		$this->assertNotSame( $before->uidvalidity, $after->uidvalidity );
		$this->assertSame( 1, $this->stored_count( array( 'dora-1@example.test' ) ), 'not doubled' );
		$this->assertNotNull( $this->stored( 'dora-2@example.test' ) );
		$this->assertNull( $this->stored( 'eve-1@example.test' ) );
	}

	/** A backlog goes in batches, each run queuing the next, until the folder is drained. */
	public function test_a_backlog_goes_in_batches(): void {
		$folder = $this->imap->folder();
		$ids    = array();
		for ( $i = 1; $i <= 7; $i++ ) {
			$ids[] = "batch-{$i}@example.test";
			$this->imap->append( $folder, self::message( "b{$i}@example.test", "batch-{$i}@example.test", "Backlog {$i}" ) );
		}
		$mailbox = $this->mailbox( $folder, array( 'batch' => 3 ) );
		$first   = $this->service( MailboxFetcher::class )->run( $mailbox );
		$this->assertSame( array( 3, 4 ), array( $first->count, $first->waiting ) );
		$last = $this->fetch( $mailbox );
		$this->assertSame( array( 1, 0 ), array( $last->count, $last->waiting ), 'the job queued itself until one was left' );
		$this->assertSame( 7, $this->stored_count( $ids ) );
		$this->assertSame( 7, MailboxState::of( $mailbox->id )->total );
	}

	/** A wrong password is said on the mailbox, and the poll comes back to it. */
	public function test_a_refused_login_is_said_on_the_mailbox(): void {
		$mailbox = $this->mailbox();
		$this->service( \Storedesk\Channels\Email\Mailboxes\MailboxRepository::class )->save( $mailbox, 'wrong' );
		$state = $this->fetch( $mailbox );
		$this->assertStringStartsWith( 'Login refused by the mail server', $state->error );
		$this->assertGreaterThan( 0, $state->error_at );
	}

	/**
	 * The same mailbox on another port.
	 *
	 * @param \Storedesk\Channels\Email\Mailboxes\Mailbox $mailbox The mailbox.
	 * @param int                                         $port    Port.
	 */
	private function mailbox_at( \Storedesk\Channels\Email\Mailboxes\Mailbox $mailbox, int $port ): \Storedesk\Channels\Email\Mailboxes\Mailbox {
		$fields                 = $mailbox->to_array();
		$fields['imap']['port'] = $port;
		return \Storedesk\Channels\Email\Mailboxes\Mailbox::from_array( $fields, $mailbox->id );
	}
}
