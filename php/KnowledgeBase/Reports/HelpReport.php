<?php
/**
 * What self-service did: searches, clicks, deflections and feedback.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Reports;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Reads the self-service events (kb_events: a search with its result
 * count, a click on an article, a visit that ended with a request sent or
 * without one) and the articles' feedback for a period: the questions
 * asked most, those no article answered, how often a search led to an
 * article, how many visits ended without a request, and which articles
 * helped and which did not, with the latest comments. Each figure is one
 * grouped query over the period's rows (kind, created_at index).
 */
class HelpReport {

	/** Rows in each list. */
	private const TOP = 20;

	/**
	 * The report since a moment.
	 *
	 * @param string $since UTC 'Y-m-d H:i:s'.
	 */
	public function since( string $since ): array {
		return array(
			'searches'    => $this->count( 'search', $since ),
			'clicks'      => $this->count( 'click', $since ),
			'deflected'   => $this->count( 'deflected', $since ),
			'submitted'   => $this->count( 'submitted', $since ),
			'top_queries' => $this->queries( $since, false ),
			'no_results'  => $this->queries( $since, true ),
			'articles'    => $this->feedback( $since ),
			'comments'    => $this->comments( $since ),
		);
	}

	/**
	 * Events of a kind in the period.
	 *
	 * @param string $kind  Event kind.
	 * @param string $since Start.
	 */
	private function count( string $kind, string $since ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'kb_events' ) . ' WHERE kind = %s AND created_at >= %s', $kind, $since ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * The questions asked most, with how many searches found nothing and
	 * how many led to an article (a click with the same question).
	 *
	 * @param string $since Start.
	 * @param bool   $empty Only questions no article answered.
	 */
	private function queries( string $since, bool $empty ): array {
		global $wpdb;
		$events = Schema::table( 'kb_events' );
		// phpcs:ignore WordPress.DB.PreparedSQL -- table name and a fixed condition.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT query, SUM(kind = 'search') AS searches, SUM(kind = 'search' AND results = 0) AS none_found, SUM(kind = 'click') AS clicks FROM {$events} WHERE kind IN ('search', 'click') AND created_at >= %s AND query <> '' GROUP BY query " . ( $empty ? 'HAVING none_found > 0 ORDER BY none_found DESC' : 'ORDER BY searches DESC' ) . ', query LIMIT %d', $since, self::TOP ) );
		$out  = array();
		foreach ( (array) $rows as $row ) {
			$searches = (int) $row->searches;
			$out[]    = array(
				'query'      => (string) $row->query,
				'searches'   => $searches,
				'no_results' => (int) $row->none_found,
				'clicks'     => (int) $row->clicks,
				'click_rate' => $searches ? round( min( 1, (int) $row->clicks / $searches ), 3 ) : 0.0,
			);
		}
		return $out;
	}

	/**
	 * Articles by the answers to "Was this helpful?", least helpful first.
	 *
	 * @param string $since Start.
	 */
	private function feedback( string $since ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT article_id, SUM(helpful = 1) AS yes, SUM(helpful = 0) AS no FROM ' . Schema::table( 'kb_feedback' ) . ' WHERE created_at >= %s GROUP BY article_id ORDER BY no DESC, yes DESC LIMIT %d', $since, self::TOP ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$out  = array();
		foreach ( (array) $rows as $row ) {
			$out[] = $this->article( (int) $row->article_id ) + array(
				'helpful'     => (int) $row->yes,
				'not_helpful' => (int) $row->no,
			);
		}
		return $out;
	}

	/**
	 * The latest comments left with an answer.
	 *
	 * @param string $since Start.
	 */
	private function comments( string $since ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT article_id, helpful, comment, created_at FROM ' . Schema::table( 'kb_feedback' ) . " WHERE created_at >= %s AND comment <> '' ORDER BY created_at DESC, id DESC LIMIT %d", $since, self::TOP ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$out  = array();
		foreach ( (array) $rows as $row ) {
			$out[] = $this->article( (int) $row->article_id ) + array(
				'helpful' => (bool) $row->helpful,
				'comment' => (string) $row->comment,
				'date'    => mysql_to_rfc3339( (string) $row->created_at ),
			);
		}
		return $out;
	}

	/**
	 * An article's title and links.
	 *
	 * @param int $id Article.
	 */
	private function article( int $id ): array {
		$post = get_post( $id );
		return array(
			'article_id' => $id,
			'title'      => $post ? html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' ) : __( '(deleted article)', 'storedesk' ),
			'url'        => $post ? (string) get_permalink( $post ) : null,
			'edit_url'   => $post && current_user_can( 'edit_post', $id ) ? get_edit_post_link( $id, 'raw' ) : null,
		);
	}
}
