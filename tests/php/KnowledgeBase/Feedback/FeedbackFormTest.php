<?php
/**
 * "Was this helpful?" without JavaScript.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\Feedback;

use Storedesk\KnowledgeBase\Feedback\FeedbackForm;
use Storedesk\KnowledgeBase\Feedback\FeedbackRepository;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Settings\Settings;
use Storedesk\Tests\KnowledgeBase\KnowledgeBaseTestCase;
use Storedesk\Tests\Storefront\StoreRequests;

/**
 * Yes and No post as a plain form with a nonce, through the same use case
 * and rate limit as the REST route; the page then shows the outcome, and
 * after an answer the comment box.
 */
class FeedbackFormTest extends KnowledgeBaseTestCase {

	use StoreRequests;

	/**
	 * A public article.
	 *
	 * @var int
	 */
	private int $id;

	/** Its own client address; one public article. */
	protected function setUp(): void {
		parent::setUp();
		$this->own_client();
		$_SERVER['HTTP_USER_AGENT'] = 'Lynx/2.9 (no scripts ' . wp_rand() . ')';
		$this->id                   = $this->article( 'Store a bandicoot teapot', '<p>Dry it first.</p>' );
	}

	/** Leaves no request behind. */
	protected function tearDown(): void {
		unset( $_SERVER['HTTP_USER_AGENT'], $_GET[ FeedbackForm::FIELD ] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		parent::tearDown();
	}

	/**
	 * A post of the form, as the browser sends it.
	 *
	 * @param array $fields Fields besides the article id and the nonce.
	 * @param int   $id     Article (this test's by default).
	 * @param bool  $nonce  With the form's nonce.
	 */
	private function post( array $fields, int $id = 0, bool $nonce = true ): ?string {
		$id = $id ? $id : $this->id;
		return $this->form()->handle( $id, $fields + array( FeedbackForm::NONCE => $nonce ? wp_create_nonce( FeedbackForm::FIELD . '_' . $id ) : '' ) );
	}

	/** The form service. */
	private function form(): FeedbackForm {
		return $this->service( FeedbackForm::class );
	}

	/** No, then a comment: both land on one answer; the outcomes lead to the comment box, then the thanks. */
	public function test_answer_then_comment(): void {
		$this->assertSame( 'no', $this->post( array( 'helpful' => '0' ) ) );
		$this->assertSame( 'thanks', $this->post( array( 'helpful' => '0', 'comment' => 'Which shelf?' ) ) );
		$rows = $this->service( FeedbackRepository::class )->of_article( $this->id );
		$this->assertCount( 1, $rows );
		$this->assertFalse( $rows[0]['helpful'] );
		$this->assertSame( 'Which shelf?', $rows[0]['comment'] );
		$this->assertSame( 'yes', $this->post( array( 'helpful' => '1' ) ) );
	}

	/** Without a valid nonce nothing is stored; the page asks again. */
	public function test_nonce_is_required(): void {
		$this->assertSame( 'expired', $this->post( array( 'helpful' => '1' ), 0, false ) );
		$other = $this->article( 'Another bandicoot page', '<p>Other.</p>' );
		$this->assertSame( 'expired', $this->form()->handle( $this->id, array( 'helpful' => '1', FeedbackForm::NONCE => wp_create_nonce( FeedbackForm::FIELD . '_' . $other ) ) ), 'another article\'s nonce' );
		$user = $this->user( 'subscriber' );
		wp_set_current_user( $user );
		$nonce = wp_create_nonce( FeedbackForm::FIELD . '_' . $this->id );
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertSame( 'expired', $this->form()->handle( $this->id, array( 'helpful' => '1', FeedbackForm::NONCE => $nonce ) ), 'another user\'s nonce' );
		$this->assertSame( array(), $this->service( FeedbackRepository::class )->of_article( $this->id ) );
	}

	/** An article the reader may not read is not answered; the handler sends them to the help centre. */
	public function test_hidden_article_is_refused(): void {
		$hidden = $this->article( 'Bandicoot internal', '<p>I.</p>', Visibility::INTERNAL );
		$this->assertNull( $this->post( array( 'helpful' => '1' ), $hidden ) );
		$this->assertNull( $this->post( array( 'helpful' => '1' ), 99999999 ) );
		$this->assertSame( array(), $this->service( FeedbackRepository::class )->of_article( $hidden ) );
	}

	/** The same per-client limit as the route; a long comment is refused. */
	public function test_limit_and_long_comment(): void {
		$this->assertSame( 'too_long', $this->post( array( 'helpful' => '0', 'comment' => str_repeat( 'a', 1001 ) ) ) );
		Settings::update( array( 'rate_limit_ip' => 2 ) );
		$this->assertSame( 'yes', $this->post( array( 'helpful' => '1' ) ) );
		$this->assertSame( 'limited', $this->post( array( 'helpful' => '1' ) ), 'the refused long comment counted too' );
		$this->assertStatus( 429, $this->store( 'POST', '/help/articles/' . $this->id . '/feedback', array( 'helpful' => true ) ), 'one budget with the REST route' );
	}

	/** Fresh: Yes and No with the nonce, the comment box hidden; after No: the box, set to No; after a comment: the thanks. */
	public function test_render_states(): void {
		$post  = get_post( $this->id );
		$fresh = $this->form()->render( $post );
		$this->assertMatchesRegularExpression( '#<form class="storedesk-feedback__ask" method="post" action="' . preg_quote( get_permalink( $post ), '#' ) . '\#storedesk-feedback"><input type="hidden" name="storedesk_feedback" value="' . $this->id . '"><input type="hidden" name="_storedesk_feedback_nonce" value="[0-9a-f]+">#', $fresh );
		preg_match( '#name="_storedesk_feedback_nonce" value="([0-9a-f]+)"#', $fresh, $m );
		$this->assertSame( 1, wp_verify_nonce( $m[1], FeedbackForm::FIELD . '_' . $this->id ) );
		$this->assertStringContainsString( 'name="helpful" value="1">Yes</button>', $fresh );
		$this->assertStringContainsString( 'name="helpful" value="0">No</button>', $fresh );
		$this->assertStringContainsString( '<form class="storedesk-feedback__more" method="post" action="' . esc_url( get_permalink( $post ) . '#storedesk-feedback' ) . '" hidden>', $fresh );
		$this->assertStringContainsString( 'data-api="' . esc_url( rest_url( 'storedesk/store/v1/help/articles/' . $this->id . '/feedback' ) ) . '"', $fresh );
		$this->assertStringNotContainsString( 'data-nonce', $fresh, 'a visitor needs no REST nonce' );

		$_GET[ FeedbackForm::FIELD ] = 'no';
		$after                       = $this->form()->render( $post );
		$this->assertStringContainsString( '<form class="storedesk-feedback__ask" method="post" action="' . esc_url( get_permalink( $post ) . '#storedesk-feedback' ) . '" hidden>', $after );
		$this->assertStringContainsString( '<p class="storedesk-feedback__status" role="status">Thanks for your feedback.</p>', $after );
		$this->assertMatchesRegularExpression( '#<form class="storedesk-feedback__more" method="post" action="[^"]+">.*<input type="hidden" name="helpful" value="0"><label for="storedesk-feedback-comment">#', $after );
		$this->assertTrue( $this->form()->robots( array() )['noindex'] );

		$_GET[ FeedbackForm::FIELD ] = 'thanks';
		$this->assertSame( 2, substr_count( $this->form()->render( $post ), '" hidden>' ), 'both forms hidden, the thanks shown' );

		$_GET[ FeedbackForm::FIELD ] = '<script>';
		$this->assertSame( $fresh, $this->form()->render( $post ), 'an unknown outcome is a fresh form' );

		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertMatchesRegularExpression( '#data-nonce="[0-9a-f]+"#', $this->form()->render( $post ), 'a logged-in reader\'s script sends the REST nonce' );
	}
}
