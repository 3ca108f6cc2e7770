<?php
/**
 * Which channels the inbox offers a view for.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * A channel earns its inbox view by being set up or by having conversations;
 * a view for a channel nobody can write on would only mislead.
 */
class InboxChannels {

	/**
	 * Builds the list.
	 *
	 * @param ChannelRegistry $channels Channels.
	 */
	public function __construct( private ChannelRegistry $channels ) {}

	/** Slugs of the channels that are set up, in registry order. */
	public function set_up(): array {
		return array_keys( array_filter( $this->channels->all(), static fn( Channel $c ) => $c->is_set_up() ) );
	}

	/** Slugs of the channels the inbox shows a view for, in registry order. */
	public function in_inbox(): array {
		return array_keys( array_filter( $this->channels->all(), fn( Channel $c ) => $c->is_set_up() || $this->has_conversations( $c->slug() ) ) );
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
