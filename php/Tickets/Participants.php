<?php
/**
 * Who else takes part in a conversation.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Support\Dates;

defined( 'ABSPATH' ) || exit;

/**
 * The participants table (contacts in CC) is written only here: by a new
 * ticket, by an agent adding someone, and when two contacts become one.
 */
class Participants {

	/**
	 * Adds a contact to a ticket's participants, once.
	 *
	 * @param int $ticket_id  Ticket id.
	 * @param int $contact_id Contact id.
	 */
	public function add( int $ticket_id, int $contact_id ): void {
		global $wpdb;
		if ( ! $this->has( $ticket_id, $contact_id ) ) {
			$wpdb->insert(
				self::table(),
				array(
					'ticket_id'  => $ticket_id,
					'contact_id' => $contact_id,
					'created_at' => Dates::now(),
				)
			);
		}
	}

	/**
	 * Takes a contact out of a ticket's copy.
	 *
	 * @param int $ticket_id  Ticket id.
	 * @param int $contact_id Contact id.
	 * @return bool Whether they were in copy.
	 */
	public function remove( int $ticket_id, int $contact_id ): bool {
		global $wpdb;
		return (bool) $wpdb->delete(
			self::table(),
			array(
				'ticket_id'  => $ticket_id,
				'contact_id' => $contact_id,
			)
		);
	}

	/**
	 * The contacts in copy of a ticket.
	 *
	 * @param int $ticket_id Ticket id.
	 * @return int[]
	 */
	public function of( int $ticket_id ): array {
		global $wpdb;
		$table = self::table();
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT contact_id FROM {$table} WHERE ticket_id = %d ORDER BY created_at, contact_id", $ticket_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * Whether a contact takes part in a ticket (in CC).
	 *
	 * @param int $ticket_id  Ticket id.
	 * @param int $contact_id Contact id.
	 */
	public function has( int $ticket_id, int $contact_id ): bool {
		global $wpdb;
		$table = self::table();
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE ticket_id = %d AND contact_id = %d", $ticket_id, $contact_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * Makes every participation of one contact the other's; a ticket where
	 * both took part keeps one row.
	 *
	 * @param int $from Contact folded in.
	 * @param int $to   Contact that remains.
	 */
	public function replace_contact( int $from, int $to ): void {
		global $wpdb;
		$table = self::table();
		// The derived table lets MySQL read the table it deletes from.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE contact_id = %d AND ticket_id IN (SELECT ticket_id FROM (SELECT ticket_id FROM {$table} WHERE contact_id = %d) t)", $from, $to ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->update( $table, array( 'contact_id' => $to ), array( 'contact_id' => $from ) );
	}

	/** The table. */
	private static function table(): string {
		return Schema::table( 'participants' );
	}
}
