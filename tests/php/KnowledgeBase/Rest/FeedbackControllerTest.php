<?php
/**
 * POST /storedesk/store/v1/help/articles/{id}/feedback.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\Rest;

use Storedesk\KnowledgeBase\Feedback\FeedbackRepository;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Settings\Settings;
use Storedesk\Tests\KnowledgeBase\KnowledgeBaseTestCase;
use Storedesk\Tests\Storefront\StoreRequests;

/**
 * Anyone who may read an article may say whether it helped, once a day
 * (a second answer changes the first), within the storefront's rate limit;
 * an article they may not read is not found; bad input is refused in words.
 */
class FeedbackControllerTest extends KnowledgeBaseTestCase {

	use StoreRequests;

	/**
	 * A public article.
	 *
	 * @var int
	 */
	private int $id;

	/** Its own client address and browser; one public article. */
	protected function setUp(): void {
		parent::setUp();
		$this->own_client();
		$_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (feedback test ' . wp_rand() . ')';
		$this->id                   = $this->article( 'Season a cast-iron quoll pan', '<p>Oil it.</p>' );
	}

	/** Leaves no browser behind. */
	protected function tearDown(): void {
		unset( $_SERVER['HTTP_USER_AGENT'] );
		parent::tearDown();
	}

	/**
	 * Posts an answer.
	 *
	 * @param int   $id   Article.
	 * @param array $body JSON body.
	 */
	private function answer( int $id, array $body ): \WP_REST_Response {
		return $this->store( 'POST', '/help/articles/' . $id . '/feedback', $body );
	}

	/**
	 * The article's stored answers.
	 *
	 * @param int $id Article.
	 */
	private function answers( int $id ): array {
		return $this->service( FeedbackRepository::class )->of_article( $id );
	}

	/** A visitor's Yes: 201, the thanks, the answer stored without their address. */
	public function test_an_answer_is_recorded(): void {
		$response = $this->answer( $this->id, array( 'helpful' => true ) );
		$this->assertStatus( 201, $response );
		$this->assertSame( array( 'message' => 'Thanks for your feedback.' ), $response->get_data() );
		$this->assertMatchesSchema( $this->published_schema( '/storedesk/store/v1/help/articles/' . $this->id . '/feedback' ), $response->get_data() );
		$this->assertSame( 'no-store', $response->get_headers()['Cache-Control'] ?? '' );
		$this->assertArrayHasKey( 'RateLimit-Remaining', $response->get_headers(), 'counted like every storefront post' );
		$rows = $this->answers( $this->id );
		$this->assertCount( 1, $rows );
		$this->assertTrue( $rows[0]['helpful'] );
		$this->assertSame( 0, $rows[0]['user_id'] );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{32}$/', $rows[0]['visitor'] );
		$this->assertStringNotContainsString( $_SERVER['REMOTE_ADDR'], wp_json_encode( $rows ) );
	}

