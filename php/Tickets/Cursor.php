<?php
/**
 * Keyset paging of the inbox list.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A cursor names the last ticket of a page by its sort values. The next
 * page starts right after it in the sorted index, so page 400 costs what
 * page 2 does, where an offset would read and drop 10,000 entries first.
 * It is opaque to clients and belongs to one sort.
 */
final class Cursor {

	/** Sort option => the index columns it orders by, newest or highest first by default; the id breaks ties. */
	private const COLUMNS = array(
		'last_activity' => array( 'last_activity_at' ),
		'created'       => array( 'created_at' ),
		'updated'       => array( 'updated_at' ),
		'priority'      => array( 'priority', 'last_activity_at' ),
	);

	/**
	 * A sort option as asked, or the default.
	 *
	 * @param string $orderby Sort option.
	 */
	public static function sorts( string $orderby ): string {
		return isset( self::COLUMNS[ $orderby ] ) ? $orderby : 'last_activity';
	}

	/**
	 * The columns a sort orders by.
	 *
	 * @param string $orderby Sort option.
	 * @return string[]
	 */
	public static function columns( string $orderby ): array {
		return self::COLUMNS[ self::sorts( $orderby ) ];
	}

	/**
	 * The cursor after a ticket, for a sort.
	 *
	 * @param Ticket $ticket  Last ticket of a page.
	 * @param string $orderby Sort option.
	 * @param string $order   asc or desc.
	 */
	public static function after( Ticket $ticket, string $orderby, string $order ): string {
		$values = array_map( static fn( $column ) => (string) $ticket->get( $column ), self::columns( $orderby ) );
		return rtrim( strtr( base64_encode( (string) wp_json_encode( array( $orderby, $order, $values, $ticket->id() ) ) ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- an opaque page cursor, not code.
	}

	/**
	 * The condition on i for the rows after a cursor.
	 *
	 * @param string $cursor  From after().
	 * @param string $orderby Sort option of this request.
	 * @param string $order   asc or desc of this request.
	 * @return string|WP_Error
	 */
	public static function condition( string $cursor, string $orderby, string $order ) {
		$data    = json_decode( (string) base64_decode( strtr( $cursor, '-_', '+/' ), true ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- an opaque page cursor, not code.
		$columns = self::columns( $orderby );
		$valid   = is_array( $data ) && array( $orderby, $order ) === array_slice( $data, 0, 2 ) && is_array( $data[2] ?? null ) && array_is_list( $data[2] ) && count( $data[2] ) === count( $columns ) && is_int( $data[3] ?? null );
		foreach ( $valid ? $data[2] : array() as $value ) {
			$valid = $valid && is_string( $value ) && preg_match( '/^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|\d{1,3})$/', $value );
		}
		if ( ! $valid ) {
			return new WP_Error( 'storedesk_bad_cursor', __( 'That page cursor is not valid for this sort. Start again from the first page.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$cmp = 'asc' === $order ? '>' : '<';
		// (a, b, id) after (x, y, z), unrolled so that each step is a range on the index.
		$sql = "i.ticket_id {$cmp} " . (int) $data[3];
		foreach ( array_reverse( $columns, true ) as $n => $column ) {
			$value = "'" . $data[2][ $n ] . "'"; // Checked above: digits, dashes, colons and a space.
			$sql   = "i.{$column} {$cmp}= {$value} AND (i.{$column} {$cmp} {$value} OR {$sql})";
		}
		return '(' . $sql . ')';
	}
}
