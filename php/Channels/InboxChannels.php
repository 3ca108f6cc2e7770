<?php
/**
 * Which channels the inbox offers a view for.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Install\Schema;
use Storedesk\Tickets\Vocabulary;

defined( 'ABSPATH' ) || exit;

/**
 * A channel earns its inbox view by being set up or by having conversations;
 * a view for a channel nobody can write on would only mislead.
 */
class InboxChannels {

	/**
	 * Channels that work without any setup: the storefront form, email
	 * (replies leave through wp_mail()) and the calls agents log.
	 */
	private const BUILT_IN = array( 'email', 'form', 'phone' );

	/** Slugs of the channels that are set up, in vocabulary order. */
	public function set_up(): array {
		/**
		 * Filters the channels that are set up on this site. A channel
		 * integration adds its slug once it can receive conversations.
		 *
		 * @since 0.2.0
		 * @param string[] $channels Channel slugs.
		 */
		$ready = (array) apply_filters( 'storedesk_set_up_channels', self::BUILT_IN );
		return array_values( array_intersect( Vocabulary::channels(), $ready ) );
	}

	/** Slugs of the channels the inbox shows a view for, in vocabulary order. */
	public function in_inbox(): array {
		$ready = $this->set_up();
		return array_values( array_filter( Vocabulary::channels(), fn( $c ) => in_array( $c, $ready, true ) || $this->has_conversations( $c ) ) );
	}

	/**
	 * One indexed lookup on (channel, …), whatever the number of tickets.
	 *
	 * @param string $channel Channel slug.
	 */
	private function has_conversations( string $channel ): bool {
		global $wpdb;
		return null !== $wpdb->get_var( $wpdb->prepare( 'SELECT ticket_id FROM ' . Schema::table( 'ticket_index' ) . ' WHERE channel = %s LIMIT 1', $channel ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
}
