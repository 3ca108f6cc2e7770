<?php
/**
 * "Was this helpful?" answers.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Feedback;

use Storedesk\Install\Schema;
use Storedesk\Support\Transaction;

defined( 'ABSPATH' ) || exit;

/**
 * Owns the kb_feedback table. A reader counts once per article per day: a
 * second answer within a day changes the first (Yes after No, or the
 * comment added after the click), so a reader who changes their mind or
 * explains it is not counted twice. Two answers sent at the very same
 * instant may both be kept; the table has no unique key to stop it, and a
 * doubled answer in a count of many costs nothing.
 */
class FeedbackRepository {

	/** How long a reader's answer stays theirs to change, in seconds. */
	public const WINDOW = DAY_IN_SECONDS;

	/**
	 * Records an answer, or changes the reader's answer of the last day.
	 * An empty comment keeps the comment given before.
	 *
	 * @param int      $article_id Article.
	 * @param bool     $helpful    Yes or No.
	 * @param string   $comment    Plain text, possibly empty.
	 * @param int      $user_id    Logged-in reader, or 0.
	 * @param string   $visitor    Who answers (see ArticleFeedback::visitor()).
	 * @param int|null $now        Current time, for tests.
	 * @return int The answer's row id.
	 */
	public function save( int $article_id, bool $helpful, string $comment, int $user_id, string $visitor, ?int $now = null ): int {
		global $wpdb;
		$table = Schema::table( 'kb_feedback' );
		$now   = $now ?? time();
		return (int) Transaction::run(
			static function () use ( $wpdb, $table, $article_id, $helpful, $comment, $user_id, $visitor, $now ) {
				$id  = (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE article_id = %d AND visitor = %s AND created_at >= %s ORDER BY id DESC LIMIT 1", $article_id, $visitor, gmdate( 'Y-m-d H:i:s', $now - self::WINDOW ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$row = array( 'helpful' => (int) $helpful ) + ( '' !== $comment ? array( 'comment' => $comment ) : array() );
				if ( $id ) {
					$wpdb->update( $table, $row, array( 'id' => $id ) );
					return $id;
				}
				$wpdb->insert(
					$table,
					$row + array(
						'article_id' => $article_id,
						'comment'    => '',
						'user_id'    => $user_id,
						'visitor'    => $visitor,
						'created_at' => gmdate( 'Y-m-d H:i:s', $now ),
					)
				);
				return (int) $wpdb->insert_id;
			}
		);
	}

	/**
	 * Articles with the most "Yes" answers in the last days, most first.
	 *
	 * @param int      $days  How far back.
	 * @param int      $limit How many.
	 * @param int|null $now   Current time, for tests.
	 * @return int[] Article ids (any status or visibility: the caller's query narrows them).
	 */
	public function most_helpful( int $days, int $limit, ?int $now = null ): array {
		global $wpdb;
		$table = Schema::table( 'kb_feedback' );
		$since = gmdate( 'Y-m-d H:i:s', ( $now ?? time() ) - $days * DAY_IN_SECONDS );
		return array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT article_id FROM {$table} WHERE created_at >= %s AND helpful = 1 GROUP BY article_id ORDER BY COUNT(*) DESC, article_id DESC LIMIT %d", $since, $limit ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * The answers of one article, newest first (for tests and reports).
	 *
	 * @param int $article_id Article.
	 * @return array<int, array{id: int, helpful: bool, comment: string, user_id: int, visitor: string, created_at: string}>
	 */
	public function of_article( int $article_id ): array {
		global $wpdb;
		$rows = (array) $wpdb->get_results( $wpdb->prepare( 'SELECT id, helpful, comment, user_id, visitor, created_at FROM ' . Schema::table( 'kb_feedback' ) . ' WHERE article_id = %d ORDER BY id DESC', $article_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return array_map(
			static fn( array $r ) => array(
				'id'         => (int) $r['id'],
				'helpful'    => (bool) (int) $r['helpful'],
				'comment'    => (string) $r['comment'],
				'user_id'    => (int) $r['user_id'],
				'visitor'    => (string) $r['visitor'],
				'created_at' => (string) $r['created_at'],
			),
			$rows
		);
	}
}
