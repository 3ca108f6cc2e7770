<?php
/**
 * A reply made into an article.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase;

// phpcs:disable WordPress.Security.NonceVerification -- the test sets the query var post-new.php gets.

use Storedesk\KnowledgeBase\ArticleFromReply;
use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\Tests\TestCase;

/**
 * The new article opens with the conversation's subject and the reply's
 * text, for someone who may write articles and read the conversation;
 * anyone else, or a note, gets the usual empty editor.
 */
class ArticleFromReplyTest extends TestCase {

	/** Cleans the request's query var. */
	protected function tearDown(): void {
		unset( $_GET[ ArticleFromReply::QUERY_VAR ] );
		parent::tearDown();
	}

	/** An agent's reply becomes the draft's title and paragraphs. */
	public function test_the_reply_fills_the_new_article(): void {
		$agent = $this->user( 'storedesk_agent' );
		wp_set_current_user( $agent );
		$ticket = $this->ticket( array( 'subject' => 'Can I return a used teapot?' ) );
		$reply  = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => '<p>Yes, within 30 days.</p><p>Rinse it &amp; pack it well.</p>' ) );
		$this->assertStatus( 201, $reply );
		$_GET[ ArticleFromReply::QUERY_VAR ] = (string) $reply->get_data()['id'];
		$post                                = $this->draft();

		$this->assertSame( 'Can I return a used teapot?', apply_filters( 'default_title', '', $post ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		$content = apply_filters( 'default_content', '', $post ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		$this->assertSame( "<!-- wp:paragraph -->\n<p>Yes, within 30 days.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Rinse it &amp; pack it well.</p>\n<!-- /wp:paragraph -->", $content );
	}

	/** A note, a subscriber, or a conversation the agent may not read: nothing filled in. */
	public function test_nothing_for_a_note_or_a_reader_without_access(): void {
		$manager = $this->user( 'storedesk_manager' );
		wp_set_current_user( $manager );
		$ticket = $this->ticket( array( 'subject' => 'Private matter' ) );
		$this->assertStatus( 200, $this->rest( 'PATCH', '/storedesk/v1/tickets/' . $ticket->id(), array( 'assignee' => $manager ) ) );
		$note  = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'note', 'body' => 'Internal only.' ) );
		$reply = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'Handled.' ) );
		$this->assertStatus( 201, $reply );

		$_GET[ ArticleFromReply::QUERY_VAR ] = (string) $note->get_data()['id'];
		$this->assertSame( '', apply_filters( 'default_content', '', $this->draft() ), 'a note' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.

		$_GET[ ArticleFromReply::QUERY_VAR ] = (string) $reply->get_data()['id'];
		\Storedesk\Settings\Settings::update( array( 'agent_scope' => 'own' ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertSame( '', apply_filters( 'default_content', '', $this->draft() ), 'another agent\'s conversation' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertSame( 'Untitled', apply_filters( 'default_title', 'Untitled', $this->draft() ), 'a subscriber' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
	}

	/** The auto-draft WordPress makes for a new article. */
	private function draft(): \WP_Post {
		$post            = new \WP_Post( new \stdClass() );
		$post->post_type = ArticlePostType::POST_TYPE;
		return $post;
	}
}
