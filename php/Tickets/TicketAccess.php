<?php
/**
 * Who may see and change which ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Install\Roles;
use Storedesk\Install\Schema;
use Storedesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Expresses ticket access as capabilities, so every check in the plugin is
 * a current_user_can() call and a role editor can change the rules:
 * - storedesk_view_all_tickets is granted to agents when the store lets
 *   agents see everything;
 * - storedesk_view_ticket / storedesk_edit_ticket are meta capabilities
 *   that otherwise allow only the agent's own and unassigned tickets.
 */
class TicketAccess {

	/**
	 * Builds the access rules.
	 *
	 * @param TicketIndex $index Inbox index.
	 */
	public function __construct( private TicketIndex $index ) {}

	/** Hooks the capability filters. */
	public function register(): void {
		add_filter( 'user_has_cap', array( $this, 'grant_view_all' ), 10, 1 );
		add_filter( 'map_meta_cap', array( $this, 'map_meta_cap' ), 10, 4 );
	}

	/**
	 * Grants view-all to agents when the store's setting says agents see all.
	 *
	 * @param array $allcaps The user's capabilities.
	 */
	public function grant_view_all( array $allcaps ): array {
		if ( ! empty( $allcaps[ Roles::ACCESS ] ) && empty( $allcaps[ Roles::VIEW_ALL ] ) && 'all' === Settings::get( 'agent_scope' ) ) {
			$allcaps[ Roles::VIEW_ALL ] = true;
		}
		return $allcaps;
	}

	/**
	 * Maps the per-ticket meta capabilities to primitive ones.
	 *
	 * @param string[] $caps    Primitive capabilities required.
	 * @param string   $cap     Capability checked.
	 * @param int      $user_id User.
	 * @param array    $args    Ticket id first.
	 */
	public function map_meta_cap( array $caps, string $cap, int $user_id, array $args ): array {
		if ( 'storedesk_view_ticket' !== $cap && 'storedesk_edit_ticket' !== $cap ) {
			return $caps;
		}
		$ticket = isset( $args[0] ) ? $this->index->get( (int) $args[0] ) : null;
		if ( ! $ticket ) {
			return array( 'do_not_allow' );
		}
		$needed = 'storedesk_edit_ticket' === $cap ? array( Roles::EDIT_TICKETS ) : array( Roles::ACCESS );
		$own    = in_array( $ticket->assignee_id(), array( 0, $user_id ), true );
		return $own ? $needed : array_merge( $needed, array( Roles::VIEW_ALL ) );
	}

	/**
	 * Assignees whose tickets a user may see: null for all, else their own
	 * and unassigned (an indexed IN, never a pattern match).
	 *
	 * @param int $user_id User.
	 * @return int[]|null
	 */
	public function visible_assignees( int $user_id ): ?array {
		return user_can( $user_id, Roles::VIEW_ALL ) ? null : array( $user_id, 0 );
	}

	/**
	 * Whether a user may see a contact: with view-all always, otherwise only
	 * when one of the contact's tickets is visible to them.
	 *
	 * @param int $user_id    User.
	 * @param int $contact_id Contact.
	 */
	public function can_view_contact( int $user_id, int $contact_id ): bool {
		global $wpdb;
		if ( ! user_can( $user_id, Roles::ACCESS ) ) {
			return false;
		}
		$visible = $this->visible_assignees( $user_id );
		if ( null === $visible ) {
			return true;
		}
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM ' . Schema::table( 'ticket_index' ) . ' WHERE contact_id = %d AND assignee_id IN (%d, %d) LIMIT 1', $contact_id, $visible[0], $visible[1] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
}
