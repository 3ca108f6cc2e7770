<?php
/**
 * Stops the desk from answering a machine.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Two autoresponders answering each other fill a thread in minutes. A
 * sender who wrote more than a limit of messages in the last ten minutes
 * is still heard (every message is stored) but no longer answered or
 * announced, until they slow down.
 */
class LoopGuard {

	/** Window the limit counts in, in seconds. */
	private const WINDOW = 600;

	/**
	 * Whether a contact's latest message is one too many for the window.
	 *
	 * @param int $contact_id Sender.
	 */
	public function flooding( int $contact_id ): bool {
		global $wpdb;
		/**
		 * Filters how many messages one sender may send in ten minutes before
		 * the desk stops answering and announcing them (they are still stored).
		 *
		 * @since 0.4.0
		 * @param int $limit Messages; 20 by default.
		 */
		$limit = max( 1, (int) apply_filters( 'storedesk_loop_limit', 20 ) );
		// The limit-th newest message (the contact_id index, newest first): recent means too many.
		$nth = $wpdb->get_var( $wpdb->prepare( 'SELECT created_at FROM ' . Schema::table( 'messages' ) . " WHERE contact_id = %d AND kind = 'customer' ORDER BY id DESC LIMIT 1 OFFSET %d", $contact_id, $limit ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return null !== $nth && strtotime( $nth . ' UTC' ) > time() - self::WINDOW;
	}
}
