<?php
/**
 * Who is looking at or typing in a ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Inbox;

defined( 'ABSPATH' ) || exit;

/**
 * Short-lived presence per ticket for collision detection. Kept in a
 * transient (the object cache when there is one), never in a table: it is
 * worthless after a minute and written every few seconds.
 */
class Presence {

	/** Seconds after which an agent who stopped reporting is gone. */
	public const TTL = 30;

	/**
	 * Records that an agent views or types in a ticket, and returns the
	 * other agents there now.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param int    $user_id   Agent.
	 * @param string $state     viewing, typing or left.
	 * @return array<int, array{user_id: int, state: string, since: int}>
	 */
	public function touch( int $ticket_id, int $user_id, string $state ): array {
		$now    = time();
		$people = $this->current( $ticket_id, $now );
		if ( 'left' === $state ) {
			unset( $people[ $user_id ] );
		} else {
			$people[ $user_id ] = array(
				'state' => $state,
				'seen'  => $now,
				'since' => 'typing' === $state && isset( $people[ $user_id ] ) && 'typing' === $people[ $user_id ]['state'] ? $people[ $user_id ]['since'] : $now,
			);
		}
		set_transient( $this->key( $ticket_id ), $people, self::TTL * 2 );
		return $this->others( $people, $user_id );
	}

	/**
	 * Agents other than $user_id present in a ticket.
	 *
	 * @param int $ticket_id Ticket.
	 * @param int $user_id   Agent asking.
	 * @return array<int, array{user_id: int, state: string, since: int}>
	 */
	public function others_in( int $ticket_id, int $user_id ): array {
		return $this->others( $this->current( $ticket_id, time() ), $user_id );
	}

	/**
	 * Entries still fresh.
	 *
	 * @param int $ticket_id Ticket.
	 * @param int $now       Current time.
	 */
	private function current( int $ticket_id, int $now ): array {
		$people = get_transient( $this->key( $ticket_id ) );
		return array_filter( is_array( $people ) ? $people : array(), static fn( $p ) => $now - (int) $p['seen'] <= self::TTL );
	}

	/**
	 * Everyone but one agent, as a list.
	 *
	 * @param array $people  user id => entry.
	 * @param int   $user_id Agent to leave out.
	 */
	private function others( array $people, int $user_id ): array {
		unset( $people[ $user_id ] );
		$out = array();
		foreach ( $people as $id => $p ) {
			$out[] = array(
				'user_id' => (int) $id,
				'state'   => (string) $p['state'],
				'since'   => (int) $p['since'],
			);
		}
		return $out;
	}

	/**
	 * Transient name of a ticket's presence.
	 *
	 * @param int $ticket_id Ticket.
	 */
	private function key( int $ticket_id ): string {
		return 'storedesk_presence_' . $ticket_id;
	}
}
