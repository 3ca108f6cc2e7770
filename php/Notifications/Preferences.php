<?php
/**
 * Which notification emails each agent wants.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * One switch per agent notification, kept in user meta so it follows the
 * agent and needs no table. Everything is on until the agent turns it off:
 * a missing meta value means "on", "0" means "off".
 */
class Preferences {

	/** Prefix of the user meta keys; the mention switch predates the others and uses it too. */
	public const META_PREFIX = 'storedesk_notify_';

	/** Agent notifications an agent can switch, in the order the settings screen lists them. */
	public const EVENTS = array( 'new_ticket', 'customer_reply', 'assignment', 'mention' );

	/**
	 * Whether an agent wants one kind of notification.
	 *
	 * @param int    $user_id Agent.
	 * @param string $event   One of EVENTS.
	 */
	public function wants( int $user_id, string $event ): bool {
		return in_array( $event, self::EVENTS, true ) && '0' !== (string) get_user_meta( $user_id, self::META_PREFIX . $event, true );
	}

	/**
	 * Every switch of an agent.
	 *
	 * @param int $user_id Agent.
	 * @return array<string, bool>
	 */
	public function all( int $user_id ): array {
		$out = array();
		foreach ( self::EVENTS as $event ) {
			$out[ $event ] = $this->wants( $user_id, $event );
		}
		return $out;
	}

	/**
	 * Changes some switches; unknown names are ignored (the REST schema refuses them first).
	 *
	 * @param int                 $user_id Agent.
	 * @param array<string, bool> $changes Event => on.
	 * @return array<string, bool> Every switch after the change.
	 */
	public function update( int $user_id, array $changes ): array {
		foreach ( array_intersect_key( $changes, array_flip( self::EVENTS ) ) as $event => $on ) {
			update_user_meta( $user_id, self::META_PREFIX . $event, $on ? '1' : '0' );
		}
		return $this->all( $user_id );
	}
}