	/** Hidden, draft and unknown articles are not found, for each reader as they may read. */
	public function test_articles_the_reader_may_not_read_are_not_found(): void {
		$members  = $this->article( 'Quoll members only', '<p>M.</p>', Visibility::CUSTOMERS );
		$internal = $this->article( 'Quoll internal', '<p>I.</p>', Visibility::INTERNAL );
		$draft    = $this->article( 'Quoll draft', '<p>D.</p>', Visibility::PUBLIC, array( 'status' => 'draft' ) );
		$page     = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Not an article' ) );
		foreach ( array( $members, $internal, $draft, $page, 99999999 ) as $id ) {
			$response = $this->answer( $id, array( 'helpful' => true ) );
			$this->assertStatus( 404, $response, "article {$id}" );
			$this->assertSame( 'storedesk_article_not_found', $response->get_data()['code'] );
			$this->assertSame( array(), $this->answers( $id ) );
		}
		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStatus( 201, $this->answer( $members, array( 'helpful' => true ) ), 'a customer reads customers-only articles' );
		$this->assertStatus( 404, $this->answer( $internal, array( 'helpful' => true ) ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 201, $this->answer( $internal, array( 'helpful' => false ) ), 'an agent reads everything' );
	}

	/** Missing or mistyped answers and long comments are refused, naming the field; nothing is stored. */
	public function test_bad_input_is_refused_in_words(): void {
		$missing = $this->answer( $this->id, array( 'comment' => 'Nice.' ) );
		$this->assertStatus( 400, $missing );
		$this->assertSame( 'Missing parameter(s): helpful', $missing->get_data()['message'] );

		$typed = $this->answer( $this->id, array( 'helpful' => 'maybe' ) );
		$this->assertStatus( 400, $typed );
		$this->assertSame( 'helpful is not of type boolean.', $typed->get_data()['data']['params']['helpful'] );

		$long = $this->answer( $this->id, array( 'helpful' => false, 'comment' => str_repeat( 'é', 1001 ) ) );
		$this->assertStatus( 400, $long );
		$this->assertSame( 'comment must be at most 1,000 characters long.', $long->get_data()['data']['params']['comment'] );
		$this->assertSame( array(), $this->answers( $this->id ) );

		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => false, 'comment' => str_repeat( 'é', 1000 ) ) ), '1,000 characters, not bytes' );
	}

	/** A comment is kept as plain text. */
	public function test_comment_is_stored_as_plain_text(): void {
		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => false, 'comment' => "  The <b>photo</b> is missing.<script>x()</script>\nStep 2 is unclear.  " ) ) );
		$this->assertSame( "The photo is missing.\nStep 2 is unclear.", $this->answers( $this->id )[0]['comment'] );
	}

	/** One answer per reader per article per day: a second changes the first; another reader or a logged-in user adds their own. */
	public function test_one_answer_per_reader_per_day(): void {
		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => true ) ) );
		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => false, 'comment' => 'Step 3 is wrong.' ) ) );
		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => false ) ) );
		$rows = $this->answers( $this->id );
		$this->assertCount( 1, $rows, 'the same reader changed their answer' );
		$this->assertFalse( $rows[0]['helpful'] );
		$this->assertSame( 'Step 3 is wrong.', $rows[0]['comment'], 'an answer without a comment keeps the comment' );

		$_SERVER['HTTP_USER_AGENT'] = 'Another browser';
		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => true ) ) );
		$user = $this->user( 'subscriber' );
		wp_set_current_user( $user );
		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => true ) ) );
		$rows = $this->answers( $this->id );
		$this->assertCount( 3, $rows );
		$this->assertSame( $user, $rows[0]['user_id'] );

		$repository = $this->service( FeedbackRepository::class );
		$same       = $repository->save( $this->id, true, '', 0, 'reader-a' );
		$this->assertSame( $same, $repository->save( $this->id, false, '', 0, 'reader-a', time() + HOUR_IN_SECONDS ) );
		$this->assertNotSame( $same, $repository->save( $this->id, true, '', 0, 'reader-a', time() + DAY_IN_SECONDS + 1 ), 'a day later it is a new answer' );
	}

	/** Posts count per client address across articles; over the limit is a 429 with Retry-After; another client goes on. */
	public function test_rate_limited_per_client(): void {
		Settings::update( array( 'rate_limit_ip' => 2 ) );
		$other = $this->article( 'Quoll pan handles', '<p>H.</p>' );
		$this->assertStatus( 201, $this->answer( $this->id, array( 'helpful' => true ) ) );
		$this->assertStatus( 201, $this->answer( $other, array( 'helpful' => true ) ) );
		$refused = $this->answer( $other, array( 'helpful' => false, 'comment' => 'Third post.' ) );
		$this->assertStatus( 429, $refused, 'one budget for every article' );
		$this->assertSame( 'storedesk_rate_limited', $refused->get_data()['code'] );
		$this->assertArrayHasKey( 'Retry-After', $refused->get_headers() );
		$this->assertSame( '', $this->answers( $other )[0]['comment'], 'the refused post changed nothing' );

		$this->own_client();
		$this->assertStatus( 201, $this->answer( $other, array( 'helpful' => false ) ) );
	}
}
