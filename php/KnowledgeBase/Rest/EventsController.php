<?php
/**
 * REST placeholder.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Rest;

use Storedesk\Storefront\Rest\StoreController;

defined( 'ABSPATH' ) || exit;

/**
 * Registers no route yet.
 */
class EventsController extends StoreController {

	/** Registers nothing yet. */
	public function register_routes() {}
}
