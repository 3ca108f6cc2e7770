<?php
/**
 * Shoppers' files: with the contact form, with portal replies, and back.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Attachments\AttachmentUrls;
use Storedesk\Messages\MessageRepository;
use Storedesk\Rest\FileResponse;
use Storedesk\Settings\Settings;
use Storedesk\Storefront\ShopperUploads;
use Storedesk\Tests\Attachments\AttachmentTestHelpers;
use Storedesk\Tickets\TicketRepository;

/**
 * Files arrive with the text they belong to and are stored with it or not
 * at all; shoppers get their thread's files back through signed URLs and
 * nothing else; anonymous uploads are rate limited.
 */
class ShopperUploadsTest extends StoreTestCase {

	use AttachmentTestHelpers;
	use ShopperFiles;

	/** Notes the files on disk. */
	protected function setUp(): void {
		parent::setUp();
		$this->note_disk();
	}

	/** Deletes stored and temporary files. */
	protected function tearDown(): void {
		$this->clean_disk();
		$this->remove_tmp_files();
		parent::tearDown();
	}

	/** Rows and files a submission or reply writes. */
	private function state(): array {
		$rows = array_map( fn( $t ) => $this->rows( $t ), array_combine( array( 'ticket_index', 'messages', 'contacts', 'attachments' ), array( 'ticket_index', 'messages', 'contacts', 'attachments' ) ) );
		return $rows + array( 'files on disk' => count( $this->disk() ) );
	}

	/** The form with a PNG and a PDF stores ticket, message and both files together. */
	public function test_form_submission_stores_ticket_message_and_files(): void {
		$before   = $this->state();
		$response = $this->store_files( '/tickets', $this->submission(), array( array( 'crack.png', $this->png() ), array( 'receipt.pdf', $this->pdf() ) ) );
		$this->assertStatus( 201, $response );
		$id    = $response->get_data()['id'];
		$after = $this->state();
		$this->assertSame( 1, $after['ticket_index'] - $before['ticket_index'] );
		$this->assertSame( 2, $after['attachments'] - $before['attachments'] );
		$this->assertSame( 2, $after['files on disk'] - $before['files on disk'] );
		$ticket = $this->service( TicketRepository::class )->find( $id );
		$first  = $this->service( MessageRepository::class )->thread( $id )[0][0];
		$files  = $this->service( AttachmentRepository::class )->for_message( $first->id );
		$this->assertSame( array( 'crack.png', 'receipt.pdf' ), array_map( static fn( $a ) => $a->name, $files ) );
		$this->assertSame( array( 'image/png', 'application/pdf' ), array_map( static fn( $a ) => $a->mime, $files ) );
		foreach ( $files as $file ) {
			$this->assertSame( $ticket->contact_id(), $file->contact_id, 'uploaded by the customer' );
			$this->assertSame( 0, $file->user_id );
		}
		$this->assertArrayHasKey( 'RateLimit-Remaining', $response->get_headers() );

		// The agent sees them on the message, with the agents' download route.
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$thread = $this->rest( 'GET', "/storedesk/v1/tickets/{$id}/messages" )->get_data();
		$this->assertSame( array( 'crack.png', 'receipt.pdf' ), array_column( $thread[0]['attachments'], 'name' ) );
		$this->assertInstanceOf( FileResponse::class, $this->download( $thread[0]['attachments'][0]['url'] ) );

		// The guest sees them in the portal with signed links that work without login.
		wp_set_current_user( 0 );
		$mine = $this->store( 'GET', "/tickets/{$id}", array(), $this->token( $id ) );
		$this->assertMatchesSchema( $this->published_schema( self::API . '/tickets/' . $id ), $mine->get_data() );
		$listed = $mine->get_data()['messages'][0]['attachments'];
		$this->assertSame( array( 'crack.png', 'receipt.pdf' ), array_column( $listed, 'name' ) );
		$this->assertStringContainsString( 'signature=', $listed[0]['url'] );
		$png = $this->download( $listed[0]['url'] );
		$this->assertInstanceOf( FileResponse::class, $png );
		$this->assertSame( 'image/png', $png->get_headers()['Content-Type'] );
		$this->assertSame( 5, $mine->get_data()['upload']['max_files'] );
	}

