<?php
/**
 * REST: POST /storedesk/store/v1/help/events.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Rest;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Deflection\EventLog;
use Storedesk\Storefront\Rest\StoreController;
use Storedesk\Storefront\Shopper;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * What shoppers did with the help articles, for the reports. Anyone may
 * post (the per-client rate limit of StoreRateLimits applies). The body is
 * read whatever its Content-Type: navigator.sendBeacon(), which the page
 * uses as it closes, can only send text/plain without a CORS preflight, so
 * the body is parsed and checked against the schema here, not by the REST
 * server's argument handling, which reads JSON bodies only.
 */
class EventsController extends StoreController {

	/** Largest body read, in bytes: an event is a few hundred. */
	private const MAX_BODY = 4096;

	/**
	 * Builds the controller.
	 *
	 * @param Shopper  $shopper Unused here; the base wants it.
	 * @param EventLog $log     The events table.
	 */
	public function __construct( Shopper $shopper, private EventLog $log ) {
		parent::__construct( $shopper );
	}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/help/events',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'anyone' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** One event. */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_help_event',
			'type'       => 'object',
			'properties' => array(
				'kind'       => array(
					'description' => __( 'What happened: results shown, an article opened, left after reading, wrote anyway.', 'storedesk' ),
					'type'        => 'string',
					'enum'        => EventLog::KINDS,
					'required'    => true,
				),
				'source'     => array(
					'description' => __( 'Where: the widget, a contact form, the help centre.', 'storedesk' ),
					'type'        => 'string',
					'enum'        => EventLog::SOURCES,
					'required'    => true,
				),
				'query'      => array(
					'description' => __( 'What the shopper typed; kept to 191 characters.', 'storedesk' ),
					'type'        => 'string',
					'default'     => '',
				),
				'results'    => array(
					'description' => __( 'How many articles were shown.', 'storedesk' ),
					'type'        => 'integer',
					'minimum'     => 0,
					'maximum'     => 1000,
					'default'     => 0,
				),
				'article_id' => array(
					'description' => __( 'The article opened or read (click, deflected).', 'storedesk' ),
					'type'        => 'integer',
					'minimum'     => 0,
					'default'     => 0,
				),
				'session'    => array(
					'description' => __( 'Random id of the shopper’s visit: 32 hexadecimal digits.', 'storedesk' ),
					'type'        => 'string',
					'pattern'     => '^[0-9a-f]{32}$',
					'required'    => true,
				),
			),
		);
	}

	/**
	 * POST /help/events.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$event = $this->event( $request );
		if ( is_wp_error( $event ) ) {
			return $event;
		}
		if ( ! $this->log->record( $event ) ) {
			return new WP_Error( 'storedesk_event_not_saved', __( 'The event could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
		}
		$response = rest_ensure_response( array( 'recorded' => true ) );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * The event in the body, checked against the schema, or a 400 naming
	 * every property at fault.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array|WP_Error
	 */
	private function event( $request ) {
		$body = (string) $request->get_body();
		if ( strlen( $body ) > self::MAX_BODY ) {
			return new WP_Error( 'storedesk_event_too_large', __( 'An event is a small JSON object; this body is too large.', 'storedesk' ), array( 'status' => 413 ) );
		}
		$data = json_decode( $body, true );
		if ( ! is_array( $data ) || ( $data && array_is_list( $data ) ) ) {
			return new WP_Error( 'storedesk_invalid_event', __( 'The body must be a JSON object describing one event.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$event  = array();
		$errors = array();
		foreach ( $this->get_item_schema()['properties'] as $key => $schema ) {
			if ( ! array_key_exists( $key, $data ) ) {
				if ( ! empty( $schema['required'] ) ) {
					/* translators: %s: property name */
					$errors[ $key ] = sprintf( __( '%s is required.', 'storedesk' ), $key );
				}
				$event[ $key ] = $schema['default'] ?? null;
				continue;
			}
			$valid = rest_validate_value_from_schema( $data[ $key ], $schema, $key );
			if ( is_wp_error( $valid ) ) {
				$errors[ $key ] = $valid->get_error_message();
				continue;
			}
			$event[ $key ] = rest_sanitize_value_from_schema( $data[ $key ], $schema, $key );
		}
		if ( ! $errors && 'click' === $event['kind'] && ! $event['article_id'] ) {
			$errors['article_id'] = __( 'A click names the article opened.', 'storedesk' );
		}
		if ( ! $errors && $event['article_id'] && ! $this->is_article( (int) $event['article_id'] ) ) {
			$errors['article_id'] = __( 'No published help article has this id.', 'storedesk' );
		}
		if ( $errors ) {
			/* translators: %s: the problems, one after another */
			return new WP_Error( 'storedesk_invalid_event', sprintf( __( 'Invalid event: %s', 'storedesk' ), implode( ' ', $errors ) ), array( 'status' => 400, 'params' => $errors ) );
		}
		$event['query'] = EventLog::clip( (string) $event['query'] );
		return $event;
	}

	/**
	 * Whether an id is a published help article.
	 *
	 * @param int $id Post id.
	 */
	private function is_article( int $id ): bool {
		$post = get_post( $id );
		return $post && ArticlePostType::POST_TYPE === $post->post_type && 'publish' === $post->post_status;
	}
}
