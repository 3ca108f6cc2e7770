<?php
/**
 * REST: /storedesk/v1/email-templates.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Notifications\EmailPreview;
use Storedesk\Notifications\EmailTypes;
use Storedesk\Notifications\PlaceholderValues;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * What managers need to edit the emails: each type with its built-in and
 * current texts, and a preview of unsaved texts. The texts themselves are
 * saved through /settings ("emails").
 */
class EmailTemplatesController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'email-templates';

	/**
	 * Builds the controller.
	 *
	 * @param EmailPreview $preview Renders previews.
	 */
	public function __construct( private EmailPreview $preview ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<type>[a-z-]+)/preview',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'preview' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => array(
						'type'    => array(
							'description' => __( 'Email type.', 'storedesk' ),
							'type'        => 'string',
							'enum'        => array_keys( EmailTypes::TYPES ),
						),
						'subject' => array(
							'description' => __( 'Subject to preview; empty for the built-in one.', 'storedesk' ),
							'type'        => 'string',
							'maxLength'   => 255,
							'default'     => '',
						),
						'intro'   => array(
							'description' => __( 'Introduction to preview; empty for the built-in one.', 'storedesk' ),
							'type'        => 'string',
							'maxLength'   => 5000,
							'default'     => '',
						),
					),
				),
			)
		);
	}

	/** An email type with its texts. */
	public function get_item_schema() {
		$string = array(
			'type'    => 'string',
			'context' => array( 'view', 'edit' ),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_email_template',
			'type'       => 'object',
			'properties' => array(
				'type'            => array( 'description' => __( 'Email type; also the template file name.', 'storedesk' ) ) + $string,
				'label'           => array( 'description' => __( 'What the email is.', 'storedesk' ) ) + $string,
				'audience'        => array(
					'description' => __( 'Who reads it.', 'storedesk' ),
					'enum'        => array( 'customer', 'agent' ),
				) + $string,
				'default_subject' => array( 'description' => __( 'Built-in subject.', 'storedesk' ) ) + $string,
				'default_intro'   => array( 'description' => __( 'Built-in introduction.', 'storedesk' ) ) + $string,
				'subject'         => array( 'description' => __( 'Subject in use.', 'storedesk' ) ) + $string,
				'intro'           => array( 'description' => __( 'Introduction in use.', 'storedesk' ) ) + $string,
				'placeholders'    => array(
					'description' => __( 'Placeholders the texts may use.', 'storedesk' ),
					'type'        => 'array',
					'items'       => array( 'type' => 'string' ),
					'context'     => array( 'view', 'edit' ),
				),
			),
		);
	}

	/**
	 * GET: every email type.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$labels = EmailTypes::labels();
		$items  = array();
		foreach ( array_keys( EmailTypes::TYPES ) as $type ) {
			$default = EmailTypes::defaults( $type );
			$current = EmailTypes::texts( $type );
			$items[] = array(
				'type'            => $type,
				'label'           => $labels[ $type ],
				'audience'        => EmailTypes::audience( $type ),
				'default_subject' => $default['subject'],
				'default_intro'   => $default['intro'],
				'subject'         => $current['subject'],
				'intro'           => $current['intro'],
				'placeholders'    => array_map( static fn( $p ) => '{' . $p . '}', PlaceholderValues::names() ),
			);
		}
		return rest_ensure_response( $items );
	}

	/**
	 * POST: the email as sample data would render it with the given texts.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function preview( $request ) {
		$email = $this->preview->render( (string) $request['type'], (string) $request['subject'], (string) $request['intro'] );
		return rest_ensure_response(
			array(
				'subject' => $email->subject,
				'html'    => $email->html,
				'text'    => $email->text,
			)
		);
	}
}
