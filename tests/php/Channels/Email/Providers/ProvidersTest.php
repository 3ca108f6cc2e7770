<?php
/**
 * Inbound mail from Postmark, Mailgun, SendGrid and Amazon SES.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Providers;

use Storedesk\Channels\Email\EmailChannel;
use Storedesk\Channels\Email\Providers\Mailgun;
use Storedesk\Channels\Email\Providers\Ses;
use Storedesk\Messages\MessageRepository;
use Storedesk\Settings\Secrets;
use Storedesk\Settings\Settings;
use Storedesk\Tests\TestCase;
use WP_REST_Request;

/**
 * Each provider's documented payload becomes the same conversation an
 * email by IMAP would, and each refuses a call without its proof.
 */
class ProvidersTest extends TestCase {

	/** Sets the inbound key and Mailgun's signing key. */
	protected function setUp(): void {
		parent::setUp();
		$this->service( Secrets::class )->set( EmailChannel::INBOUND_KEY, 'in-key-123' );
		$this->service( Secrets::class )->set( Mailgun::SECRET, 'mg-signing-key' );
	}

	/**
	 * Posts to a provider's address.
	 *
	 * @param string $path    After /channels/email/inbound/.
	 * @param string $type    Content-Type.
	 * @param string $body    Raw body (JSON, or empty for form fields).
	 * @param array  $fields  Form fields.
	 * @param array  $headers Headers.
	 */
	private function call( string $path, string $type, string $body = '', array $fields = array(), array $headers = array() ): array {
		$parts   = explode( '?', $path, 2 );
		$request = new WP_REST_Request( 'POST', '/storedesk/v1/channels/email/inbound/' . $parts[0] );
		wp_parse_str( $parts[1] ?? '', $query );
		$request->set_query_params( $query );
		$request->set_header( 'Content-Type', $type );
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		if ( '' !== $body ) {
			$request->set_body( $body );
		}
		$request->set_body_params( $fields );
		$response = rest_do_request( $request );
		return array( $response->get_status(), json_decode( (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ), true ) );
	}

	/**
	 * The stored message of a Message-ID.
	 *
	 * @param string $id Message-ID.
	 */
	private function stored( string $id ): \Storedesk\Messages\Message {
		$message = $this->service( MessageRepository::class )->find_by_external( 'email', $id );
		$this->assertNotNull( $message, "{$id} stored" );
		return $message;
	}

	/** A raw message. */
	private static function raw( string $id, string $text, string $from = 'kim@example.test' ): string {
		return "From: Kim <{$from}>\r\nTo: support@shop.test\r\nSubject: Broken zip\r\nMessage-ID: <{$id}>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{$text}\r\n";
	}

