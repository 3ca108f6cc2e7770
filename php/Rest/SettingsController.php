<?php
/**
 * REST: /storedesk/v1/settings.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Settings\Secrets;
use Storedesk\Settings\Settings;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Managers read and change the helpdesk settings.
 */
class SettingsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'settings';

	/**
	 * Builds the controller.
	 *
	 * @param Secrets $secrets Passwords and tokens, write-only.
	 */
	public function __construct( private Secrets $secrets ) {}

	/** Registers the routes. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/settings',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => fn() => rest_ensure_response( $this->shown() ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** The settings schema. */
	public function get_item_schema() {
		$properties            = array_map( static fn( $p ) => $p + array( 'context' => array( 'view', 'edit' ) ), Settings::schema() );
		$properties['secrets'] = array(
			'description'          => __( 'Passwords and API tokens by name: write a value (empty to remove); reading says only whether each is set.', 'storedesk' ),
			'type'                 => 'object',
			'context'              => array( 'view', 'edit' ),
			'additionalProperties' => array(
				'type'       => 'object',
				'properties' => array(
					'section' => array( 'type' => 'string' ),
					'label'   => array( 'type' => 'string' ),
					'set'     => array( 'type' => 'boolean' ),
				),
			),
			// Written as name => text; validated by the controller against the known names.
			'arg_options'          => array(
				'validate_callback' => null,
				'sanitize_callback' => null,
			),
		);
		$properties['sections'] = array(
			'description' => __( 'The sections, each with its title and the settings it owns: the desk, attachments, notifications, the storefront, and each channel that has settings.', 'storedesk' ),
			'type'        => 'object',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_settings',
			'type'       => 'object',
			'properties' => $properties,
		);
	}

	/**
	 * PATCH /settings.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ) {
		$changes = $this->sent( $request, null, false );
		$secrets = $changes['secrets'] ?? array();
		unset( $changes['secrets'], $changes['sections'] );
		$checked = $this->check_secrets( $secrets );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		$saved = $changes ? Settings::update( $changes ) : Settings::all();
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		foreach ( $secrets as $name => $value ) {
			$this->secrets->set( (string) $name, null === $value ? null : (string) $value );
		}
		return rest_ensure_response( $this->shown() );
	}

	/**
	 * Every setting, and of each secret only whether it is set.
	 */
	private function shown(): array {
		$secrets = array();
		foreach ( $this->secrets->fields() as $name => $field ) {
			$secrets[ $name ] = array(
				'section' => (string) $field['section'],
				'label'   => (string) $field['label'],
				'set'     => $this->secrets->is_set( $name ),
			);
		}
		return Settings::all() + array(
			'secrets'  => (object) $secrets,
			'sections' => (object) Settings::sections(),
		);
	}

	/**
	 * Secrets sent: known names, text or null.
	 *
	 * @param mixed $secrets Name => value.
	 * @return true|WP_Error
	 */
	private function check_secrets( $secrets ) {
		if ( ! is_array( $secrets ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'Secrets are sent as name => value.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$known = $this->secrets->fields();
		foreach ( $secrets as $name => $value ) {
			if ( ! isset( $known[ $name ] ) ) {
				/* translators: %s: secret name */
				return new WP_Error( 'storedesk_unknown_setting', sprintf( __( 'There is no setting called "%s".', 'storedesk' ), $name ), array( 'status' => 400 ) );
			}
			if ( null !== $value && ! is_string( $value ) ) {
				return new WP_Error( 'rest_invalid_param', __( 'A secret is text.', 'storedesk' ), array( 'status' => 400 ) );
			}
		}
		return true;
	}
}
