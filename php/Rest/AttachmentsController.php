<?php
/**
 * REST: /storedesk/v1/attachments.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Attachments\Attachment;
use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Attachments\AttachmentStorage;
use Storedesk\Attachments\AttachmentUploader;
use Storedesk\Attachments\AttachmentUrls;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Agents upload files to a ticket (multipart, field "file") before sending
 * the message that carries them; downloads stream the file to whoever may
 * view the ticket, or to the holder of a signed URL.
 */
class AttachmentsController extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'attachments';

	/**
	 * Builds the controller.
	 *
	 * @param AttachmentUploader   $uploader  Accepts uploads.
	 * @param AttachmentRepository $repo      Rows.
	 * @param AttachmentStorage    $storage   Files.
	 * @param AttachmentUrls       $urls      Signed URLs.
	 * @param AttachmentPresenter  $presenter API shapes.
	 * @param TicketsController    $single    Single-ticket checks.
	 */
	public function __construct(
		private AttachmentUploader $uploader,
		private AttachmentRepository $repo,
		private AttachmentStorage $storage,
		private AttachmentUrls $urls,
		private AttachmentPresenter $presenter,
		private TicketsController $single,
	) {}

	/** Registers the routes, and the hook that sends file bodies instead of JSON. */
	public function register_routes() {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => fn( $r ) => $this->single->ticket_check( (int) $r['ticket_id'], 'storedesk_edit_ticket' ),
					'args'                => array(
						'ticket_id' => array(
							'description' => __( 'Ticket the file belongs to. The file itself is the multipart field "file".', 'storedesk' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'expires'   => array(
							'description' => __( 'Expiry of a signed URL (Unix time).', 'storedesk' ),
							'type'        => 'integer',
						),
						'signature' => array(
							'description' => __( 'Signature of a signed URL.', 'storedesk' ),
							'type'        => 'string',
							'pattern'     => '^[A-Za-z0-9_-]{43}$',
						),
						'user'      => array(
							'description' => __( 'The user a signed URL was made for.', 'storedesk' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
			)
		);
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_file' ), 10, 3 );
	}

	/** The upload resource's schema. */
	public function get_item_schema() {
		$brief = AttachmentPresenter::brief_schema();
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'storedesk_attachment',
				'type'       => 'object',
				'properties' => array_map( static fn( $p ) => $p + array( 'readonly' => true, 'context' => array( 'view', 'edit' ) ), $brief['properties'] ) + array(
					'ticket_id'  => array( 'type' => 'integer', 'readonly' => true, 'context' => array( 'view', 'edit' ) ),
					'message_id' => array(
						'description' => __( 'Message that carries the file; null until it is sent.', 'storedesk' ),
						'type'        => array( 'integer', 'null' ),
						'readonly'    => true,
						'context'     => array( 'view', 'edit' ),
					),
					'created_at' => array( 'type' => 'string', 'format' => 'date-time', 'readonly' => true, 'context' => array( 'view', 'edit' ) ),
				),
			)
		);
	}

	/**
	 * POST /attachments.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function create_item( $request ) {
		$file = $this->single_file( $request->get_file_params() );
		if ( null === $file ) {
			return new WP_Error( 'storedesk_attachment_missing', __( 'Send one file in the multipart field "file".', 'storedesk' ), array( 'status' => 400 ) );
		}
		$attachment = $this->uploader->upload( (int) $request['ticket_id'], $file, get_current_user_id() );
		if ( is_wp_error( $attachment ) ) {
			return $attachment;
		}
		$response = rest_ensure_response( $this->shape( $this->presenter->full( $attachment ), $request ) );
		$response->set_status( 201 );
		$response->header( 'Location', $this->urls->url( $attachment->id ) );
		return $response;
	}

	/**
	 * A signed URL, or a user who may view the ticket; an unsent upload only
	 * for whoever uploaded it.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item_permissions_check( $request ) {
		$attachment = $this->repo->find( (int) $request['id'] );
		if ( null !== $request['signature'] ) {
			$user  = (int) $request['user'];
			$valid = $attachment && $this->urls->verify( $attachment->id, (int) $request['expires'], (string) $request['signature'], null, $user );
			// A user's link lasts only while that user may still see the file.
			$valid = $valid && ( ! $user || $this->user_may_view( $user, $attachment ) );
			return $valid ? true : new WP_Error( 'storedesk_invalid_signature', __( 'This download link is invalid or has expired.', 'storedesk' ), array( 'status' => 403 ) );
		}
		if ( ! current_user_can( \Storedesk\Install\Roles::ACCESS ) ) {
			return $this->allow( false );
		}
		if ( ! $attachment ) {
			return $this->not_found();
		}
		$allowed = $this->single->ticket_check( $attachment->ticket_id, 'storedesk_view_ticket' );
		if ( true !== $allowed ) {
			return $allowed;
		}
		return null !== $attachment->message_id || get_current_user_id() === $attachment->user_id ? true : $this->not_found();
	}

	/**
	 * Whether a user may view a file: helpdesk access and its ticket, and an
	 * unsent upload only for whoever uploaded it.
	 *
	 * @param int        $user_id    User.
	 * @param Attachment $attachment File.
	 */
	private function user_may_view( int $user_id, Attachment $attachment ): bool {
		return user_can( $user_id, \Storedesk\Install\Roles::ACCESS )
			&& user_can( $user_id, 'storedesk_view_ticket', $attachment->ticket_id )
			&& ( null !== $attachment->message_id || $user_id === $attachment->user_id );
	}

	/**
	 * GET /attachments/{id}: headers here, the body in serve_file().
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ) {
		$attachment = $this->repo->find( (int) $request['id'] );
		$file       = $attachment ? $this->storage->absolute( $attachment->path ) : null;
		if ( ! $attachment || ! $file || ! is_readable( $file ) ) {
			return new WP_Error( 'storedesk_attachment_missing_file', __( 'The file of this attachment is missing from the server.', 'storedesk' ), array( 'status' => 410 ) );
		}
		$response = new FileResponse( $file, $this->presenter->full( $attachment ) );
		foreach ( $this->download_headers( $attachment, (int) filesize( $file ) ) as $name => $value ) {
			$response->header( $name, $value );
		}
		return $response;
	}

	/**
	 * Headers of a download.
	 *
	 * @param Attachment $attachment Attachment.
	 * @param int        $length     File size.
	 */
	public function download_headers( Attachment $attachment, int $length ): array {
		$ascii   = preg_replace( '/[^A-Za-z0-9._-]+/', '_', $attachment->name );
		$headers = array(
			'Content-Type'           => $attachment->mime,
			'Content-Length'         => (string) $length,
			'Content-Disposition'    => ( $attachment->is_inline() ? 'inline' : 'attachment' ) . '; filename="' . $ascii . '"; filename*=UTF-8\'\'' . rawurlencode( $attachment->name ),
			'X-Content-Type-Options' => 'nosniff',
			'Cache-Control'          => 'private, max-age=300',
		);
		// Whatever a browser makes of a file, it runs nothing and loads nothing; PDF is
		// left out because Chromium's viewer does not open in a sandboxed document.
		if ( 'application/pdf' !== $attachment->mime ) {
			$headers['Content-Security-Policy'] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
		}
		return $headers;
	}

	/**
	 * Sends the file instead of JSON for our download responses.
	 *
	 * @param bool                 $served  Already served.
	 * @param \WP_HTTP_Response    $result  Response.
	 * @param WP_REST_Request|null $request Request.
	 */
	public function serve_file( $served, $result, $request = null ): bool {
		if ( $served || ! $result instanceof FileResponse ) {
			return (bool) $served;
		}
		if ( ! $request || 'HEAD' !== $request->get_method() ) {
			readfile( $result->file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_readfile -- streaming a download.
		}
		return true;
	}

	/**
	 * The one file of the "file" field; null when none arrived or several
	 * (file[] fields give arrays of names).
	 *
	 * @param mixed $files What PHP put in $_FILES.
	 */
	private function single_file( $files ): ?array {
		$file = is_array( $files ) ? ( $files['file'] ?? null ) : null;
		return is_array( $file ) && is_string( $file['name'] ?? null ) ? $file : null;
	}

	/** The same answer for a missing attachment and one the user may not know about. */
	private function not_found(): WP_Error {
		return new WP_Error( 'storedesk_attachment_not_found', __( 'That attachment does not exist.', 'storedesk' ), array( 'status' => 404 ) );
	}
}
