<?php
/**
 * How long a channel lets a business answer.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Install\Schema;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * WhatsApp, Messenger and WeChat accept a free-form answer only for a while
 * after the customer's last message on them (Channel::reply_window()).
 * The window of a conversation runs from that message; a channel the
 * customer never wrote on in this conversation has none open.
 */
class ReplyWindow {

	/**
	 * When the channel's window closes (or closed) for this ticket: a Unix
	 * time, 0 when it never opened, null when the channel has no window.
	 *
	 * @param Ticket  $ticket  Conversation.
	 * @param Channel $channel Channel.
	 */
	public function closes_at( Ticket $ticket, Channel $channel ): ?int {
		$window = $channel->reply_window();
		if ( null === $window ) {
			return null;
		}
		global $wpdb;
		// By (ticket_id, created_at): a thread's own rows only.
		$last = $wpdb->get_var( $wpdb->prepare( 'SELECT MAX(created_at) FROM ' . Schema::table( 'messages' ) . " WHERE ticket_id = %d AND kind = 'customer' AND channel = %s", $ticket->id(), $channel->slug() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $last ? (int) strtotime( $last . ' UTC' ) + $window : 0;
	}

	/**
	 * Whether a reply may go on the channel now.
	 *
	 * @param Ticket  $ticket  Conversation.
	 * @param Channel $channel Channel.
	 */
	public function is_open( Ticket $ticket, Channel $channel ): bool {
		return self::open( $this->closes_at( $ticket, $channel ) );
	}

	/**
	 * Whether a window that closes at a time (closes_at()) is open now.
	 *
	 * @param int|null $closes Unix time, 0 for never opened, null for no window.
	 */
	public static function open( ?int $closes ): bool {
		return null === $closes || $closes > time();
	}
}
