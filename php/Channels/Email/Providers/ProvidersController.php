<?php
/**
 * REST: /storedesk/v1/channels/email/inbound/{provider}.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

use Storedesk\Channels\Email\Inbound\RawEmail;
use Storedesk\Container;
use Storedesk\Conversations\Intake;
use Storedesk\Rest\Controller;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * One address per provider. The provider's own proof is checked before
 * anything is read; each message then takes the way of every email, and
 * the answer lists what became of each (as the raw endpoint's does).
 */
class ProvidersController extends Controller {

	/** Providers by slug. */
	private const PROVIDERS = array(
		'postmark' => Postmark::class,
		'mailgun'  => Mailgun::class,
		'sendgrid' => SendGrid::class,
		'ses'      => Ses::class,
	);

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'channels/email/inbound';

	/**
	 * Builds the controller.
	 *
	 * @param Container $container Builds the provider called.
	 * @param RawEmail  $raw       Checks and reads each message.
	 * @param Intake    $intake    Where every message goes.
	 */
	public function __construct( private Container $container, private RawEmail $raw, private Intake $intake ) {}

	/** Registers the route; Mailgun's "…/mime" form is the same address. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<provider>' . implode( '|', array_keys( self::PROVIDERS ) ) . ')(?:/mime)?',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'create_item' ),
				'permission_callback' => fn( WP_REST_Request $request ) => $this->provider( $request )->verify( $request ),
			)
		);
	}

	/**
	 * Takes the messages of one call.
	 *
	 * @param WP_REST_Request $request The call.
	 */
	public function create_item( $request ) {
		$provider = $this->provider( $request );
		$messages = $provider->messages( $request );
		if ( is_wp_error( $messages ) ) {
			return $messages;
		}
		$results = array();
		foreach ( $messages as $raw ) {
			$message = $this->raw->message( $raw, 'email-' . $provider->slug() );
			$stored  = is_wp_error( $message ) ? $message : $this->intake->receive( $message );
			if ( is_wp_error( $stored ) ) {
				$results[] = array( 'error' => $stored->get_error_code() );
				continue;
			}
			$results[] = array(
				'external_id' => $message->external_id,
				'ticket_id'   => $stored->ticket->id(),
				'message_id'  => $stored->message->id,
				'duplicate'   => $stored->duplicate,
			);
		}
		return rest_ensure_response( array( 'received' => $results ) );
	}

	/**
	 * The provider named in the route.
	 *
	 * @param WP_REST_Request $request The call.
	 */
	private function provider( WP_REST_Request $request ): InboundProvider {
		return $this->container->get( self::PROVIDERS[ (string) $request['provider'] ] );
	}
}