	/** A bad type, an oversize file or too many files refuse the whole submission; nothing is stored. */
	public function test_refused_files_refuse_the_submission(): void {
		Settings::update( array( 'attachment_max_mb' => 1 ) );
		$cases = array(
			'type'      => array( array( array( 'ok.png', $this->png() ), array( 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>' ) ), 'storedesk_attachment_type', 'logo.svg: This type of file cannot be attached.' ),
			'disguised' => array( array( array( 'photo.png', '<html><script>alert(1)</script></html>' ) ), 'storedesk_attachment_type', 'photo.png: ' ),
			'oversize'  => array( array( array( 'huge.png', $this->png() . str_repeat( 'x', MB_IN_BYTES ) ) ), 'storedesk_attachment_too_large', 'huge.png: The file is larger than 1 MB.' ),
			'php limit' => array( array( array( 'big.pdf', $this->pdf(), UPLOAD_ERR_INI_SIZE ) ), 'storedesk_attachment_too_large', 'big.pdf: The file is larger than' ),
			'too many'  => array( array_fill( 0, 6, array( 'one.png', $this->png() ) ), 'storedesk_too_many_attachments', 'Attach at most 5 files.' ),
		);
		foreach ( $cases as $case => list( $files, $code, $message ) ) {
			$before   = $this->state();
			$response = $this->store_files( '/tickets', $this->submission(), $files );
			$this->assertStatus( 400, $response );
			$data = $response->get_data();
			$this->assertSame( 'storedesk_invalid_fields', $data['code'], $case );
			$this->assertSame( $code, $data['data']['attachment_code'], $case );
			$this->assertSame( array( 'attachments' ), array_keys( $data['data']['fields'] ), $case );
			$this->assertStringStartsWith( $message, $data['data']['fields']['attachments'], $case );
			$this->assertSame( $before, $this->state(), "{$case}: something was stored" );
		}

		// Every problem at once: the text fields' and the files'.
		$both = $this->store_files( '/tickets', $this->submission( array( 'subject' => '' ) ), array( array( 'run.exe', 'MZ' ) ) );
		$this->assertStatus( 400, $both );
		$this->assertEqualsCanonicalizing( array( 'subject', 'attachments' ), array_keys( $both->get_data()['data']['fields'] ) );

		// A body PHP dropped for its size gets one clear answer, not "enter your name".
		Settings::update( array( 'attachment_max_mb' => 10 ) );
		$request = new \WP_REST_Request( 'POST', self::API . '/tickets' );
		$request->set_header( 'Content-Length', (string) ( wp_convert_hr_to_bytes( (string) ini_get( 'post_max_size' ) ) + 1 ) );
		$dropped = rest_do_request( $request );
		$this->assertSame( 413, $dropped->get_status() );
		$this->assertSame( 'storedesk_request_too_large', $dropped->as_error()->get_error_code() );
		$this->assertSame( array( 'attachments' ), array_keys( $dropped->as_error()->get_error_data()['fields'] ) );

		// Turned off: files are refused, text alone still works.
		Settings::update( array( 'attachment_max_files' => 0 ) );
		$off = $this->store_files( '/tickets', $this->submission(), array( array( 'ok.png', $this->png() ) ) );
		$this->assertSame( 'storedesk_attachments_off', $off->get_data()['data']['attachment_code'] );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets', $this->submission() ) );
	}

	/** When a later file fails while being stored, the files stored before it are removed with the rollback. */
	public function test_failure_while_storing_removes_stored_files(): void {
		$uploads = $this->service( ShopperUploads::class );
		$ticket  = $this->ticket();
		$request = new \WP_REST_Request( 'POST', self::API . '/tickets' );
		$good    = $this->temp_file( $this->png() );
		$gone    = $this->temp_file( $this->pdf() );
		$request->set_file_params(
			array(
				'attachments' => array(
					'name'     => array( 'a.png', 'b.pdf' ),
					'type'     => array( '', '' ),
					'tmp_name' => array( $good, $gone ),
					'error'    => array( UPLOAD_ERR_OK, UPLOAD_ERR_OK ),
					'size'     => array( 1, 1 ),
				),
			)
		);
		$files = $uploads->from_request( $request );
		$this->assertCount( 2, $files );
		file_put_contents( $gone, '<html><script>alert(1)</script></html>' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- changes between the check and the write.
		$before = $this->state();
		$result = $uploads->with_message(
			$files,
			fn() => $this->service( MessageRepository::class )->add( $ticket->id(), array( 'kind' => 'customer', 'contact_id' => $ticket->contact_id(), 'body' => 'With files.', 'format' => 'text', 'channel' => 'form' ) )
		);
		$this->assertWPError( $result );
		$this->assertSame( $before, $this->state(), 'message, rows and the first file are gone' );
	}

	/**
	 * A temporary file with content.
	 *
	 * @param string $content Bytes.
	 */
	private function temp_file( string $content ): string {
		$tmp = (string) tempnam( sys_get_temp_dir(), 'storedesk-shopper' );
		file_put_contents( $tmp, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->temp_uploads[] = $tmp;
		return $tmp;
	}

	/**
	 * Asserts a value is a WP_Error.
	 *
	 * @param mixed $value Value.
	 */
	private function assertWPError( $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
	}

	/** Replies carry files for the ticket's owner or token holder only; a token for A attaches nothing to B. */
	public function test_replies_with_files_only_on_the_callers_ticket(): void {
		$a     = $this->ticket();
		$b     = $this->ticket();
		$token = $this->token( $a->id() );
		$reply = $this->store_files( '/tickets/' . $a->id() . '/messages', array( 'body' => 'The label, as asked.' ), array( array( 'label.pdf', $this->pdf() ) ), $token );
		$this->assertStatus( 201, $reply );
		$this->assertSame( array( 'label.pdf' ), array_column( $reply->get_data()['attachments'], 'name' ) );
		$this->assertInstanceOf( FileResponse::class, $this->download( $reply->get_data()['attachments'][0]['url'] ) );
		$stored = $this->service( AttachmentRepository::class )->find( $reply->get_data()['attachments'][0]['id'] );
		$this->assertSame( array( $a->id(), $a->contact_id(), $reply->get_data()['id'] ), array( $stored->ticket_id, $stored->contact_id, $stored->message_id ) );

		$before = $this->state();
		$this->assertStatus( 404, $this->store_files( '/tickets/' . $b->id() . '/messages', array( 'body' => 'Sneaky.' ), array( array( 'x.png', $this->png() ) ), $token ) );
		$this->assertStatus( 401, $this->store_files( '/tickets/' . $b->id() . '/messages', array( 'body' => 'Sneaky.' ), array( array( 'x.png', $this->png() ) ) ) );
		$this->assertStatus( 401, $this->store_files( '/tickets/' . $b->id() . '/messages', array( 'body' => 'Sneaky.' ), array( array( 'x.png', $this->png() ) ), $token . 'x' ) );
		$bad = $this->store_files( '/tickets/' . $a->id() . '/messages', array( 'body' => '' ), array( array( 'x.svg', '<svg/>' ) ), $token );
		$this->assertStatus( 400, $bad );
		$this->assertEqualsCanonicalizing( array( 'body', 'attachments' ), array_keys( $bad->get_data()['data']['fields'] ) );
		$this->assertSame( $before, $this->state(), 'refused replies store nothing' );
		$empty = $this->store_files( '/tickets/' . $a->id() . '/messages', array( 'body' => '  ' ), array(), $token );
		$this->assertStatus( 400, $empty );
		$this->assertSame( array( 'body' => 'Please write your reply or attach a file.' ), $empty->get_data()['data']['fields'] );
		$photo = $this->store_files( '/tickets/' . $a->id() . '/messages', array( 'body' => '' ), array( array( 'only-a-photo.png', $this->png() ) ), $token );
		$this->assertStatus( 201, $photo, 'a file alone is a reply' );
		$this->assertSame( array( 'only-a-photo.png' ), array_column( $photo->get_data()['attachments'], 'name' ) );

		// A logged-in customer attaches to their own ticket, not to someone else's.
		list( $user, $own ) = $this->customer_with_ticket();
		wp_set_current_user( $user );
		$this->assertStatus( 201, $this->store_files( '/tickets/' . $own->id() . '/messages', array( 'body' => 'Photo.' ), array( array( 'p.png', $this->png() ) ) ) );
		$before = $this->state();
		$this->assertStatus( 404, $this->store_files( '/tickets/' . $a->id() . '/messages', array( 'body' => 'Photo.' ), array( array( 'p.png', $this->png() ) ) ) );
		$this->assertSame( $before, $this->state() );
	}

	/** The thread lists the files of customer messages and replies, never a note's; links fit one file and expire. */
	public function test_downloads_only_through_the_callers_thread(): void {
		$a = $this->store_files( '/tickets', $this->submission(), array( array( 'mine.png', $this->png() ) ) )->get_data()['id'];
		$b = $this->store_files( '/tickets', $this->submission(), array( array( 'theirs.png', $this->png() ) ) )->get_data()['id'];
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$note_file  = $this->uploaded( $a, 'internal.png' );
		$reply_file = $this->uploaded( $a, 'answer.pdf', $this->pdf() );
		$this->assertStatus( 201, $this->rest( 'POST', "/storedesk/v1/tickets/{$a}/messages", array( 'kind' => 'note', 'body' => 'Supplier fault.', 'attachments' => array( $note_file ) ) ) );
		$this->assertStatus( 201, $this->rest( 'POST', "/storedesk/v1/tickets/{$a}/messages", array( 'kind' => 'reply', 'body' => 'Here is the return label.', 'attachments' => array( $reply_file ) ) ) );
		wp_set_current_user( 0 );

		$token  = $this->token( $a );
		$thread = $this->store( 'GET', "/tickets/{$a}", array(), $token )->get_data();
		$listed = array_merge( ...array_column( $thread['messages'], 'attachments' ) );
		$this->assertSame( array( 'mine.png', 'answer.pdf' ), array_column( $listed, 'name' ), 'the customer file and the reply file, not the note file' );
		$this->assertNotContains( $note_file, array_column( $listed, 'id' ) );
		$this->assertStringNotContainsString( 'internal.png', (string) wp_json_encode( $thread ) );
		$this->assertInstanceOf( FileResponse::class, $this->download( $listed[1]['url'] ), 'the agent reply file downloads' );

		// Ticket B is out of reach with A's token, so none of its links are ever issued.
		$other = $this->store( 'GET', "/tickets/{$b}", array(), $token );
		$this->assertStatus( 404, $other );
		$this->assertStringNotContainsString( 'theirs.png', (string) wp_json_encode( $other->get_data() ) );
		$b_file = $this->service( AttachmentRepository::class )->for_message( $this->service( MessageRepository::class )->thread( $b )[0][0]->id )[0]->id;

		// Without a valid signature nothing downloads: not B's file, not the note's, not with A's signature.
		$urls = $this->service( AttachmentUrls::class );
		$mine = $listed[0]['url'];
		$this->assertStatus( 401, $this->download( $urls->url( $note_file ) ), 'the unsigned route needs an agent' );
		$this->assertStatus( 401, $this->download( $urls->url( $b_file ) ) );
		$this->assertStatus( 403, $this->download( str_replace( '/attachments/' . $listed[0]['id'], '/attachments/' . $note_file, $mine ) ), 'a signature fits one file' );
		$this->assertStatus( 403, $this->download( str_replace( '/attachments/' . $listed[0]['id'], '/attachments/' . $b_file, $mine ) ) );
		$this->assertStatus( 403, $this->download( preg_replace( '/signature=[^&]{4}/', 'signature=AAAA', $mine ) ), 'tampered signature' );
		$this->assertStatus( 403, $this->download( preg_replace( '/expires=\d+/', 'expires=' . ( time() + DAY_IN_SECONDS ), $mine ) ), 'extended expiry' );
		$this->assertStatus( 403, $this->download( $urls->signed( $listed[0]['id'], 60, time() - 2 * HOUR_IN_SECONDS ) ), 'expired' );
		$expires = (int) wp_parse_args( (string) wp_parse_url( $mine, PHP_URL_QUERY ) )['expires'];
		$this->assertLessThanOrEqual( time() + HOUR_IN_SECONDS, $expires, 'portal links last an hour at most' );
	}

	/** Bursts of anonymous uploads get 429 with RateLimit headers, and the form and replies share one upload budget. */
	public function test_upload_bursts_are_rate_limited(): void {
		Settings::update( array( 'rate_limit_ip' => 3, 'rate_limit_email' => 10 ) );
		$ticket = $this->ticket();
		$token  = $this->token( $ticket->id() );
		$png    = array( array( 'burst.png', $this->png() ) );
		$sent   = array(
			$this->store_files( '/tickets', $this->submission(), $png ),
			$this->store_files( '/tickets/' . $ticket->id() . '/messages', array( 'body' => 'One.' ), $png, $token ),
			$this->store_files( '/tickets', $this->submission(), $png ),
		);
		$this->assertSame( array( 201, 201, 201 ), array_map( static fn( $r ) => $r->get_status(), $sent ) );
		$this->assertSame( array( '2', '1', '0' ), array_map( static fn( $r ) => $r->get_headers()['RateLimit-Remaining'], $sent ), 'the tighter budget: uploads from this address' );
		$before  = $this->state();
		$refused = $this->store_files( '/tickets/' . $ticket->id() . '/messages', array( 'body' => 'Two.' ), $png, $token );
		$this->assertStatus( 429, $refused );
		$this->assertSame( 'storedesk_rate_limited', $refused->get_data()['code'] );
		$headers = $refused->get_headers();
		$this->assertSame( '3', $headers['RateLimit-Limit'] );
		$this->assertSame( '0', $headers['RateLimit-Remaining'] );
		$this->assertSame( $headers['RateLimit-Reset'], $headers['Retry-After'] );
		$this->assertSame( $before, $this->state(), 'a limited upload stores nothing' );
		$this->assertStatus( 201, $this->store( 'POST', '/tickets/' . $ticket->id() . '/messages', array( 'body' => 'Text alone still goes.' ), $token ), 'only uploads are used up' );

		// Per email, from ever new addresses.
		Settings::update( array( 'rate_limit_email' => 2 ) );
		$email = 'burst' . wp_rand() . '@example.test';
		$codes = array();
		for ( $i = 0; $i < 3; $i++ ) {
			$_SERVER['REMOTE_ADDR'] = '203.0.113.' . wp_rand( 1, 254 );
			$codes[]                = $this->store_files( '/tickets', $this->submission( array( 'email' => $email ) ), $png )->get_status();
		}
		$this->assertSame( array( 201, 201, 429 ), $codes );
	}
}
