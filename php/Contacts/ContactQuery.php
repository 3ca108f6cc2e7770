<?php
/**
 * Contact search.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

use Storedesk\Install\Schema;
use Storedesk\Tickets\TicketAccess;

defined( 'ABSPATH' ) || exit;

/**
 * Finds contacts by the start of a name, email, phone or channel identity,
 * which indexes serve, limited to the contacts the agent may see.
 */
class ContactQuery {

	/**
	 * Builds the query.
	 *
	 * @param ContactRepository $contacts Contacts.
	 * @param TicketAccess      $access   Who sees what.
	 */
	public function __construct( private ContactRepository $contacts, private TicketAccess $access ) {}

	/**
	 * A page of contacts and the total.
	 *
	 * @param string $search   Start of a name, email or phone; empty for all.
	 * @param int    $page     1-based page.
	 * @param int    $per_page Page size.
	 * @param int    $user_id  User asking.
	 * @return array{0: Contact[], 1: int}
	 */
	public function run( string $search, int $page, int $per_page, int $user_id ): array {
		global $wpdb;
		$contacts   = Schema::table( 'contacts' );
		$identities = Schema::table( 'contact_identities' );
		$where      = array( 'c.merged_into = 0' );
		$search     = trim( $search );
		if ( '' !== $search ) {
			$like    = $wpdb->esc_like( $search ) . '%';
			$where[] = $wpdb->prepare( "(c.name LIKE %s OR c.email LIKE %s OR c.phone LIKE %s OR c.id IN (SELECT contact_id FROM {$identities} WHERE external_id LIKE %s))", $like, strtolower( $like ), $like, strtolower( $like ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		$visible = $this->access->visible_assignees( $user_id );
		if ( null !== $visible ) {
			$where[] = $wpdb->prepare( 'c.id IN (SELECT contact_id FROM ' . Schema::table( 'ticket_index' ) . ' WHERE assignee_id IN (%d, %d))', $visible[0], $visible[1] ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		}
		$filter = implode( ' AND ', $where );
		$offset = ( max( 1, $page ) - 1 ) * $per_page;
		$ids    = $wpdb->get_col( $wpdb->prepare( "SELECT c.id FROM {$contacts} c WHERE {$filter} ORDER BY c.name, c.id LIMIT %d, %d", $offset, $per_page ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$total  = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$contacts} c WHERE {$filter}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$found  = $this->contacts->find_many( array_map( 'intval', $ids ) );
		return array( array_values( array_filter( array_map( static fn( $id ) => $found[ (int) $id ] ?? null, $ids ) ) ), $total );
	}
}
