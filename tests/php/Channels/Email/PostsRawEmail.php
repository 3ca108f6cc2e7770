<?php
/**
 * Posting raw email to the email channel, as an MTA pipe does.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email;

use Storedesk\Channels\Email\EmailChannel;
use Storedesk\Settings\Secrets;
use WP_REST_Request;
use WP_REST_Response;

/**
 * The inbound key, and one request per raw message.
 */
trait PostsRawEmail {

	/** Sets the inbound key (call from setUp). */
	protected function open_inbound(): void {
		$this->service( Secrets::class )->set( EmailChannel::INBOUND_KEY, 'inbound-test-key-123' );
	}

	/**
	 * Posts a raw message as a pipe would.
	 *
	 * @param string      $raw Raw message.
	 * @param string|null $key Inbound key, null for none.
	 */
	protected function post( string $raw, ?string $key = 'inbound-test-key-123' ): WP_REST_Response {
		$request = new WP_REST_Request( 'POST', '/storedesk/v1/channels/email/webhook' );
		$request->set_header( 'Content-Type', 'message/rfc822' );
		if ( null !== $key ) {
			$request->set_header( 'X-Storedesk-Key', $key );
		}
		$request->set_body( $raw );
		$response = rest_do_request( $request );
		$response->set_data( json_decode( (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ), true ) );
		return $response;
	}

	/**
	 * The outcome of one posted message.
	 *
	 * @param string $raw Raw message.
	 * @return array{ticket_id?: int, message_id?: int, duplicate?: bool, error?: string}
	 */
	protected function receive( string $raw ): array {
		$res = $this->post( $raw );
		$this->assertStatus( 200, $res );
		return $res->get_data()['received'][0];
	}

	/**
	 * A plain email.
	 *
	 * @param string $from    Sender.
	 * @param string $id      Message-ID without brackets.
	 * @param string $text    Text.
	 * @param string $headers More header lines, each ending in CRLF.
	 */
	protected static function mail( string $from, string $id, string $text, string $headers = '' ): string {
		return "From: {$from}\r\nTo: support@shop.test\r\nSubject: Where is my lamp?\r\nMessage-ID: <{$id}>\r\n{$headers}Content-Type: text/plain; charset=UTF-8\r\n\r\n{$text}\r\n";
	}
}
