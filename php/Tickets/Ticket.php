<?php
/**
 * Ticket value object.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * A ticket as the inbox sees it: its index row, which mirrors the post and
 * its meta and carries the counters computed from its messages.
 */
final class Ticket {

	/**
	 * Builds a ticket from its index row.
	 *
	 * @param object $row Row of the ticket index table.
	 */
	public function __construct( private readonly object $row ) {}

	/** Ticket number (the post ID). */
	public function id(): int {
		return (int) $this->row->ticket_id;
	}

	/** Lifecycle status. */
	public function status(): string {
		return (string) $this->row->status;
	}

	/** Priority name. */
	public function priority(): string {
		return Vocabulary::priority_name( (int) $this->row->priority );
	}

	/** Assigned agent, 0 when unassigned. */
	public function assignee_id(): int {
		return (int) $this->row->assignee_id;
	}

	/** Team, 0 when none. */
	public function team_id(): int {
		return (int) $this->row->team_id;
	}

	/** Customer contact. */
	public function contact_id(): int {
		return (int) $this->row->contact_id;
	}

	/**
	 * Any other column of the index row (subject, channel, excerpt, times…).
	 *
	 * @param string $column Column name.
	 * @return mixed
	 */
	public function get( string $column ) {
		return $this->row->$column ?? null;
	}
}
