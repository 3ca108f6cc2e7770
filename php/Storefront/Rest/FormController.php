<?php
/**
 * REST: /storedesk/store/v1/form.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Storefront\FormConfig;
use Storedesk\Storefront\Shopper;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The contact form's configuration for clients that draw it themselves
 * (the widget): fields, topics, and a fresh signed stamp. Asked as a
 * logged-in customer (cookie and nonce), it carries what only they may see,
 * their orders, and is never stored by a cache.
 */
class FormController extends StoreController {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'form';

	/**
	 * Builds the controller.
	 *
	 * @param Shopper    $shopper Ownership.
	 * @param FormConfig $config  The form.
	 */
	public function __construct( Shopper $shopper, private FormConfig $config ) {
		parent::__construct( $shopper );
	}

	/** Registers the route. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => function ( $request ) {
						$response = rest_ensure_response( $this->config->describe( get_current_user_id(), (int) $request['order'] ) );
						// The stamp, the prefilled fields and the customer's orders belong to this visitor and this moment.
						$response->header( 'Cache-Control', 'no-store' );
						return $response;
					},
					'permission_callback' => array( $this, 'anyone' ),
					'args'                => array(
						'order' => array(
							'description' => __( 'Order to choose in the order field (a "Get help with this order" link), when it is the logged-in customer\'s own; ignored otherwise.', 'storedesk' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The form description. */
	public function get_item_schema() {
		$option = array(
			'type'       => 'object',
			'properties' => array(
				'value' => array( 'type' => 'string' ),
				'label' => array( 'type' => 'string' ),
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_store_form',
			'type'       => 'object',
			'properties' => array(
				'fields'    => array(
					'description' => __( 'Fields in order.', 'storedesk' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'name'         => array( 'type' => 'string' ),
							'label'        => array( 'type' => 'string' ),
							'type'         => array(
								'type' => 'string',
								'enum' => array( 'text', 'email', 'textarea', 'select', 'checkbox', 'file' ),
							),
							'required'     => array( 'type' => 'boolean' ),
							'max_length'   => array( 'type' => 'integer' ),
							'autocomplete' => array( 'type' => 'string' ),
							'value'        => array( 'type' => 'string' ),
							'hidden'       => array( 'type' => 'boolean' ),
							'help'         => array(
								'description' => __( 'A hint shown under the control.', 'storedesk' ),
								'type'        => 'string',
							),
							'private'      => array(
								'description' => __( 'The options belong to the visitor (their orders): read them from this route as that visitor, never print them into a page.', 'storedesk' ),
								'type'        => 'boolean',
							),
							'options'      => array(
								'type'  => 'array',
								'items' => $option,
							),
							'upload'       => array(
								'description' => __( 'Limits of a file input (send its files as multipart attachments[]).', 'storedesk' ),
								'type'        => 'object',
								'properties'  => StoreSchema::upload_limits(),
							),
						),
					),
				),
				'stamp'     => array(
					'description' => __( 'Signed time the form was shown; send it back.', 'storedesk' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'honeypot'  => array(
					'description' => __( 'Name of the field that must stay empty.', 'storedesk' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'logged_in' => array(
					'description' => __( 'Whether the visitor is a logged-in customer.', 'storedesk' ),
					'type'        => 'boolean',
					'readonly'    => true,
				),
			),
		);
	}
}
