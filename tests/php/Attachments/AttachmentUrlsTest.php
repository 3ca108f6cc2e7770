<?php
/**
 * Signed download URLs.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Attachments;

use Storedesk\Attachments\AttachmentUrls;
use Storedesk\Rest\FileResponse;
use Storedesk\Tests\TestCase;

/**
 * A signed URL opens one attachment without login until it expires;
 * changing any part of it breaks it.
 */
class AttachmentUrlsTest extends TestCase {

	use AttachmentTestHelpers;

	/** Deletes what the test uploaded. */
	protected function tearDown(): void {
		$this->remove_tmp_files();
		parent::tearDown();
	}

	/**
	 * GET of a download URL as the current user.
	 *
	 * @param string $url Full URL.
	 */
	private function get_url( string $url ): \WP_REST_Response {
		$request = $this->request_for( $url );
		return $this->rest( 'GET', $request->get_route(), $request->get_query_params() );
	}

	/** Anonymous holders of a signed URL download; tampered or expired ones are refused. */
	public function test_signed_urls(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket()->id();
		$id     = $this->uploaded( $ticket );
		$this->rest( 'POST', "/storedesk/v1/tickets/{$ticket}/messages", array( 'kind' => 'reply', 'body' => 'Photo.', 'attachments' => array( $id ) ) );
		$urls   = $this->service( AttachmentUrls::class );
		$signed = $urls->signed( $id, HOUR_IN_SECONDS );
		wp_set_current_user( 0 );
		$this->assertStringStartsWith( rest_url( 'storedesk/v1/attachments/' . $id ), $signed );
		$ok = rest_do_request( $this->request_for( $signed ) );
		$this->assertInstanceOf( FileResponse::class, $ok );
		$this->assertSame( 'image/png', $ok->get_headers()['Content-Type'] );
		$other = $this->uploaded_as_other( $ticket );
		$this->assertStatus( 403, $this->get_url( str_replace( "/attachments/{$id}", "/attachments/{$other}", $signed ) ), 'a signature fits one attachment' );
		$this->assertStatus( 403, $this->get_url( preg_replace( '/expires=(\d+)/', 'expires=' . ( time() + YEAR_IN_SECONDS ), $signed ) ), 'the expiry is signed' );
		$this->assertStatus( 403, $this->get_url( $urls->signed( $id, 60, time() - 120 ) ), 'expired' );
		$this->assertStatus( 401, $this->get_url( $urls->url( $id ) ), 'no signature, no login' );
		$this->assertFalse( $urls->verify( $id, time() + 60, str_repeat( 'A', 43 ) ) );
		$this->assertLessThanOrEqual( time() + AttachmentUrls::MAX_TTL, (int) wp_parse_args( (string) wp_parse_url( $urls->signed( $id, 10 * YEAR_IN_SECONDS ), PHP_URL_QUERY ) )['expires'] );
	}

	/**
	 * A request for a full URL.
	 *
	 * @param string $url URL.
	 */
	private function request_for( string $url ): \WP_REST_Request {
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		unset( $query['rest_route'] );
		$this->assertSame( 1, preg_match( '#/attachments/(\d+)#', rawurldecode( $url ), $m ) );
		$request = new \WP_REST_Request( 'GET', '/storedesk/v1/attachments/' . $m[1] );
		$request->set_query_params( $query );
		return $request;
	}

	/**
	 * Another attachment on the same ticket.
	 *
	 * @param int $ticket Ticket.
	 */
	private function uploaded_as_other( int $ticket ): int {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$id = $this->uploaded( $ticket, 'other.png' );
		wp_set_current_user( 0 );
		return $id;
	}
}
