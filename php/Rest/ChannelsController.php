<?php
/**
 * REST: /storedesk/v1/channels.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Channels\Channel;
use Storedesk\Channels\ChannelRegistry;
use Storedesk\Channels\HasRoutes;
use Storedesk\Channels\InboxChannels;
use Storedesk\Conversations\Intake;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The channels for the admin app (what each is called, drawn with, can
 * carry, and whether the inbox shows it), every channel's webhook, and the
 * routes a channel keeps in its own folder.
 */
class ChannelsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'channels';

	/**
	 * Builds the controller.
	 *
	 * @param ChannelRegistry $channels Channels.
	 * @param InboxChannels   $inbox    Which have an inbox view.
	 * @param Intake          $intake   Where webhook messages go.
	 */
	public function __construct( private ChannelRegistry $channels, private InboxChannels $inbox, private Intake $intake ) {}

	/** Registers the routes, the channels' own included. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'can_access' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<slug>[a-z0-9_-]+)/webhook',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'webhook' ),
				// The provider signs its calls; the channel checks the signature.
				'permission_callback' => array( $this, 'verify' ),
			)
		);
		foreach ( $this->channels->all() as $channel ) {
			if ( $channel instanceof HasRoutes ) {
				$channel->register_routes();
			}
		}
	}

	/**
	 * GET /channels.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$shown = $this->inbox->in_inbox();
		return rest_ensure_response(
			array_values(
				array_map(
					static fn( Channel $c ) => array(
						'slug'         => $c->slug(),
						'label'        => $c->label(),
						'icon'         => $c->icon(),
						'address_type' => $c->address_type(),
						'supports'     => $c->supports(),
						'reply_window' => $c->reply_window(),
						'set_up'       => $c->is_set_up(),
						'in_inbox'     => in_array( $c->slug(), $shown, true ),
					),
					$this->channels->all()
				)
			)
		);
	}

	/**
	 * Whether the call comes from the channel's provider.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function verify( $request ) {
		$channel = $this->channels->get( (string) $request['slug'] );
		return $channel ? $channel->verify( $request ) : new WP_Error( 'storedesk_unknown_channel', __( 'Unknown channel.', 'storedesk' ), array( 'status' => 404 ) );
	}

	/**
	 * POST /channels/{slug}/webhook: every message of the call through the
	 * intake. A message the desk cannot take is reported, not retried: the
	 * provider would only send it again.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function webhook( $request ) {
		$messages = $this->channels->get( (string) $request['slug'] )->receive( $request );
		if ( is_wp_error( $messages ) ) {
			return $messages;
		}
		$results = array();
		foreach ( $messages as $in ) {
			$received  = $this->intake->receive( $in );
			$results[] = is_wp_error( $received ) ? array(
				'external_id' => $in->external_id,
				'error'       => $received->get_error_code(),
			) : array(
				'external_id' => $in->external_id,
				'ticket_id'   => $received->ticket->id(),
				'message_id'  => $received->message->id,
				'duplicate'   => $received->duplicate,
			);
		}
		return rest_ensure_response( array( 'received' => $results ) );
	}
}
