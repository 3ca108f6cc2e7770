<?php
/**
 * The self-service report.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Install\Schema;
use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\Tests\TestCase;

/**
 * Managers see the questions asked most, those nothing answered, how often
 * a search led to an article, visits that ended without a request, and
 * the articles' feedback, for the period asked; agents and visitors see
 * nothing.
 */
class HelpReportControllerTest extends TestCase {

	/** The figures, from events and answers in and out of the period. */
	public function test_managers_see_what_self_service_did(): void {
		$article = (int) wp_insert_post(
			array(
				'post_type'   => ArticlePostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'How long refunds take',
			)
		);
		$now     = gmdate( 'Y-m-d H:i:s' );
		$old     = gmdate( 'Y-m-d H:i:s', time() - 40 * DAY_IN_SECONDS );
		foreach ( array(
			array( 'search', 'refund', 3, 0, $now ),
			array( 'search', 'refund', 3, 0, $now ),
			array( 'search', 'refund', 3, 0, $now ),
			array( 'search', 'refund', 3, 0, $old ),
			array( 'click', 'refund', 0, $article, $now ),
			array( 'search', 'gift wrap', 0, 0, $now ),
			array( 'search', 'gift wrap', 0, 0, $now ),
			array( 'deflected', '', 0, 0, $now ),
			array( 'submitted', '', 0, 0, $now ),
			array( 'submitted', '', 0, 0, $now ),
		) as list( $kind, $query, $results, $article_id, $at ) ) {
			$this->event( $kind, $query, $results, $article_id, $at );
		}
		$this->feedback( $article, true, '', $now );
		$this->feedback( $article, false, 'It did not say how long PayPal takes.', $now );
		$this->feedback( $article, false, 'Old complaint.', $old );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );

		$report = $this->rest( 'GET', '/storedesk/v1/reports/help', array( 'days' => 30 ) );

		$this->assertStatus( 200, $report );
		$data = $report->get_data();
		$this->assertSame( array( 5, 1, 1, 2 ), array( $data['searches'], $data['clicks'], $data['deflected'], $data['submitted'] ) );
		$this->assertSame(
			array(
				'query'      => 'refund',
				'searches'   => 3,
				'no_results' => 0,
				'clicks'     => 1,
				'click_rate' => 0.333,
			),
			$data['top_queries'][0]
		);
		$this->assertSame( array( 'gift wrap' ), array_column( $data['no_results'], 'query' ) );
		$this->assertSame( 2, $data['no_results'][0]['no_results'] );
		$this->assertSame( 'How long refunds take', $data['articles'][0]['title'] );
		$this->assertSame( array( 1, 1 ), array( $data['articles'][0]['helpful'], $data['articles'][0]['not_helpful'] ) );
		$this->assertSame( array( 'It did not say how long PayPal takes.' ), array_column( $data['comments'], 'comment' ) );
		$this->assertFalse( $data['comments'][0]['helpful'] );
	}

	/** Agents get 403, visitors 401, a period outside 1-365 days 400. */
	public function test_only_managers_may_read_it(): void {
		$this->assertStatus( 401, $this->rest( 'GET', '/storedesk/v1/reports/help' ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 403, $this->rest( 'GET', '/storedesk/v1/reports/help' ) );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 400, $this->rest( 'GET', '/storedesk/v1/reports/help', array( 'days' => 0 ) ) );
	}

	/**
	 * A self-service event.
	 *
	 * @param string $kind       Kind.
	 * @param string $query      Question.
	 * @param int    $results    Results shown.
	 * @param int    $article_id Article opened.
	 * @param string $at         When.
	 */
	private function event( string $kind, string $query, int $results, int $article_id, string $at ): void {
		global $wpdb;
		$wpdb->insert(
			Schema::table( 'kb_events' ),
			array(
				'kind'       => $kind,
				'source'     => 'widget',
				'query'      => $query,
				'results'    => $results,
				'article_id' => $article_id,
				'session'    => md5( $kind . $at ),
				'created_at' => $at,
			)
		);
	}

	/**
	 * An answer to "Was this helpful?".
	 *
	 * @param int    $article Article.
	 * @param bool   $helpful Answer.
	 * @param string $comment Comment.
	 * @param string $at      When.
	 */
	private function feedback( int $article, bool $helpful, string $comment, string $at ): void {
		global $wpdb;
		$wpdb->insert(
			Schema::table( 'kb_feedback' ),
			array(
				'article_id' => $article,
				'helpful'    => (int) $helpful,
				'comment'    => $comment,
				'visitor'    => md5( $comment . $at ),
				'created_at' => $at,
			)
		);
	}
}
