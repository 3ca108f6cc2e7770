<?php
/**
 * Shopper REST route registration.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Container;

defined( 'ABSPATH' ) || exit;

/**
 * Registers every storedesk/store/v1 controller on rest_api_init, and the
 * rate limits that guard them.
 */
final class StoreRoutes {

	private const CONTROLLERS = array(
		FormController::class,
		TicketsController::class,
		MessagesController::class,
		StatusController::class,
		LinksController::class,
		\Storedesk\KnowledgeBase\Rest\HelpSearchController::class,
		\Storedesk\KnowledgeBase\Rest\ArticlesController::class,
		\Storedesk\KnowledgeBase\Rest\FeedbackController::class,
		\Storedesk\KnowledgeBase\Rest\EventsController::class,
	);

	/**
	 * Builds the registrar.
	 *
	 * @param Container       $container Builds controllers on demand.
	 * @param StoreRateLimits $limits    Rate limits.
	 */
	public function __construct( private Container $container, private StoreRateLimits $limits ) {}

	/** Hooks route registration and the limits. */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
		$this->limits->register();
	}

	/** Registers the routes. */
	public function register_routes(): void {
		// Another plugin's route, or the agents' API: nothing of the storefront's is built.
		if ( ! \Storedesk\Rest\CurrentRoute::may_need( 'storedesk/store/v1' ) ) {
			return;
		}
		foreach ( self::CONTROLLERS as $controller ) {
			$this->container->get( $controller )->register_routes();
		}
	}
}
