<?php
/**
 * "Was this helpful?" on an article page, with or without JavaScript.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Feedback;

use Storedesk\KnowledgeBase\HelpCentre\HelpPage;
use Storedesk\Storefront\Rest\StoreController;
use Storedesk\Storefront\Rest\StoreRateLimits;

defined( 'ABSPATH' ) || exit;

/**
 * Yes and No are submit buttons of a real form that posts to the article's
 * own page (not admin-post.php, which security plugins often close to
 * visitors), so they work where scripts do not run; src/help/index.ts sends
 * the same answer to the REST route instead and shows the comment box in
 * place. A plain post carries a nonce, is counted against the same rate
 * limit as the route, and ends in a 303 back to the article with the
 * outcome in the query string: after an answer, the optional comment box.
 */
class FeedbackForm {

	/** Posted field with the article id; also the query argument of the outcome. */
	public const FIELD = 'storedesk_feedback';

	/** Posted field with the nonce. */
	public const NONCE = '_storedesk_feedback_nonce';

	/** Outcomes the page can show, by the query argument's value. */
	private const STATES = array( 'yes', 'no', 'thanks', 'expired', 'limited', 'too_long' );

	/**
	 * Builds the form.
	 *
	 * @param ArticleFeedback $feedback The use case.
	 * @param StoreRateLimits $limits   The shopper routes' limits.
	 */
	public function __construct( private ArticleFeedback $feedback, private StoreRateLimits $limits ) {}

	/** Hooks the post handler and keeps outcome pages out of search engines. */
	public function register(): void {
		add_action( 'wp_loaded', array( $this, 'maybe_handle' ) );
		add_filter( 'wp_robots', array( $this, 'robots' ) );
	}

	/** Handles a plain post of the form, then redirects (303) back to the article. */
	public function maybe_handle(): void {
		if ( 'POST' !== ( $_SERVER['REQUEST_METHOD'] ?? '' ) || ! isset( $_POST[ self::FIELD ] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in handle().
			return;
		}
		$article = absint( wp_unslash( $_POST[ self::FIELD ] ) ); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in handle().
		$state   = $this->handle( $article, wp_unslash( $_POST ) ); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in handle().
		$back    = null === $state ? HelpPage::url() : add_query_arg( self::FIELD, $state, (string) get_permalink( $article ) ) . '#storedesk-feedback';
		wp_safe_redirect( $back, 303 );
		exit;
	}

	/**
	 * Records a posted answer.
	 *
	 * @param int   $article Article id.
	 * @param array $post    Posted fields, unslashed.
	 * @return string|null The outcome to show, or null when the reader may not read the article.
	 */
	public function handle( int $article, array $post ): ?string {
		if ( ! ArticleFeedback::readable( $article ) ) {
			return null;
		}
		if ( ! wp_verify_nonce( sanitize_text_field( (string) ( $post[ self::NONCE ] ?? '' ) ), self::FIELD . '_' . $article ) ) {
			return 'expired';
		}
		if ( $this->limits->take( 'feedback', false ) ) {
			return 'limited';
		}
		$helpful = '1' === (string) ( $post['helpful'] ?? '' );
		$comment = is_scalar( $post['comment'] ?? null ) ? (string) $post['comment'] : '';
		$result  = $this->feedback->give( $article, $helpful, $comment );
		if ( is_wp_error( $result ) ) {
			return 404 === ( $result->get_error_data()['status'] ?? 0 ) ? null : 'too_long';
		}
		if ( '' !== trim( $comment ) ) {
			return 'thanks';
		}
		return $helpful ? 'yes' : 'no';
	}

	/**
	 * The feedback box of an article, in the state the last post left it.
	 *
	 * @param \WP_Post $post Article.
	 */
	public function render( \WP_Post $post ): string {
		$state    = self::state();
		$answered = in_array( $state, array( 'yes', 'no' ), true );
		$action   = esc_url( (string) get_permalink( $post ) . '#storedesk-feedback' );
		$fields   = '<input type="hidden" name="' . self::FIELD . '" value="' . $post->ID . '"><input type="hidden" name="' . self::NONCE . '" value="' . esc_attr( wp_create_nonce( self::FIELD . '_' . $post->ID ) ) . '">';
		$nonce    = is_user_logged_in() ? ' data-nonce="' . esc_attr( wp_create_nonce( 'wp_rest' ) ) . '"' : '';
		$html     = '<section class="storedesk-feedback" id="storedesk-feedback" aria-labelledby="storedesk-feedback-title" data-storedesk-feedback data-api="' . esc_url( rest_url( StoreController::NAMESPACE . '/help/articles/' . $post->ID . '/feedback' ) ) . '"' . $nonce . '>';
		$html    .= '<h2 class="storedesk-feedback__title" id="storedesk-feedback-title">' . esc_html__( 'Was this helpful?', 'storedesk' ) . '</h2>';
		$html    .= '<form class="storedesk-feedback__ask" method="post" action="' . $action . '"' . ( $answered || 'thanks' === $state ? ' hidden' : '' ) . '>' . $fields;
		$html    .= '<button type="submit" class="storedesk-feedback__answer wp-element-button" name="helpful" value="1">' . esc_html__( 'Yes', 'storedesk' ) . '</button> ';
		$html    .= '<button type="submit" class="storedesk-feedback__answer wp-element-button" name="helpful" value="0">' . esc_html__( 'No', 'storedesk' ) . '</button></form>';
		$html    .= '<p class="storedesk-feedback__status" role="status">' . esc_html( self::message( $state ) ) . '</p>';
		$html    .= '<form class="storedesk-feedback__more" method="post" action="' . $action . '"' . ( $answered ? '' : ' hidden' ) . '>' . $fields;
		$html    .= '<input type="hidden" name="helpful" value="' . ( 'no' === $state ? '0' : '1' ) . '">';
		$html    .= '<label for="storedesk-feedback-comment">' . esc_html__( 'Anything we should add or change? (optional)', 'storedesk' ) . '</label>';
		$html    .= '<textarea id="storedesk-feedback-comment" name="comment" rows="3" maxlength="' . ArticleFeedback::MAX_COMMENT . '"></textarea>';
		$html    .= '<button type="submit" class="wp-element-button">' . esc_html__( 'Send comment', 'storedesk' ) . '</button></form>';
		return $html . '</section>';
	}

	/**
	 * Outcome pages are one reader's moment, not pages to index.
	 *
	 * @param array $robots Robots directives.
	 */
	public function robots( $robots ): array {
		return '' === self::state() ? (array) $robots : array( 'noindex' => true ) + (array) $robots;
	}

	/** The outcome in the query string, or '' for a fresh form. */
	private static function state(): string {
		$state = isset( $_GET[ self::FIELD ] ) ? sanitize_key( wp_unslash( $_GET[ self::FIELD ] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a word from a fixed list, not an action.
		return in_array( $state, self::STATES, true ) ? $state : '';
	}

	/**
	 * What the status line says for an outcome.
	 *
	 * @param string $state Outcome.
	 */
	private static function message( string $state ): string {
		return match ( $state ) {
			'yes', 'no', 'thanks' => __( 'Thanks for your feedback.', 'storedesk' ),
			'expired'             => __( 'This form had expired. Please answer again.', 'storedesk' ),
			'limited'             => __( 'Too many requests. Please wait a little and try again.', 'storedesk' ),
			'too_long'            => sprintf( /* translators: %d: most characters allowed */ __( 'Please keep your comment to %d characters or fewer.', 'storedesk' ), ArticleFeedback::MAX_COMMENT ),
			default               => '',
		};
	}
}
