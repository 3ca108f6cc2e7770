<?php
/**
 * REST: /storedesk/store/v1/links.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Contacts\Identity;
use Storedesk\Notifications\GuestLinks;
use Storedesk\Storefront\Shopper;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * A guest asks for their magic links again. The answer is the same 202,
 * after the same work, whether the address is known or not: the address
 * is looked up in the background job, so neither the answer nor its timing
 * tells anybody who has written to the store. The links themselves only
 * ever go to the address.
 */
class LinksController extends StoreController {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'links';

	/**
	 * Builds the controller.
	 *
	 * @param Shopper         $shopper Ownership.
	 * @param GuestLinks      $links   The links email.
	 * @param StoreRateLimits $limits  The per-address count of valid requests.
	 */
	public function __construct( Shopper $shopper, private GuestLinks $links, private StoreRateLimits $limits ) {
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
					'permission_callback' => array( $this, 'anyone' ),
					'args'                => array(
						'email' => array(
							'description' => __( 'The address the links go to.', 'storedesk' ),
							'type'        => 'string',
							'maxLength'   => 191,
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The answer. */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_store_links',
			'type'       => 'object',
			'properties' => array(
				'message' => array(
					'description' => __( 'What to tell the shopper.', 'storedesk' ),
					'type'        => 'string',
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * POST: sends the links, if there are any, and says the same either way.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$email = Identity::normalize( 'email', (string) $request['email'] );
		if ( null === $email ) {
			return $this->field_errors( array( 'email' => __( 'This email address does not look right. Check it has the form name@example.com.', 'storedesk' ) ) );
		}
		$limited = $this->limits->count_email( $request, $email );
		if ( $limited ) {
			return $limited;
		}
		$this->links->request( $email );
		$response = rest_ensure_response(
			array(
				'message' => __( 'If we have support requests for this address, an email with links to them is on its way. Check your inbox in a few minutes.', 'storedesk' ),
			)
		);
		$response->set_status( 202 );
		return $response;
	}
}
