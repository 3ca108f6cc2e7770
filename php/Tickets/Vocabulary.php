<?php
/**
 * Ticket statuses and priorities.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * The closed sets of values a ticket field may take, in one place so the
 * schema, the queries and the post statuses never disagree.
 */
final class Vocabulary {

	/** Status name => label. */
	public static function statuses(): array {
		return array(
			'open'     => __( 'Open', 'storedesk' ),
			'pending'  => __( 'Pending', 'storedesk' ),
			'on-hold'  => __( 'On hold', 'storedesk' ),
			'resolved' => __( 'Resolved', 'storedesk' ),
			'closed'   => __( 'Closed', 'storedesk' ),
			'spam'     => __( 'Spam', 'storedesk' ),
		);
	}

	/**
	 * Post status stored for a ticket status; prefixed because core already
	 * owns "pending".
	 *
	 * @param string $status Ticket status.
	 */
	public static function post_status( string $status ): string {
		return 'sd-' . $status;
	}

	/**
	 * Ticket status of a stored post status.
	 *
	 * @param string $post_status Post status.
	 */
	public static function status_of_post( string $post_status ): string {
		return str_starts_with( $post_status, 'sd-' ) ? substr( $post_status, 3 ) : 'open';
	}

	/** Priority name => stored number, lowest first, so sorting is numeric. */
	public static function priorities(): array {
		return array(
			'low'    => 0,
			'normal' => 1,
			'high'   => 2,
			'urgent' => 3,
		);
	}

	/**
	 * Priority name of a stored number.
	 *
	 * @param int $value Stored number.
	 */
	public static function priority_name( int $value ): string {
		$name = array_search( $value, self::priorities(), true );
		return false === $name ? 'normal' : (string) $name;
	}
}
