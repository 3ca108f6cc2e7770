<?php
/**
 * REST route registration.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Container;

defined( 'ABSPATH' ) || exit;

/**
 * Registers every storedesk/v1 controller on rest_api_init, so nothing of
 * the REST layer is built on requests that do not use it.
 */
final class Routes {

	private const CONTROLLERS = array(
		TicketsController::class,
		TicketBatchController::class,
		MessagesController::class,
		ContactsController::class,
		AgentsController::class,
		TeamsController::class,
		TagsController::class,
		SettingsController::class,
		PresenceController::class,
		ViewsController::class,
		AttachmentsController::class,
		NotificationPreferencesController::class,
		EmailTemplatesController::class,
		JobsController::class,
		ChannelsController::class,
		DeliveriesController::class,
	);

	/**
	 * Builds the registrar.
	 *
	 * @param Container $container Builds controllers on demand.
	 */
	public function __construct( private Container $container ) {}

	/** Hooks route registration. */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/** Registers the routes. */
	public function register_routes(): void {
		foreach ( self::CONTROLLERS as $controller ) {
			$this->container->get( $controller )->register_routes();
		}
	}
}
