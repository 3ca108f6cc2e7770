<?php
/**
 * Amazon SES receiving, through SNS.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Providers;

use Storedesk\Jobs\Queue;
use Storedesk\Settings\Settings;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * An SES receipt rule with an SNS action publishes each email (up to
 * 150 KB) to a topic, which posts it here. Every post is checked as AWS
 * says: the topic is the one set in Settings, the signing certificate comes
 * over HTTPS from an SNS host, and its key verifies the signature (version
 * 1, SHA1, or 2, SHA256) over the fields SNS signs. The topic's
 * subscription is confirmed by a background job.
 */
class Ses implements InboundProvider {

	/** The job that confirms a subscription; args: its SubscribeURL. */
	public const CONFIRM_JOB = 'storedesk_ses_confirm';

	/** Fields signed, by message type, in the order they are signed. */
	private const SIGNED = array(
		'Notification'             => array( 'Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type' ),
		'SubscriptionConfirmation' => array( 'Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type' ),
		'UnsubscribeConfirmation'  => array( 'Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type' ),
	);

	/**
	 * Builds the provider.
	 *
	 * @param Queue $queue Queues the confirmation.
	 */
	public function __construct( private Queue $queue ) {}

	/** Slug. */
	public function slug(): string {
		return 'ses';
	}

	/**
	 * Checks the topic, the certificate's origin and the signature.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error
	 */
	public function verify( WP_REST_Request $request ) {
		$topic = (string) ( Settings::get( 'channel_email' )['ses_topic_arn'] ?? '' );
		if ( '' === $topic ) {
			return new WP_Error( 'storedesk_inbound_off', __( 'Amazon SES is not set up: set the SNS topic in Settings first.', 'storedesk' ), array( 'status' => 404 ) );
		}
		$note = self::note( $request );
		$type = (string) ( $note['Type'] ?? '' );
		if ( ! isset( self::SIGNED[ $type ] ) || ( $note['TopicArn'] ?? '' ) !== $topic ) {
			return self::refused( __( 'This is not a notice of the SNS topic set in Settings.', 'storedesk' ) );
		}
		$key = $this->public_key( (string) ( $note['SigningCertURL'] ?? '' ) );
		if ( ! $key ) {
			return self::refused( __( 'The SNS signing certificate could not be fetched from Amazon.', 'storedesk' ) );
		}
		$signed = '';
		foreach ( self::SIGNED[ $type ] as $field ) {
			if ( isset( $note[ $field ] ) ) {
				$signed .= $field . "\n" . $note[ $field ] . "\n";
			}
		}
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- the signature is base64.
		$signature = (string) base64_decode( (string) ( $note['Signature'] ?? '' ), true );
		$algorithm = '2' === (string) ( $note['SignatureVersion'] ?? '1' ) ? OPENSSL_ALGO_SHA256 : OPENSSL_ALGO_SHA1;
		return 1 === openssl_verify( $signed, $signature, $key, $algorithm ) ? true : self::refused( __( 'The SNS signature does not match.', 'storedesk' ) );
	}

	/**
	 * The email of a notification; a subscription to confirm queues its confirmation.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return string[]|WP_Error
	 */
	public function messages( WP_REST_Request $request ) {
		$note = self::note( $request );
		if ( 'SubscriptionConfirmation' === $note['Type'] ) {
			$this->queue->push( self::CONFIRM_JOB, array( (string) $note['SubscribeURL'] ) );
			return array();
		}
		if ( 'Notification' !== $note['Type'] ) {
			return array();
		}
		$ses = json_decode( (string) $note['Message'], true );
		if ( ! is_array( $ses ) || 'Received' !== ( $ses['notificationType'] ?? '' ) || ! isset( $ses['content'] ) ) {
			return new WP_Error( 'storedesk_bad_payload', __( 'No email in this notice: give the SES receipt rule an SNS action (which includes the message), not an S3 one.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$raw = (string) $ses['content'];
		if ( 'BASE64' === strtoupper( (string) ( $ses['receipt']['action']['encoding'] ?? '' ) ) ) {
			// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- SES's own encoding.
			$raw = (string) base64_decode( $raw );
		}
		return array( $raw );
	}

	/**
	 * The job: confirms the topic's subscription.
	 *
	 * @param string $url Its SubscribeURL.
	 * @throws \RuntimeException When Amazon does not answer, so the job is tried again.
	 */
	public function confirm( $url ): void {
		if ( ! self::amazon( (string) $url ) ) {
			return;
		}
		$response = wp_safe_remote_get( (string) $url, array( 'timeout' => 10 ) );
		if ( 200 !== wp_remote_retrieve_response_code( $response ) ) {
			/* translators: %s: why */
			throw new \RuntimeException( esc_html( sprintf( __( 'The SNS subscription was not confirmed: %s', 'storedesk' ), is_wp_error( $response ) ? $response->get_error_message() : wp_remote_retrieve_response_code( $response ) ) ) );
		}
	}

	/**
	 * A confirmation job in words.
	 *
	 * @param array $args Its arguments.
	 * @return array{0: string, 1: int}
	 */
	public function describe( array $args ): array {
		unset( $args );
		return array( __( 'Confirming the Amazon SES (SNS) subscription', 'storedesk' ), 0 );
	}

	/**
	 * The key of a signing certificate, fetched once a day per URL.
	 *
	 * @param string $url SigningCertURL.
	 * @return \OpenSSLAsymmetricKey|false
	 */
	private function public_key( string $url ) {
		if ( ! self::amazon( $url ) || ! str_ends_with( (string) wp_parse_url( $url, PHP_URL_PATH ), '.pem' ) ) {
			return false;
		}
		$cache = 'storedesk_sns_cert_' . md5( $url );
		$pem   = get_transient( $cache );
		if ( ! is_string( $pem ) || '' === $pem ) {
			$response = wp_safe_remote_get( $url, array( 'timeout' => 10 ) );
			$pem      = 200 === wp_remote_retrieve_response_code( $response ) ? (string) wp_remote_retrieve_body( $response ) : '';
			if ( '' === $pem ) {
				return false;
			}
			set_transient( $cache, $pem, DAY_IN_SECONDS );
		}
		return openssl_pkey_get_public( $pem );
	}

	/**
	 * Whether a URL is an SNS endpoint of Amazon's, over HTTPS.
	 *
	 * @param string $url URL.
	 */
	private static function amazon( string $url ): bool {
		return 'https' === wp_parse_url( $url, PHP_URL_SCHEME ) && (bool) preg_match( '/^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/', (string) wp_parse_url( $url, PHP_URL_HOST ) );
	}

	/**
	 * The SNS notice (posted as JSON with Content-Type text/plain).
	 *
	 * @param WP_REST_Request $request The call.
	 */
	private static function note( WP_REST_Request $request ): array {
		$note = json_decode( (string) $request->get_body(), true );
		return is_array( $note ) ? $note : array();
	}

	/**
	 * A refusal.
	 *
	 * @param string $why Why.
	 */
	private static function refused( string $why ): WP_Error {
		return new WP_Error( 'storedesk_bad_signature', $why, array( 'status' => 401 ) );
	}
}
