<?php
/**
 * REST: /storedesk/store/v1/tickets/{id}/messages.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\Intake;
use Storedesk\Storefront\FormConfig;
use Storedesk\Storefront\Shopper;
use Storedesk\Storefront\ShopperTickets;
use Storedesk\Storefront\ShopperUploads;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * A shopper's reply on their ticket, as JSON or, with files, as multipart
 * (files in "attachments[]"), through the intake: a reply to a resolved or
 * closed ticket opens it again; reply, files and reopening are one transaction.
 */
class MessagesController extends StoreController {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'tickets/(?P<id>\d+)/messages';

	/**
	 * Builds the controller.
	 *
	 * @param Shopper        $shopper Ownership.
	 * @param ShopperTickets $read    Shopper views.
	 * @param Intake         $intake  The way in.
	 * @param ShopperUploads $uploads Files sent with the reply.
	 */
	public function __construct( Shopper $shopper, private ShopperTickets $read, private Intake $intake, private ShopperUploads $uploads ) {
		parent::__construct( $shopper );
	}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'can_open_ticket' ),
					'args'                => rest_get_endpoint_args_for_schema( $this->get_item_schema(), WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** A reply as sent, and the thread entry returned. */
	public function get_item_schema() {
		$schema                       = StoreSchema::message();
		$schema['title']              = 'storedesk_store_message';
		$schema['$schema']            = 'http://json-schema.org/draft-04/schema#';
		$schema['properties']['body'] = array(
			'description' => __( 'The reply, as plain text.', 'storedesk' ),
			'type'        => 'string',
			'maxLength'   => FormConfig::MAX_MESSAGE * 4,
		);
		foreach ( array( 'id', 'author', 'attachments', 'created_at' ) as $key ) {
			$schema['properties'][ $key ]['readonly'] = true;
		}
		return $schema;
	}

	/**
	 * POST: the shopper's reply.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$files = $this->uploads->from_request( $request );
		if ( is_wp_error( $files ) && 413 === ( $files->get_error_data()['status'] ?? 0 ) ) {
			return $this->invalid( array(), $files );
		}
		$body       = trim( wp_check_invalid_utf8( str_replace( "\r\n", "\n", (string) $request['body'] ) ) );
		$fields     = array();
		$with_files = is_array( $files ) && $files;
		if ( '' === $body && ! $with_files ) {
			$fields['body'] = __( 'Please write your reply or attach a file.', 'storedesk' );
		} elseif ( mb_strlen( $body ) > FormConfig::MAX_MESSAGE ) {
			/* translators: %s: number of characters */
			$fields['body'] = sprintf( __( 'Please keep your reply under %s characters.', 'storedesk' ), number_format_i18n( FormConfig::MAX_MESSAGE ) );
		}
		if ( $fields || is_wp_error( $files ) ) {
			return $this->invalid( $fields, is_wp_error( $files ) ? $files : null );
		}
		$ticket  = $this->ticket( $request );
		$message = $this->uploads->with_message(
			$files,
			function () use ( $ticket, $body, $with_files ) {
				$received = $this->intake->receive(
					new InboundMessage(
						channel: 'form',
						source: 'portal',
						contact_id: $ticket->contact_id(),
						ticket_id: $ticket->id(),
						body: $body,
						format: 'text',
						with_files: $with_files,
					)
				);
				return is_wp_error( $received ) ? $received : $received->message;
			}
		);
		if ( is_wp_error( $message ) ) {
			return $message;
		}
		$this->shopper->confirm_sender( $ticket, (string) $request->get_header( self::TOKEN_HEADER ) );
		$response = rest_ensure_response( $this->read->present_messages( array( $message ) )[0] );
		$response->set_status( 201 );
		return $response;
	}
}
