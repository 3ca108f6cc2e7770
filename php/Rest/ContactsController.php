<?php
/**
 * REST: /storedesk/v1/contacts.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Contacts\AccountProof;
use Storedesk\Contacts\Contact;
use Storedesk\Contacts\ContactEditor;
use Storedesk\Contacts\ContactMerger;
use Storedesk\Contacts\ContactQuery;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Roles;
use Storedesk\Support\Dates;
use Storedesk\Tickets\TicketAccess;
use Storedesk\Tickets\TicketQuery;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Finds, shows, edits and merges customers, and lists their history on
 * every channel.
 */
class ContactsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'contacts';

	/**
	 * Builds the controller.
	 *
	 * @param ContactRepository $contacts  Contacts.
	 * @param ContactQuery      $query     Contact search.
	 * @param ContactMerger     $merger    Merging.
	 * @param TicketAccess      $access    Who sees what.
	 * @param TicketQuery       $tickets   Ticket lists.
	 * @param TicketPresenter   $presenter Ticket shapes.
	 * @param ContactEditor     $editor    Agents' changes.
	 */
	public function __construct(
		private ContactRepository $contacts,
		private ContactQuery $query,
		private ContactMerger $merger,
		private TicketAccess $access,
		private TicketQuery $tickets,
		private TicketPresenter $presenter,
		private ContactEditor $editor,
	) {}

	/** Registers the routes. */
	public function register_routes() {
		$one = '/' . $this->rest_base . '/(?P<id>\d+)';
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'can_access' ),
				'args'                => $this->paging_params() + array(
					'search' => array(
						'description' => __( 'Start of a name, email address, phone number or channel id.', 'storedesk' ),
						'type'        => 'string',
						'maxLength'   => 191,
					),
				),
			)
		);
		register_rest_route(
			$this->namespace,
			$one,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => fn( $r ) => $this->contact_check( (int) $r['id'], Roles::ACCESS ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => fn( $r ) => $this->contact_check( (int) $r['id'], Roles::EDIT_CONTACTS ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			$one . '/tickets',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_history' ),
				'permission_callback' => fn( $r ) => $this->contact_check( (int) $r['id'], Roles::ACCESS ),
				'args'                => $this->paging_params(),
			)
		);
		register_rest_route(
			$this->namespace,
			$one . '/links',
			array(
				'methods'             => WP_REST_Server::DELETABLE,
				'callback'            => array( $this, 'revoke_links' ),
				'permission_callback' => fn( $r ) => $this->contact_check( (int) $r['id'], Roles::EDIT_CONTACTS ),
			)
		);
		register_rest_route(
			$this->namespace,
			$one . '/merge',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'merge' ),
				'permission_callback' => fn( $r ) => $this->contact_check( (int) $r['id'], Roles::MERGE_CONTACTS ),
				'args'                => array(
					'source' => array(
						'description' => __( 'Contact to fold into this one.', 'storedesk' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'required'    => true,
					),
				),
			)
		);
	}

	/** The contact schema. */
	public function get_item_schema() {
		$ctx = array( 'view', 'edit' );
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'storedesk_contact',
				'type'       => 'object',
				'properties' => array(
					'id'            => array( 'type' => 'integer', 'readonly' => true, 'context' => $ctx ),
					'name'          => array( 'type' => 'string', 'maxLength' => 191, 'context' => $ctx ),
					'email'         => array( 'type' => array( 'string', 'null' ), 'format' => 'email', 'context' => $ctx ),
					'phone'         => array( 'type' => array( 'string', 'null' ), 'maxLength' => 64, 'context' => $ctx ),
					'notes'         => array( 'type' => array( 'string', 'null' ), 'maxLength' => 10000, 'context' => $ctx ),
					'user_id'       => array( 'type' => array( 'integer', 'null' ), 'readonly' => true, 'context' => $ctx ),
					'user_verified' => array(
						'description' => __( 'Whether the linked account proved it receives mail at the contact\'s address; an unproven link does not show the account the contact\'s conversations.', 'storedesk' ),
						'type'        => 'boolean',
						'readonly'    => true,
						'context'     => $ctx,
					),
					'avatar'        => array( 'type' => array( 'string', 'null' ), 'readonly' => true, 'context' => $ctx ),
					'identities'    => array(
						'description' => __( 'Every address the person wrote from, by channel.', 'storedesk' ),
						'type'        => 'array',
						'readonly'    => true,
						'context'     => $ctx,
						'items'       => array(
							'type'       => 'object',
							'properties' => array(
								'channel' => array( 'type' => 'string' ),
								'value'   => array( 'type' => 'string' ),
							),
						),
					),
					'created_at'    => array( 'type' => 'string', 'format' => 'date-time', 'readonly' => true, 'context' => $ctx ),
					'updated_at'    => array( 'type' => 'string', 'format' => 'date-time', 'readonly' => true, 'context' => $ctx ),
				),
			)
		);
	}

	/**
	 * GET /contacts.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		list( $contacts, $total ) = $this->query->run( (string) $request['search'], (int) $request['page'], (int) $request['per_page'], get_current_user_id() );
		$identities               = $this->contacts->identities_of( array_map( static fn( Contact $c ) => $c->id, $contacts ) );
		return $this->collection( array_map( fn( $c ) => $this->present( $c, $request, $identities[ $c->id ] ), $contacts ), $total, (int) $request['per_page'] );
	}

	/**
	 * GET /contacts/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ) {
		return rest_ensure_response( $this->present( $this->contacts->find( (int) $request['id'] ), $request ) );
	}

	/**
	 * PATCH /contacts/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ) {
		$changes = $this->sent( $request, array( 'name', 'email', 'phone', 'notes' ) );
		$contact = $this->editor->update( (int) $request['id'], $changes, get_current_user_id() );
		return is_wp_error( $contact ) ? $contact : rest_ensure_response( $this->present( $contact, $request ) );
	}

	/**
	 * GET /contacts/{id}/tickets: the person's conversations on every channel.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_history( $request ) {
		$args                    = array(
			'contact'  => (int) $request['id'],
			'page'     => (int) $request['page'],
			'per_page' => (int) $request['per_page'],
		);
		list( $tickets, $total ) = $this->tickets->run( $args, get_current_user_id() );
		return $this->collection( $this->presenter->present_many( $tickets ), $total, (int) $request['per_page'] );
	}

	/**
	 * DELETE /contacts/{id}/links: "Sign out of all links". Every magic link
	 * the person was mailed stops working; they can ask for new ones.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function revoke_links( $request ) {
		$this->contacts->revoke_links( (int) $request['id'] );
		return rest_ensure_response( array( 'revoked' => true ) );
	}

	/**
	 * POST /contacts/{id}/merge.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function merge( $request ) {
		$source = (int) $request['source'];
		if ( ! $this->access->can_view_contact( get_current_user_id(), $source ) ) {
			return new WP_Error( 'storedesk_contact_not_found', __( 'That contact does not exist.', 'storedesk' ), array( 'status' => 404 ) );
		}
		$contact = $this->merger->merge( (int) $request['id'], $source, get_current_user_id() );
		return is_wp_error( $contact ) ? $contact : rest_ensure_response( $this->present( $contact, $request ) );
	}

	/**
	 * 404 for a missing, merged or invisible contact; 401/403 without the capability.
	 *
	 * @param int    $id  Contact id.
	 * @param string $cap Capability needed.
	 * @return true|WP_Error
	 */
	private function contact_check( int $id, string $cap ) {
		if ( ! current_user_can( $cap ) ) {
			return $this->allow( false );
		}
		$contact = $this->contacts->find( $id );
		if ( $contact && $contact->merged_into ) {
			return new WP_Error( 'storedesk_contact_merged', __( 'That contact was merged into another.', 'storedesk' ), array( 'status' => 404, 'merged_into' => $contact->merged_into ) );
		}
		if ( ! $contact || ! $this->access->can_view_contact( get_current_user_id(), $id ) ) {
			return new WP_Error( 'storedesk_contact_not_found', __( 'That contact does not exist.', 'storedesk' ), array( 'status' => 404 ) );
		}
		return true;
	}

	/**
	 * API shape of a contact.
	 *
	 * @param Contact         $c          Contact.
	 * @param WP_REST_Request $request    Request.
	 * @param array|null      $identities Preloaded identities, to spare a query per row in lists.
	 */
	private function present( Contact $c, $request, ?array $identities = null ): array {
		return $this->shape(
			array(
				'id'            => $c->id,
				'name'          => $c->display_name(),
				'email'         => $c->email,
				'phone'         => $c->phone,
				'notes'         => $c->notes,
				'user_id'       => $c->user_id ? $c->user_id : null,
				'user_verified' => AccountProof::is_verified( $c ),
				'avatar'        => $c->email ? get_avatar_url( $c->email ) : null,
				'identities'    => $identities ?? $this->contacts->identities( $c->id ),
				'created_at'    => Dates::to_rest( $c->created_at ),
				'updated_at'    => Dates::to_rest( $c->updated_at ),
			),
			$request
		);
	}
}
