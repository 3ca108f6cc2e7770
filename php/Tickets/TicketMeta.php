<?php
/**
 * Ticket fields mirrored in post meta.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

defined( 'ABSPATH' ) || exit;

/**
 * The post and its meta are the source of truth; the index table is a copy
 * that can be rebuilt from them.
 */
final class TicketMeta {

	/** Index column => meta key. */
	public const KEYS = array(
		'priority'         => '_storedesk_priority',
		'channel'          => '_storedesk_channel',
		'assignee_id'      => '_storedesk_assignee',
		'team_id'          => '_storedesk_team',
		'contact_id'       => '_storedesk_contact',
		'order_id'         => '_storedesk_order',
		'order_status'     => '_storedesk_order_status',
		'customer_user_id' => '_storedesk_customer_user',
		'sender_verified'  => '_storedesk_sender_verified',
	);

	/**
	 * Mirrors index columns into post meta.
	 *
	 * @param int   $id  Ticket id.
	 * @param array $row Index columns.
	 */
	public static function write( int $id, array $row ): void {
		foreach ( array_intersect_key( self::KEYS, $row ) as $column => $key ) {
			$value = 'priority' === $column ? Vocabulary::priority_name( (int) $row[ $column ] ) : $row[ $column ];
			update_post_meta( $id, $key, $value );
		}
	}

}
