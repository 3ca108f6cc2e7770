<?php
/**
 * REST: /storedesk/store/v1/links.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Contacts\Identity;
use Storedesk\Storefront\Shopper;
use Storedesk\Storefront\ShopperTickets;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * A guest asks for their magic links again. The answer is the same 202
 * whether the address is known or not, so the route tells nobody who has
 * written to the store; the links themselves only ever go to the address.
 */
class LinksController extends StoreController {

	/** Most tickets whose links one request sends. */
	private const MAX_TICKETS = 10;

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'links';

	/**
	 * Builds the controller.
	 *
	 * @param Shopper           $shopper  Ownership.
	 * @param ContactRepository $contacts Contacts.
	 * @param ShopperTickets    $read     Tickets of a contact.
	 * @param StoreRateLimits   $limits   The per-address count of valid requests.
	 */
	public function __construct( Shopper $shopper, private ContactRepository $contacts, private ShopperTickets $read, private StoreRateLimits $limits ) {
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
		$contact = $this->contacts->find_by_identity( 'email', $email );
		$ids     = $contact ? $this->read->ids_of_contact( $contact->id, self::MAX_TICKETS ) : array();
		if ( $ids ) {
			/**
			 * Fires when a shopper asks for their ticket links again; the
			 * notification emails send one fresh magic link per ticket to the
			 * address. Fires only when the address has tickets (at most ten,
			 * newest first); the shopper's answer is the same either way.
			 *
			 * @since 0.2.0
			 * @param int[]  $ticket_ids Tickets of the address.
			 * @param string $email      Normalised email address.
			 */
			do_action( 'storedesk_guest_links_requested', $ids, $email );
		}
		$response = rest_ensure_response(
			array(
				'message' => __( 'If we have support requests for this address, an email with links to them is on its way. Check your inbox in a few minutes.', 'storedesk' ),
			)
		);
		$response->set_status( 202 );
		return $response;
	}
}
