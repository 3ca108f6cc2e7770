<?php
/**
 * Validation of ticket field changes.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Roles;
use Storedesk\Teams\TeamRepository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Turns requested field values into stored ones, refusing anything that
 * names a missing or unsuitable object, before a single row is written.
 */
class TicketChanges {

	/**
	 * Builds the validator.
	 *
	 * @param TeamRepository                      $teams    Teams.
	 * @param Tags                                $tags     Tags.
	 * @param \Storedesk\Channels\ChannelRegistry $channels Channels.
	 * @param ContactRepository                   $contacts Contacts.
	 */
	public function __construct( private TeamRepository $teams, private Tags $tags, private \Storedesk\Channels\ChannelRegistry $channels, private ContactRepository $contacts ) {}

	/**
	 * Normalised changes: status, priority (number), assignee_id, team_id,
	 * contact_id, order_id, subject, channel, unread, tags (slug => WP_Term),
	 * add_tags, remove_tags.
	 *
	 * @param array $in Requested values, as the REST schema names them.
	 * @return array|WP_Error
	 */
	public function normalize( array $in ) {
		$out = array();
		if ( isset( $in['status'] ) ) {
			if ( ! isset( Vocabulary::statuses()[ $in['status'] ] ) ) {
				return $this->error( 'storedesk_invalid_status', __( 'Unknown status.', 'storedesk' ) );
			}
			$out['status'] = $in['status'];
		}
		if ( isset( $in['priority'] ) ) {
			if ( ! isset( Vocabulary::priorities()[ $in['priority'] ] ) ) {
				return $this->error( 'storedesk_invalid_priority', __( 'Unknown priority.', 'storedesk' ) );
			}
			$out['priority'] = Vocabulary::priorities()[ $in['priority'] ];
		}
		if ( isset( $in['channel'] ) ) {
			if ( ! $this->channels->get( (string) $in['channel'] ) ) {
				return $this->error( 'storedesk_invalid_channel', __( 'Unknown channel.', 'storedesk' ) );
			}
			$out['channel'] = $in['channel'];
		}
		if ( array_key_exists( 'assignee', $in ) ) {
			$out['assignee_id'] = (int) $in['assignee'];
			if ( $out['assignee_id'] && ! user_can( $out['assignee_id'], Roles::ACCESS ) ) {
				return $this->error( 'storedesk_invalid_assignee', __( 'Tickets can only be assigned to support agents.', 'storedesk' ) );
			}
		}
		if ( array_key_exists( 'team', $in ) ) {
			$out['team_id'] = (int) $in['team'];
			if ( $out['team_id'] && ! $this->teams->exists( $out['team_id'] ) ) {
				return $this->error( 'storedesk_invalid_team', __( 'That team does not exist.', 'storedesk' ) );
			}
		}
		if ( isset( $in['contact_id'] ) ) {
			$contact = $this->contacts->find( (int) $in['contact_id'] );
			if ( ! $contact || $contact->merged_into ) {
				return $this->error( 'storedesk_invalid_contact', __( 'That contact does not exist.', 'storedesk' ) );
			}
			$out['contact_id'] = $contact->id;
		}
		if ( array_key_exists( 'order_id', $in ) ) {
			$out['order_id'] = (int) $in['order_id'];
			$order           = Store::order( $out['order_id'] );
			if ( $out['order_id'] && ! $order ) {
				return $this->error( 'storedesk_invalid_order', __( 'That order does not exist in this store.', 'storedesk' ) );
			}
			// The inbox filters on the order's status without asking WooCommerce (see OrderStatusSync).
			$out['order_status'] = $order ? $order->get_status() : '';
		}
		if ( isset( $in['subject'] ) ) {
			$out['subject'] = trim( sanitize_text_field( (string) $in['subject'] ) );
			if ( '' === $out['subject'] || mb_strlen( $out['subject'] ) > 255 ) {
				return $this->error( 'storedesk_invalid_subject', __( 'A subject needs 1 to 255 characters.', 'storedesk' ) );
			}
		}
		if ( isset( $in['unread'] ) ) {
			$out['unread'] = (bool) $in['unread'];
		}
		foreach ( array( 'tags', 'add_tags', 'remove_tags' ) as $key ) {
			if ( isset( $in[ $key ] ) ) {
				$terms = $this->tags->resolve( (array) $in[ $key ] );
				if ( is_wp_error( $terms ) ) {
					return $terms;
				}
				$out[ $key ] = $terms;
			}
		}
		return $out;
	}

	/**
	 * A 400 error.
	 *
	 * @param string $code    Stable error code.
	 * @param string $message What a person reads.
	 */
	private function error( string $code, string $message ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => 400 ) );
	}
}
