<?php
/**
 * REST route registration.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Container;
use Storedesk\Integrations\WooCommerce\Rest as Woo;
use Storedesk\Integrations\WooCommerce\Store;

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
		ParticipantsController::class,
		HelpReportController::class,
	);

	/**
	 * Routes that exist only while WooCommerce is active, by first segment.
	 */
	private const WOOCOMMERCE = array(
		'tickets' => array( Woo\CustomerController::class, Woo\OrderActionsController::class ),
		'orders'  => array( Woo\CustomerController::class ),
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

	/**
	 * The controllers a storedesk/v1 request may need, by the first segment
	 * of its route. A request for /storedesk/v1/tickets/12 builds these and
	 * nothing else: each controller's services (the intake, the outbound
	 * path, the channels) cost a request that never uses them.
	 */
	private const BY_SEGMENT = array(
		'tickets'         => array( TicketsController::class, TicketBatchController::class, MessagesController::class, PresenceController::class, ParticipantsController::class ),
		'contacts'        => array( ContactsController::class ),
		'agents'          => array( AgentsController::class ),
		'me'              => array( AgentsController::class, NotificationPreferencesController::class ),
		'teams'           => array( TeamsController::class ),
		'tags'            => array( TagsController::class ),
		'settings'        => array( SettingsController::class ),
		'views'           => array( ViewsController::class ),
		'attachments'     => array( AttachmentsController::class ),
		'email-templates' => array( EmailTemplatesController::class ),
		'jobs'            => array( JobsController::class ),
		'channels'        => array( ChannelsController::class ),
		// A channel's own routes (the phone channel's calls, the email channel's mailboxes) come with the channels.
		'calls'           => array( ChannelsController::class ),
		'mailboxes'       => array( ChannelsController::class ),
		'deliveries'      => array( DeliveriesController::class ),
		'reports'         => array( HelpReportController::class ),
		// WooCommerce's own (see WOOCOMMERCE), none of ours.
		'orders'          => array(),
	);

	/** Registers the routes: none for another plugin's route, those the current request can reach, or all. */
	public function register_routes(): void {
		if ( ! CurrentRoute::may_need( 'storedesk/v1' ) ) {
			return;
		}
		$segment     = CurrentRoute::segment( 'storedesk/v1' );
		$controllers = null === $segment ? self::CONTROLLERS : ( self::BY_SEGMENT[ $segment ] ?? self::CONTROLLERS );
		if ( Store::active() ) {
			$extra       = null === $segment || ! isset( self::BY_SEGMENT[ $segment ] ) ? array_merge( ...array_values( self::WOOCOMMERCE ) ) : ( self::WOOCOMMERCE[ $segment ] ?? array() );
			$controllers = array_unique( array_merge( $controllers, $extra ) );
		}
		foreach ( $controllers as $controller ) {
			$this->container->get( $controller )->register_routes();
		}
	}
}
