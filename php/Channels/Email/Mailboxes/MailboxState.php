<?php
/**
 * Where fetching a mailbox stands.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

defined( 'ABSPATH' ) || exit;

/**
 * The folder's UIDVALIDITY and the highest UID taken (so a fetch resumes
 * where the last one stopped, even one killed mid-batch), and the last
 * fetch's time, count and error for the settings screen and Site Health.
 * One option per mailbox, never autoloaded, written after every message.
 */
final class MailboxState {

	private const PREFIX = 'storedesk_mailbox_state_';

	/**
	 * Builds a state.
	 *
	 * @param int    $uidvalidity The folder's UIDVALIDITY when last read (0: never).
	 * @param int    $last_uid    Highest UID taken.
	 * @param int    $fetched_at  Unix time of the last fetch that reached the server.
	 * @param int    $count       Messages taken by the last fetch.
	 * @param int    $total       Messages taken ever.
	 * @param string $error       Why the last fetch failed ('' when it did not).
	 * @param int    $error_at    When it failed.
	 * @param int    $waiting     Messages still waiting after the last fetch.
	 * @param bool   $unread_only Taking only unread mail (a folder seen for the first time, or renumbered).
	 * @param string $note        The last message left in the mailbox, and why.
	 * @param int    $note_at     When.
	 */
	public function __construct(
		public readonly int $uidvalidity = 0,
		public readonly int $last_uid = 0,
		public readonly int $fetched_at = 0,
		public readonly int $count = 0,
		public readonly int $total = 0,
		public readonly string $error = '',
		public readonly int $error_at = 0,
		public readonly int $waiting = 0,
		public readonly bool $unread_only = true,
		public readonly string $note = '',
		public readonly int $note_at = 0,
	) {}

	/**
	 * A mailbox's state.
	 *
	 * @param string $id Mailbox id.
	 */
	public static function of( string $id ): self {
		$row = (array) get_option( self::PREFIX . $id, array() );
		return ( new self() )->with( array_intersect_key( $row, get_object_vars( new self() ) ) );
	}

	/**
	 * A copy with some fields changed.
	 *
	 * @param array $changes Field => value.
	 */
	public function with( array $changes ): self {
		return new self( ...array_merge( get_object_vars( $this ), $changes ) );
	}

	/**
	 * Stores it.
	 *
	 * @param string $id Mailbox id.
	 */
	public function save( string $id ): void {
		update_option( self::PREFIX . $id, get_object_vars( $this ), false );
	}

	/**
	 * Forgets a mailbox's state.
	 *
	 * @param string $id Mailbox id.
	 */
	public static function forget( string $id ): void {
		delete_option( self::PREFIX . $id );
	}

	/** As the settings show it. */
	public function to_array(): array {
		return array(
			'fetched_at' => $this->fetched_at ? gmdate( 'c', $this->fetched_at ) : null,
			'count'      => $this->count,
			'total'      => $this->total,
			'waiting'    => $this->waiting,
			'error'      => '' === $this->error ? null : $this->error,
			'error_at'   => $this->error_at ? gmdate( 'c', $this->error_at ) : null,
			'note'       => '' === $this->note ? null : $this->note,
			'note_at'    => $this->note_at ? gmdate( 'c', $this->note_at ) : null,
		);
	}
}
