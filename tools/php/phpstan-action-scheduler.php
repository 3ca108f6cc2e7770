<?php
/**
 * The few Action Scheduler symbols Storedesk uses, for PHPStan: WooCommerce
 * bundles the library, and the WooCommerce stubs leave it out.
 *
 * @package Storedesk
 */

// phpcs:disable

class ActionScheduler {
	/** @return ActionScheduler_QueueRunner */
	public static function runner() {}
}

class ActionScheduler_QueueRunner {
	/**
	 * @param int    $action_id Action.
	 * @param string $context   Who runs it.
	 */
	public function process_action( $action_id, $context = '' ) {}
}

class ActionScheduler_Store {
	const STATUS_PENDING = 'pending';
}

/**
 * @param string $hook  Hook.
 * @param array  $args  Arguments.
 * @param string $group Group.
 * @return int|null
 */
function as_unschedule_action( $hook, $args = array(), $group = '' ) {}
