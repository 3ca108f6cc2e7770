<?php
/**
 * Uploading, sending and downloading attachments as agents.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Attachments\AttachmentStorage;
use Storedesk\Attachments\AttachmentUrls;
use Storedesk\Rest\AttachmentsController;
use Storedesk\Rest\FileResponse;
use Storedesk\Settings\Settings;
use Storedesk\Tests\Attachments\AttachmentTestHelpers;
use Storedesk\Tests\TestCase;
use WP_REST_Request;

/**
 * Only allowed types and sizes get in, only people who may see the ticket
 * get them out, and a message carries only its own ticket's uploads.
 */
class AttachmentsControllerTest extends TestCase {

	use AttachmentTestHelpers;

	/**
	 * Stored files before the test, to delete what it added.
	 *
	 * @var string[]
	 */
	private array $files_before = array();

	/** Notes the stored files. */
	protected function setUp(): void {
		parent::setUp();
		$this->files_before = $this->stored_files();
	}

	/** Deletes files the test stored: rows roll back, files do not. */
	protected function tearDown(): void {
		foreach ( array_diff( $this->stored_files(), $this->files_before ) as $file ) {
			unlink( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		}
		$this->remove_tmp_files();
		parent::tearDown();
	}

	/** Every file in the private folder. */
	private function stored_files(): array {
		$base = ( new AttachmentStorage() )->base_dir();
		return is_dir( $base ) ? array_values( array_filter( array_map( 'strval', iterator_to_array( new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $base, \FilesystemIterator::SKIP_DOTS ) ) ) ), 'is_file' ) ) : array();
	}

	/** Images, PDF, text and office documents are accepted and described. */
	public function test_allowed_types_upload(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket()->id();
		$cases  = array(
			array( 'crack.png', $this->png(), 'image/png' ),
			array( 'label.pdf', $this->pdf(), 'application/pdf' ),
			array( 'notes.txt', "Order 1042\nsecond line\n", 'text/plain' ),
			array( 'sizes.csv', "size,chest\nM,100\n", 'text/csv' ),
		);
		foreach ( $cases as list( $name, $content, $mime ) ) {
			$response = $this->upload( $ticket, $name, $content );
			$this->assertStatus( 201, $response );
			$data = $response->get_data();
			$this->assertSame( $name, $data['name'] );
			$this->assertSame( $mime, $data['mime'] );
			$this->assertSame( strlen( $content ), $data['size'] );
			$this->assertNull( $data['message_id'] );
			$this->assertSame( $ticket, $data['ticket_id'] );
			$this->assertStringStartsWith( rest_url( 'storedesk/v1/attachments/' . $data['id'] ) . '?user=', $data['url'] );
			$this->assertMatchesSchema( $this->published_schema( '/storedesk/v1/attachments' ), $data );
		}
	}

	/** Executables, SVG, HTML and files whose content lies about their name are refused. */
	public function test_refused_types(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket()->id();
		$cases  = array(
			'logo.svg'     => '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
			'page.html'    => '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>',
			'setup.exe'    => 'MZ' . str_repeat( "\0", 200 ),
			'shell.php'    => '<?php echo 1;',
			'fake.jpg'     => '<?php system( $_GET["c"] );',
			'readme.txt'   => '<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>',
			'photo.png.js' => 'alert(1)',
			'archive.zip'  => "PK\x03\x04" . str_repeat( "\0", 30 ),
		);
		$before = $this->rows( 'attachments' );
		foreach ( $cases as $name => $content ) {
			$response = $this->upload( $ticket, $name, $content );
			$this->assertStatus( 415, $response );
			$this->assertSame( 'storedesk_attachment_type', $response->get_data()['code'], $name );
			$this->assertContains( 'pdf', $response->get_data()['data']['allowed'] );
		}
		$this->assertSame( $before, $this->rows( 'attachments' ) );
		$this->assertSame( $this->files_before, $this->stored_files(), 'refused files are not stored' );
	}

	/** The size limit and the allowed types come from the settings. */
	public function test_size_limit_and_types_from_settings(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket()->id();
		Settings::update( array( 'attachment_max_mb' => 1 ) );
		$text = str_repeat( "Order 1042 shipped on Monday.\n", 40000 );
		$big  = $this->upload( $ticket, 'big.txt', substr( $text, 0, MB_IN_BYTES + 1 ) );
		$this->assertStatus( 413, $big );
		$this->assertSame( 'storedesk_attachment_too_large', $big->get_data()['code'] );
		$this->assertStatus( 201, $this->upload( $ticket, 'fits.txt', substr( $text, 0, MB_IN_BYTES ) ) );
		Settings::update( array( 'attachment_types' => array( 'pdf' ) ) );
		$this->assertStatus( 415, $this->upload( $ticket, 'crack.png', $this->png() ) );
		$this->assertStatus( 201, $this->upload( $ticket, 'label.pdf', $this->pdf() ) );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'attachment_types' => array( 'svg' ) ) ), 'SVG can never be allowed' );
		$empty = $this->upload( $ticket, 'empty.pdf', '' );
		$this->assertStatus( 400, $empty );
		$this->assertSame( 'storedesk_attachment_empty', $empty->get_data()['code'] );
		$no_file = new WP_REST_Request( 'POST', '/storedesk/v1/attachments' );
		$no_file->set_body_params( array( 'ticket_id' => $ticket ) );
		$missing = rest_do_request( $no_file );
		$this->assertSame( 400, $missing->get_status() );
		$this->assertSame( 'storedesk_attachment_missing', $missing->as_error()->get_error_code() );
	}

	/** Without access to the ticket there is no upload and no download. */
	public function test_access_to_upload_and_download(): void {
		Settings::update( array( 'agent_scope' => 'own' ) );
		$owner      = $this->user( 'storedesk_agent' );
		$restricted = $this->user( 'storedesk_agent' );
		$subscriber = $this->user( 'subscriber' );
		$ticket     = $this->ticket( array( 'assignee' => $owner ) )->id();
		wp_set_current_user( $owner );
		$id = $this->uploaded( $ticket );
		$this->assertStatus( 201, $this->rest( 'POST', "/storedesk/v1/tickets/{$ticket}/messages", array( 'kind' => 'reply', 'body' => 'Photo attached.', 'attachments' => array( $id ) ) ) );
		$this->assertStatus( 200, $this->rest( 'GET', "/storedesk/v1/attachments/{$id}" ) );
		$callers = array(
			'restricted agent' => array( $restricted, 403 ),
			'subscriber'       => array( $subscriber, 403 ),
			'anonymous'        => array( 0, 401 ),
		);
		foreach ( $callers as $who => list( $user, $status ) ) {
			wp_set_current_user( $user );
			$before = $this->rows( 'attachments' );
			$this->assertStatus( $status, $this->upload( $ticket, 'sneaky.png', $this->png() ), "{$who} uploads" );
			$this->assertSame( $before, $this->rows( 'attachments' ), "{$who} stored nothing" );
			$download = $this->rest( 'GET', "/storedesk/v1/attachments/{$id}" );
			$this->assertStatus( $status, $download, "{$who} downloads" );
			$this->assertNotInstanceOf( FileResponse::class, $download );
		}
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 200, $this->rest( 'GET', "/storedesk/v1/attachments/{$id}" ) );
		$this->assertStatus( 404, $this->rest( 'GET', '/storedesk/v1/attachments/999999' ) );
		$this->assertStatus( 404, $this->upload( 999999, 'x.png', $this->png() ) );
	}

	/**
	 * The attack: the inbox's links carried the REST nonce (_wpnonce), so a
	 * copied link was a key to any request as that agent. Now each link is
	 * signed for one agent and one file, and works only while that agent may
	 * see it.
	 */
	public function test_inbox_links_are_signed_for_the_agent_and_file(): void {
		$agent  = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket()->id();
		wp_set_current_user( $agent );
		$id    = $this->uploaded( $ticket );
		$other = $this->uploaded( $ticket );
		$url   = $this->rest( 'POST', "/storedesk/v1/tickets/{$ticket}/messages", array( 'kind' => 'reply', 'body' => 'See the photo.', 'attachments' => array( $id ) ) )->get_data()['attachments'][0]['url'];
		$this->assertStringNotContainsString( 'nonce', $url );
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		$this->assertSame( array( 'user', 'expires', 'signature' ), array_keys( $query ) );
		$this->assertSame( (string) $agent, $query['user'] );
		$this->assertEqualsWithDelta( time() + AttachmentUrls::USER_TTL, (int) $query['expires'], 5 );

		$get = function ( int $file, array $params ) {
			wp_set_current_user( 0 );
			$request = new WP_REST_Request( 'GET', "/storedesk/v1/attachments/{$file}" );
			$request->set_query_params( $params );
			return rest_do_request( $request );
		};
		// An <img> or a link sends the cookie but no nonce header: WordPress sees nobody; the signature is enough.
		$this->assertInstanceOf( FileResponse::class, $get( $id, $query ) );
		$this->assertSame( 403, $get( $other, $query )->get_status(), 'the signature is for one file' );
		$this->assertSame( 403, $get( $id, array( 'user' => $this->user( 'storedesk_manager' ) ) + $query )->get_status(), 'and for one user' );
		$this->assertSame( 403, $get( $id, array( 'expires' => (int) $query['expires'] + 60 ) + $query )->get_status(), 'and until it expires' );
		get_userdata( $agent )->set_role( 'subscriber' );
		$this->assertSame( 403, $get( $id, $query )->get_status(), 'an agent who lost access loses the link too' );
	}

	/** An upload nobody sent yet is only its uploader's. */
	public function test_unsent_upload_is_private_to_its_uploader(): void {
		$ana    = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket()->id();
		wp_set_current_user( $ana );
		$id = $this->uploaded( $ticket );
		$this->assertStatus( 200, $this->rest( 'GET', "/storedesk/v1/attachments/{$id}" ) );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 404, $this->rest( 'GET', "/storedesk/v1/attachments/{$id}" ) );
	}

	/** A message takes only unsent uploads of its own ticket by the same agent, and lists them. */
	public function test_message_takes_only_its_own_uploads(): void {
		$ana = $this->user( 'storedesk_agent' );
		$ben = $this->user( 'storedesk_agent' );
		$one = $this->ticket()->id();
		$two = $this->ticket()->id();
		wp_set_current_user( $ben );
		$bens = $this->uploaded( $one );
		wp_set_current_user( $ana );
		$mine  = $this->uploaded( $one, 'label.pdf', $this->pdf() );
		$other = $this->uploaded( $two );
		$path  = "/storedesk/v1/tickets/{$one}/messages";
		$count = $this->rows( 'messages' );
		foreach ( array( array( $other ), array( $bens ), array( $mine, $other ), array( 999999 ) ) as $ids ) {
			$refused = $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => 'Here you go.', 'attachments' => $ids ) );
			$this->assertStatus( 400, $refused );
			$this->assertSame( 'storedesk_invalid_attachment', $refused->get_data()['code'] );
			$this->assertSame( $count, $this->rows( 'messages' ), 'a refused claim stores no message' );
		}
		$this->assertNull( $this->service( AttachmentRepository::class )->find( $mine )->message_id, 'nothing half-claimed' );
		$sent = $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => 'Here you go.', 'attachments' => array( $mine ) ) );
		$this->assertStatus( 201, $sent );
		$listed = $sent->get_data()['attachments'];
		$this->assertStringStartsWith( rest_url( 'storedesk/v1/attachments/' . $mine ) . '?', $listed[0]['url'] );
		unset( $listed[0]['url'] );
		$this->assertSame(
			array(
				array(
					'id'   => $mine,
					'name' => 'label.pdf',
					'mime' => 'application/pdf',
					'size' => strlen( $this->pdf() ),
				),
			),
			$listed
		);
		$this->assertMatchesSchema( $this->published_schema( $path ), $sent->get_data() );
		$again = $this->rest( 'POST', $path, array( 'kind' => 'note', 'body' => 'Same file again.', 'attachments' => array( $mine ) ) );
		$this->assertStatus( 400, $again, 'an upload is sent once' );
		$thread = $this->rest( 'GET', $path )->get_data();
		$this->assertSame( array( $mine ), wp_list_pluck( end( $thread )['attachments'], 'id' ) );
		$this->assertSame( array(), $thread[0]['attachments'] );
		foreach ( $thread as $item ) {
			$this->assertMatchesSchema( $this->published_schema( $path ), $item );
		}
	}

	/** A file is a whole reply without a word; an empty reply without one is still refused. */
	public function test_a_file_alone_is_a_reply(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket()->id();
		$path   = "/storedesk/v1/tickets/{$ticket}/messages";
		$empty  = $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => '<p> </p>' ) );
		$this->assertStatus( 400, $empty );
		$this->assertSame( 'storedesk_empty_message', $empty->get_data()['code'] );
		$label = $this->uploaded( $ticket, 'label.pdf', $this->pdf() );
		$sent  = $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => '', 'attachments' => array( $label ) ) );
		$this->assertStatus( 201, $sent );
		$this->assertSame( '', $sent->get_data()['body'] );
		$this->assertSame( array( $label ), wp_list_pluck( $sent->get_data()['attachments'], 'id' ) );
	}

	/** Downloads carry the right type, disposition and nosniff, and stream the bytes. */
	public function test_download_headers_and_body(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket()->id();
		$cases  = array(
			array( 'crack.png', $this->png(), 'image/png', 'inline' ),
			array( 'label.pdf', $this->pdf(), 'application/pdf', 'inline' ),
			array( 'notes.txt', "plain\n", 'text/plain', 'attachment' ),
		);
		foreach ( $cases as list( $name, $content, $mime, $disposition ) ) {
			$id       = $this->uploaded( $ticket, $name, $content );
			$request  = new WP_REST_Request( 'GET', "/storedesk/v1/attachments/{$id}" );
			$response = rest_do_request( $request );
			$this->assertInstanceOf( FileResponse::class, $response );
			$headers = $response->get_headers();
			$this->assertSame( $mime, $headers['Content-Type'] );
			$this->assertSame( $disposition . '; filename="' . $name . '"; filename*=UTF-8\'\'' . rawurlencode( $name ), $headers['Content-Disposition'] );
			$this->assertSame( 'nosniff', $headers['X-Content-Type-Options'] );
			$this->assertSame( (string) strlen( $content ), $headers['Content-Length'] );
			ob_start();
			$served = $this->service( AttachmentsController::class )->serve_file( false, $response, $request );
			$this->assertSame( $content, ob_get_clean() );
			$this->assertTrue( $served );
			ob_start();
			$this->service( AttachmentsController::class )->serve_file( false, $response, new WP_REST_Request( 'HEAD', "/storedesk/v1/attachments/{$id}" ) );
			$this->assertSame( '', ob_get_clean(), 'HEAD sends no body' );
		}
		$this->assertStringContainsString( 'sandbox', $headers['Content-Security-Policy'] );
		$this->assertFalse( $this->service( AttachmentsController::class )->serve_file( false, rest_ensure_response( array() ), $request ), 'other responses stay JSON' );
	}

	/** The file is stored privately: random name, no extension, guarded folder, never a public URL. */
	public function test_file_is_not_at_a_public_url(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$id       = $this->uploaded( $this->ticket()->id(), 'passport-scan.png' );
		$stored   = $this->service( AttachmentRepository::class )->find( $id );
		$storage  = new AttachmentStorage();
		$uploads  = wp_upload_dir( null, false );
		$absolute = $storage->absolute( $stored->path );
		$this->assertMatchesRegularExpression( '#^\d{4}/\d{2}/[0-9a-f]{32}$#', $stored->path, 'random name, no extension, no original name' );
		$this->assertFileExists( $absolute );
		$this->assertStringStartsWith( trailingslashit( $uploads['basedir'] ) . 'storedesk-private/', $absolute, 'inside uploads, so offload plugins see it' );
		$this->assertStringContainsString( 'Require all denied', (string) file_get_contents( $storage->base_dir() . '/.htaccess' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->assertStringContainsString( 'Deny from all', (string) file_get_contents( $storage->base_dir() . '/.htaccess' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->assertFileExists( $storage->base_dir() . '/index.php' );
		$json = (string) wp_json_encode( $this->rest( 'GET', '/storedesk/v1/attachments/' . $id, array( '_envelope' => 1 ) )->get_data() );
		$this->assertStringNotContainsString( $stored->path, $json );
		$this->assertStringNotContainsString( $uploads['baseurl'], $json );
		$this->assertNull( $storage->absolute( '../../wp-config.php' ), 'stored paths cannot leave the folder' );
		// Two uploads of the same name never share a stored name.
		$second = $this->service( AttachmentRepository::class )->find( $this->uploaded( $this->ticket()->id(), 'passport-scan.png' ) );
		$this->assertNotSame( $stored->path, $second->path );
	}
}
