<?php
/**
 * Giving feedback on a help article.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Feedback;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Storefront\ClientIp;
use Storedesk\Storefront\FieldErrors;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The one way an answer to "Was this helpful?" is recorded, whether it came
 * by fetch (the REST route) or as a plain form post (FeedbackForm). Rate
 * limits are the callers', taken before this runs.
 */
class ArticleFeedback {

	/** Longest comment, in characters. */
	public const MAX_COMMENT = 1000;

	/**
	 * Builds the use case.
	 *
	 * @param FeedbackRepository $repository Answers.
	 */
	public function __construct( private FeedbackRepository $repository ) {}

	/**
	 * Records the current reader's answer.
	 *
	 * @param int    $article_id Article.
	 * @param bool   $helpful    Yes or No.
	 * @param string $comment    Optional comment as typed.
	 * @return true|WP_Error A 404 for an article the reader may not read, as if it did not exist; a 400 naming the comment when it is too long.
	 */
	public function give( int $article_id, bool $helpful, string $comment = '' ) {
		if ( ! self::readable( $article_id ) ) {
			return self::not_found();
		}
		$length = mb_strlen( $comment );
		if ( $length > self::MAX_COMMENT ) {
			/* translators: 1: most characters allowed, 2: characters typed */
			return FieldErrors::of( array( 'comment' => sprintf( __( 'Please keep your comment to %1$d characters or fewer (it has %2$d).', 'storedesk' ), self::MAX_COMMENT, $length ) ) );
		}
		$comment = trim( sanitize_textarea_field( $comment ) );
		$this->repository->save( $article_id, $helpful, $comment, get_current_user_id(), self::visitor() );
		/**
		 * Fires when a reader answers "Was this helpful?" on a help article.
		 *
		 * @since 0.15.0
		 * @param int    $article_id Article.
		 * @param bool   $helpful    Whether it helped.
		 * @param string $comment    Plain-text comment, possibly empty.
		 */
		do_action( 'storedesk_article_feedback', $article_id, $helpful, $comment );
		return true;
	}

	/**
	 * Whether the current reader may see, and so answer about, an article.
	 *
	 * @param int $article_id Article.
	 */
	public static function readable( int $article_id ): bool {
		$post = $article_id > 0 ? get_post( $article_id ) : null;
		return $post instanceof \WP_Post && ArticlePostType::POST_TYPE === $post->post_type && 'publish' === $post->post_status && Visibility::can_read( $post->ID );
	}

	/** The answer for an article that is hidden or does not exist. */
	public static function not_found(): WP_Error {
		return new WP_Error( 'storedesk_article_not_found', __( 'This help article does not exist.', 'storedesk' ), array( 'status' => 404 ) );
	}

	/**
	 * Who is answering: the account, or a keyed hash of the client's address
	 * and browser, so neither is stored and the hash cannot be reversed
	 * without the site's salts.
	 */
	public static function visitor(): string {
		$user = get_current_user_id();
		if ( $user ) {
			return wp_hash( 'storedesk-feedback-user:' . $user );
		}
		$agent = isset( $_SERVER['HTTP_USER_AGENT'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_USER_AGENT'] ) ) : '';
		return wp_hash( 'storedesk-feedback:' . ClientIp::get() . '|' . $agent );
	}
}
