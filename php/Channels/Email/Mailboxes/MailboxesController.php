<?php
/**
 * REST: /storedesk/v1/mailboxes.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

use Storedesk\Jobs\Queue;
use Storedesk\Rest\Controller;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Managers add, change and remove support addresses, test a connection
 * before saving it, and ask for a fetch now. Passwords go in and never
 * come out: a mailbox says only whether its password is set.
 */
class MailboxesController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'mailboxes';

	/**
	 * Builds the controller.
	 *
	 * @param MailboxRepository $mailboxes Mailboxes.
	 * @param MailboxTester     $tester    Tests a connection.
	 * @param MailboxFetcher    $fetcher   The fetch job's schedule.
	 * @param Queue             $queue     Queues a fetch.
	 */
	public function __construct( private MailboxRepository $mailboxes, private MailboxTester $tester, private MailboxFetcher $fetcher, private Queue $queue ) {}

	/** Registers the routes. */
	public function register_routes() {
		$base = '/' . $this->rest_base;
		$one  = $base . '/(?P<id>mb_[a-f0-9]{8})';
		$this->route( $base, WP_REST_Server::READABLE, 'get_items' );
		$this->route( $base, WP_REST_Server::CREATABLE, 'create_item' );
		$this->route( $base . '/test', WP_REST_Server::CREATABLE, 'test' );
		$this->route( $one, WP_REST_Server::EDITABLE, 'update_item' );
		$this->route( $one, WP_REST_Server::DELETABLE, 'delete_item' );
		$this->route( $one . '/fetch', WP_REST_Server::CREATABLE, 'fetch' );
		$this->route( $one . '/inbound-key', WP_REST_Server::CREATABLE, 'inbound_key' );
	}

	/**
	 * GET /mailboxes: each with whether its password is set and its last fetch.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_items( $request ) {
		$this->fetcher->schedule();
		return rest_ensure_response( array_map( array( $this, 'present' ), $this->mailboxes->all() ) );
	}

	/**
	 * POST /mailboxes.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		return $this->save( $request, 'mb_' . bin2hex( random_bytes( 4 ) ), true );
	}

	/**
	 * PUT /mailboxes/{id}: a blank password keeps the saved one.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ) {
		return $this->mailboxes->find( (string) $request['id'] ) ? $this->save( $request, (string) $request['id'], false ) : $this->missing();
	}

	/**
	 * DELETE /mailboxes/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function delete_item( $request ) {
		$mailbox = $this->mailboxes->find( (string) $request['id'] );
		if ( ! $mailbox ) {
			return $this->missing();
		}
		$this->mailboxes->delete( $mailbox );
		return rest_ensure_response( array( 'deleted' => true ) );
	}

	/**
	 * POST /mailboxes/test: the form's settings, with the saved password of
	 * mailbox `id` when none is typed.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function test( $request ) {
		$mailbox = Mailbox::from_array( (array) $request->get_json_params(), (string) ( $request['id'] ?? 'mb_00000000' ) );
		if ( is_wp_error( $mailbox ) ) {
			return $mailbox;
		}
		if ( ! $mailbox->imap ) {
			return new WP_Error( 'storedesk_mailbox_imap', __( 'Fill in the IMAP settings to test them.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$secret = (string) ( $request['password'] ?? '' );
		$saved  = '' === $secret ? $this->mailboxes->find( $mailbox->id ) : null;
		return $this->tester->test( $mailbox, $saved ? $this->mailboxes->secret( $saved ) : $secret );
	}

	/**
	 * POST /mailboxes/{id}/fetch: fetches soon, in the background.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function fetch( $request ) {
		$mailbox = $this->mailboxes->find( (string) $request['id'] );
		if ( ! $mailbox ) {
			return $this->missing();
		}
		if ( ! $mailbox->imap ) {
			return new WP_Error( 'storedesk_mailbox_imap', __( 'This mailbox is not read over IMAP.', 'storedesk' ), array( 'status' => 409 ) );
		}
		$this->queue->push( MailboxFetcher::JOB, array( $mailbox->id ) );
		return new WP_REST_Response( array( 'queued' => true ), 202 );
	}

	/**
	 * POST /mailboxes/{id}/inbound-key: a new key for this mailbox's pipe or
	 * provider, shown once with the address to give them.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function inbound_key( $request ) {
		$mailbox = $this->mailboxes->find( (string) $request['id'] );
		if ( ! $mailbox ) {
			return $this->missing();
		}
		$key = $this->mailboxes->new_inbound_key( $mailbox );
		return rest_ensure_response(
			array(
				'key' => $key,
				'url' => add_query_arg(
					array(
						'mailbox' => $mailbox->id,
						'key'     => $key,
					),
					rest_url( 'storedesk/v1/channels/email/webhook' )
				),
			)
		);
	}

	/**
	 * Checks and saves a mailbox from a request.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string          $id      Its id.
	 * @param bool            $created A new one.
	 */
	private function save( WP_REST_Request $request, string $id, bool $created ) {
		$mailbox = Mailbox::from_array( (array) $request->get_json_params(), $id );
		if ( is_wp_error( $mailbox ) ) {
			return $mailbox;
		}
		$other = $this->mailboxes->owning( $mailbox->address );
		if ( $other && $other->id !== $id ) {
			return new WP_Error( 'storedesk_mailbox_address', __( 'Another mailbox has this address.', 'storedesk' ), array( 'status' => 409 ) );
		}
		$secret = (string) ( $request['password'] ?? '' );
		$this->mailboxes->save( $mailbox, '' === $secret ? null : $secret );
		$this->fetcher->schedule();
		return new WP_REST_Response( $this->present( $mailbox ), $created ? 201 : 200 );
	}

	/**
	 * A mailbox as the settings show it.
	 *
	 * @param Mailbox $mailbox The mailbox.
	 */
	public function present( Mailbox $mailbox ): array {
		return $mailbox->to_array() + array(
			'password_set' => $this->mailboxes->has_secret( $mailbox ),
			'inbound_key'  => null !== $this->mailboxes->inbound_key( $mailbox->id ),
			'last_fetch'   => MailboxState::of( $mailbox->id )->to_array(),
		);
	}

	/** 404. */
	private function missing(): WP_Error {
		return new WP_Error( 'storedesk_mailbox_not_found', __( 'No such mailbox.', 'storedesk' ), array( 'status' => 404 ) );
	}

	/**
	 * One route for managers.
	 *
	 * @param string $path     Path.
	 * @param string $methods  Methods.
	 * @param string $callback Method name.
	 */
	private function route( string $path, string $methods, string $callback ): void {
		register_rest_route(
			$this->namespace,
			$path,
			array(
				'methods'             => $methods,
				'callback'            => array( $this, $callback ),
				'permission_callback' => array( $this, 'can_manage' ),
			)
		);
	}
}