	/** Postmark's JSON (as its documentation shows it), rebuilt: headers, both bodies, an inline image and a file. */
	public function test_postmark_json(): void {
		$json                  = array(
			'FromName'          => 'Ayşe Yılmaz',
			'From'              => 'ayse@example.test',
			'FromFull'          => array(
				'Email'       => 'ayse@example.test',
				'Name'        => 'Ayşe Yılmaz',
				'MailboxHash' => '',
			),
			'To'                => 'support@shop.test',
			'ToFull'            => array(
				array(
					'Email'       => 'support@shop.test',
					'Name'        => '',
					'MailboxHash' => '',
				),
			),
			'Cc'                => '"Can" <can@example.test>',
			'Subject'           => 'Kargo nerede?',
			'MessageID'         => '73e6d360-66eb-11e1-8e72-a8904824019b',
			'Date'              => 'Fri, 1 Aug 2026 16:45:32 -04:00',
			'TextBody'          => "Siparişim gelmedi.\n\nOn Mon, Shop wrote:\n> Thanks",
			'HtmlBody'          => '<p>Siparişim <b>gelmedi</b>.</p><img src="cid:photo1">',
			'StrippedTextReply' => 'Siparişim gelmedi.',
			'Headers'           => array(
				array(
					'Name'  => 'Message-ID',
					'Value' => '<ayse-1@example.test>',
				),
				array(
					'Name'  => 'X-Spam-Status',
					'Value' => 'No',
				),
				array(
					'Name'  => 'Content-Type',
					'Value' => 'multipart/mixed; boundary="x"',
				),
			),
			'Attachments'       => array(
				array(
					'Name'          => 'receipt.txt',
					'Content'       => base64_encode( 'Order 4471' ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
					'ContentType'   => 'text/plain',
					'ContentLength' => 10,
				),
				array(
					'Name'        => 'photo.png',
					'Content'     => base64_encode( (string) file_get_contents( ABSPATH . 'wp-admin/images/w-logo-blue.png' ) ), // phpcs:ignore
					'ContentType' => 'image/png',
					'ContentID'   => 'photo1',
				),
			),
		);
		list( $status, $data ) = $this->call( 'postmark?key=in-key-123', 'application/json', (string) wp_json_encode( $json ) );
		$this->assertSame( 200, $status, (string) wp_json_encode( $data ) );
		$this->assertSame( 'ayse-1@example.test', $data['received'][0]['external_id'], 'the original Message-ID, not Postmark\'s' );
		$message = $this->stored( 'ayse-1@example.test' );
		$this->assertStringContainsString( 'Siparişim <b>gelmedi</b>', $message->body );
		$this->assertSame( array( 'can@example.test' ), $message->meta['cc'] );
		$ticket = $this->rest_as_manager( 'GET', '/storedesk/v1/tickets/' . $message->ticket_id );
		$this->assertSame( 'Kargo nerede?', $ticket['subject'] );
		$this->assertSame( 'Ayşe Yılmaz', $ticket['contact']['name'] );
		$thread = $this->rest_as_manager( 'GET', '/storedesk/v1/tickets/' . $message->ticket_id . '/messages' );
		$files  = array_column( (array) end( $thread )['attachments'], 'name' );
		sort( $files );
		$this->assertSame( array( 'photo.png', 'receipt.txt' ), $files );
		// Postmark retries a post it got no 200 for: stored once.
		list( , $again ) = $this->call( 'postmark', 'application/json', (string) wp_json_encode( $json ) );
		$this->assertSame( 'storedesk_bad_signature', $again['code'], 'no key, no entry' );
		list( , $again ) = $this->call( 'postmark?key=in-key-123', 'application/json', (string) wp_json_encode( $json ) );
		$this->assertTrue( $again['received'][0]['duplicate'] );
	}

	/** Mailgun: a good signature once; a wrong, an old or a replayed one refused. */
	public function test_mailgun_signature(): void {
		$sign                  = static fn( int $time, string $token ) => array(
			'timestamp' => (string) $time,
			'token'     => $token,
			'signature' => hash_hmac( 'sha256', $time . $token, 'mg-signing-key' ),
		);
		$fields                = $sign( time(), str_repeat( 'a', 50 ) ) + array( 'body-mime' => self::raw( 'mg-1@example.test', 'Zip broke on day one.' ) );
		list( $status, $data ) = $this->call( 'mailgun/mime', 'multipart/form-data', '', $fields );
		$this->assertSame( 200, $status, (string) wp_json_encode( $data ) );
		$this->assertSame( 'Zip broke on day one.', $this->stored( 'mg-1@example.test' )->body );
		$this->assertSame( 401, $this->call( 'mailgun/mime', 'multipart/form-data', '', $fields )[0], 'a replayed token' );
		$old = $sign( time() - 3600, str_repeat( 'b', 50 ) ) + array( 'body-mime' => self::raw( 'mg-2@example.test', 'x' ) );
		$this->assertSame( 401, $this->call( 'mailgun/mime', 'multipart/form-data', '', $old )[0], 'an old signature' );
		$forged              = $sign( time(), str_repeat( 'c', 50 ) ) + array( 'body-mime' => self::raw( 'mg-3@example.test', 'x' ) );
		$forged['signature'] = hash_hmac( 'sha256', $forged['timestamp'] . $forged['token'], 'guess' );
		$this->assertSame( 401, $this->call( 'mailgun/mime', 'multipart/form-data', '', $forged )[0] );
		$no_mime               = $sign( time(), str_repeat( 'd', 50 ) );
		list( $status, $data ) = $this->call( 'mailgun', 'multipart/form-data', '', $no_mime );
		$this->assertSame( array( 400, 'storedesk_bad_payload' ), array( $status, $data['code'] ), 'a route that posts parsed fields says what to change' );
	}

	/** SendGrid's raw Inbound Parse, with the key in the address. */
	public function test_sendgrid_raw(): void {
		$fields = array(
			'email'    => self::raw( 'sg-1@example.test', 'Sent via SendGrid.' ),
			'to'       => 'support@shop.test',
			'envelope' => '{"to":["support@shop.test"],"from":"kim@example.test"}',
		);
		$this->assertSame( 401, $this->call( 'sendgrid?key=nope', 'multipart/form-data', '', $fields )[0] );
		$this->assertSame( 200, $this->call( 'sendgrid?key=in-key-123', 'multipart/form-data', '', $fields )[0] );
		$this->assertSame( 'Sent via SendGrid.', $this->stored( 'sg-1@example.test' )->body );
	}

	/** SES through SNS: a signed notification, a forged one, another topic, and the subscription confirmed by a job. */
	public function test_ses_through_sns(): void {
		$topic = 'arn:aws:sns:eu-west-1:123456789012:storedesk-inbound';
		Settings::update( array( 'channel_email' => array( 'ses_topic_arn' => $topic ) ) );
		$key  = openssl_pkey_new(
			array(
				'private_key_bits' => 2048,
				'private_key_type' => OPENSSL_KEYTYPE_RSA,
			)
		);
		$cert = openssl_csr_sign( openssl_csr_new( array( 'commonName' => 'sns.amazonaws.com' ), $key ), null, $key, 1 );
		openssl_x509_export( $cert, $pem );
		$cert_url = 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-test.pem';
		$fetched  = array();
		$serve    = static function ( $pre, $args, $url ) use ( $pem, $cert_url, &$fetched ) {
			$fetched[] = $url;
			return array(
				'headers'  => array(),
				'body'     => $url === $cert_url ? $pem : '',
				'response' => array(
					'code'    => 200,
					'message' => 'OK',
				),
				'cookies'  => array(),
			);
		};
		add_filter( 'pre_http_request', $serve, 10, 3 );
		$sign                  = static function ( array $note ) use ( $key, $cert_url ) {
			$fields = 'Notification' === $note['Type'] ? array( 'Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type' ) : array( 'Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type' );
			$signed = '';
			foreach ( $fields as $field ) {
				if ( isset( $note[ $field ] ) ) {
					$signed .= $field . "\n" . $note[ $field ] . "\n";
				}
			}
			openssl_sign( $signed, $signature, $key, OPENSSL_ALGO_SHA256 );
			return $note + array(
				'SignatureVersion' => '2',
				'Signature'        => base64_encode( $signature ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
				'SigningCertURL'   => $cert_url,
			);
		};
		$raw                   = self::raw( 'ses-1@example.test', 'Through SES.' );
		$note                  = $sign(
			array(
				'Type'      => 'Notification',
				'MessageId' => 'a1b2',
				'TopicArn'  => $topic,
				'Subject'   => 'Amazon SES Email Receipt Notification',
				'Message'   => (string) wp_json_encode(
					array(
						'notificationType' => 'Received',
						'mail'             => array( 'messageId' => 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1' ),
						'receipt'          => array(
							'action' => array(
								'type'     => 'SNS',
								'encoding' => 'BASE64',
							),
						),
						'content'          => base64_encode( $raw ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
					)
				),
				'Timestamp' => gmdate( 'Y-m-d\TH:i:s.000\Z' ),
			)
		);
		list( $status, $data ) = $this->call( 'ses', 'text/plain; charset=UTF-8', (string) wp_json_encode( $note ) );
		$this->assertSame( 200, $status, (string) wp_json_encode( $data ) );
		$this->assertSame( 'Through SES.', $this->stored( 'ses-1@example.test' )->body );
		$this->assertSame( array( $cert_url ), $fetched, 'the certificate, from Amazon\'s host' );

		$forged            = $note;
		$forged['Message'] = str_replace( 'BASE64', 'base64', $forged['Message'] );
		$this->assertSame( 401, $this->call( 'ses', 'text/plain', (string) wp_json_encode( $forged ) )[0], 'a changed message' );
		$elsewhere                   = $note;
		$elsewhere['SigningCertURL'] = 'https://attacker.example/cert.pem';
		$this->assertSame( 401, $this->call( 'ses', 'text/plain', (string) wp_json_encode( $elsewhere ) )[0], 'a certificate from another host' );
		$other             = $note;
		$other['TopicArn'] = 'arn:aws:sns:eu-west-1:999999999999:theirs';
		$this->assertSame( 401, $this->call( 'ses', 'text/plain', (string) wp_json_encode( $sign( array_diff_key( $other, array_flip( array( 'Signature', 'SignatureVersion', 'SigningCertURL' ) ) ) ) ) )[0], 'another topic, even signed' );

		$subscribe             = 'https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=' . rawurlencode( $topic ) . '&Token=tok';
		$confirm               = $sign(
			array(
				'Type'         => 'SubscriptionConfirmation',
				'MessageId'    => 'c3d4',
				'Token'        => 'tok',
				'TopicArn'     => $topic,
				'Message'      => 'You have chosen to subscribe to the topic.',
				'SubscribeURL' => $subscribe,
				'Timestamp'    => gmdate( 'Y-m-d\TH:i:s.000\Z' ),
			)
		);
		list( $status, $data ) = $this->call( 'ses', 'text/plain', (string) wp_json_encode( $confirm ) );
		$this->assertSame( array( 200, array() ), array( $status, $data['received'] ) );
		$this->assertNotContains( $subscribe, $fetched, 'not confirmed inside the request' );
		$this->run_jobs();
		$this->assertContains( $subscribe, $fetched, 'confirmed by the job' );
		remove_filter( 'pre_http_request', $serve, 10 );
	}

	/**
	 * A REST call as a manager, its data.
	 *
	 * @param string $method Method.
	 * @param string $path   Path.
	 */
	private function rest_as_manager( string $method, string $path ): array {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$data = $this->rest( $method, $path )->get_data();
		wp_set_current_user( 0 );
		return $data;
	}
}
