<?php
/**
 * A channel with REST routes of its own.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

defined( 'ABSPATH' ) || exit;

/**
 * For a channel whose way in is not a webhook (agents logging calls) or
 * that needs more than one (a chat's session routes): its routes are
 * registered with the rest, from its own folder.
 */
interface HasRoutes {

	/** Registers the channel's routes; called on rest_api_init. */
	public function register_routes(): void;
}
