<?php
/**
 * "Create article from this reply".
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase;

use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * A good answer, written once to one customer, becomes an article: the
 * thread links to the editor with the reply's id, and a new article opens
 * with the reply's text and the conversation's subject as its title. Only
 * for someone who may write articles and read that conversation; the
 * draft stays a draft until someone publishes it.
 */
final class ArticleFromReply {

	/** Query var on post-new.php naming the reply. */
	public const QUERY_VAR = 'storedesk_from_message';

	/**
	 * Builds the filter.
	 *
	 * @param MessageRepository $messages Replies.
	 * @param TicketRepository  $tickets  Their conversations.
	 */
	public function __construct( private MessageRepository $messages, private TicketRepository $tickets ) {}

	/** Hooks the new article's first title and text. */
	public function register(): void {
		add_filter( 'default_title', array( $this, 'title' ), 10, 2 );
		add_filter( 'default_content', array( $this, 'content' ), 10, 2 );
	}

	/**
	 * The conversation's subject.
	 *
	 * @param string   $title Default title.
	 * @param \WP_Post $post  The new post.
	 */
	public function title( $title, $post ) {
		$reply = $this->reply( $post );
		$found = $reply ? $this->tickets->find( $reply->ticket_id ) : null;
		return $found ? (string) $found->get( 'subject' ) : $title;
	}

	/**
	 * The reply's text, as paragraph blocks.
	 *
	 * @param string   $content Default content.
	 * @param \WP_Post $post    The new post.
	 */
	public function content( $content, $post ) {
		$reply = $this->reply( $post );
		if ( ! $reply ) {
			return $content;
		}
		$blocks = array();
		foreach ( preg_split( '/\n{2,}/', trim( wp_strip_all_tags( str_replace( array( '</p>', '<br>', '<br />', '</li>' ), array( "\n\n", "\n", "\n", "\n" ), $reply->body ) ) ) ) as $paragraph ) {
			$paragraph = trim( $paragraph );
			if ( '' !== $paragraph ) {
				$blocks[] = "<!-- wp:paragraph -->\n<p>" . nl2br( esc_html( $paragraph ), false ) . "</p>\n<!-- /wp:paragraph -->";
			}
		}
		return implode( "\n\n", $blocks );
	}

	/**
	 * The reply named in the request, when the current user may make an
	 * article of it.
	 *
	 * @param mixed $post The post being created.
	 */
	private function reply( $post ): ?Message {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only reads, for someone allowed to read the reply.
		$id = isset( $_GET[ self::QUERY_VAR ] ) ? absint( $_GET[ self::QUERY_VAR ] ) : 0;
		if ( ! $id || ! $post instanceof \WP_Post || ArticlePostType::POST_TYPE !== $post->post_type || ! current_user_can( 'edit_' . ArticlePostType::CAPS ) ) {
			return null;
		}
		$reply = $this->messages->find( $id );
		return $reply && 'reply' === $reply->kind && current_user_can( 'storedesk_view_ticket', $reply->ticket_id ) ? $reply : null;
	}
}
