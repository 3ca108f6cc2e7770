<?php
/**
 * Akismet for the contact form.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Asks Akismet's comment-check about a submission when Akismet is active
 * and has a key, the way contact-form plugins do (comment_type
 * "contact-form"). Any failure to reach Akismet lets the message through:
 * losing a real customer costs more than one spam ticket.
 */
class AkismetCheck {

	/** Whether Akismet can be asked. */
	public function available(): bool {
		return Settings::get( 'spam_akismet' ) && class_exists( 'Akismet' ) && is_callable( array( 'Akismet', 'http_post' ) ) && \Akismet::get_api_key();
	}

	/**
	 * Whether Akismet says the submission is spam.
	 *
	 * @param array{name: string, email: string, subject: string, message: string, user_ip?: string, type?: string} $data Submission; user_ip and type
	 *                                                                                                                   for messages that did not come through this request (an email: its sender's server, 'message').
	 */
	public function is_spam( array $data ): bool {
		if ( ! $this->available() ) {
			return false;
		}
		$server = static fn( string $key ) => isset( $_SERVER[ $key ] ) ? sanitize_text_field( wp_unslash( $_SERVER[ $key ] ) ) : '';
		$query  = array(
			'blog'                 => home_url(),
			'blog_lang'            => get_locale(),
			'blog_charset'         => get_option( 'blog_charset' ),
			'user_ip'              => $data['user_ip'] ?? ClientIp::get(),
			// An email has no browser; the request that brought it (a provider's) says nothing of the sender.
			'user_agent'           => isset( $data['user_ip'] ) ? '' : $server( 'HTTP_USER_AGENT' ),
			'referrer'             => isset( $data['user_ip'] ) ? '' : $server( 'HTTP_REFERER' ),
			'permalink'            => wp_get_referer() ? wp_get_referer() : home_url(),
			'comment_type'         => $data['type'] ?? 'contact-form',
			'comment_author'       => $data['name'],
			'comment_author_email' => $data['email'],
			'comment_content'      => $data['subject'] . "\n\n" . $data['message'],
		);
		/**
		 * Filters what Storedesk sends to Akismet's comment-check.
		 *
		 * @since 0.2.0
		 * @param array $query Akismet request fields.
		 * @param array $data  The submission.
		 */
		$query = (array) apply_filters( 'storedesk_akismet_query', $query, $data );
		// @phpstan-ignore class.notFound (Akismet is optional; available() found it loaded.)
		$response = \Akismet::http_post( http_build_query( $query ), 'comment-check' );
		return is_array( $response ) && isset( $response[1] ) && 'true' === trim( (string) $response[1] );
	}
}
