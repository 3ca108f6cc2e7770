<?php
/**
 * Ticket full-text search: what is stored.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps two things per ticket: its search document (subject and every
 * message's text, the source a rebuild starts from) and its terms, one row
 * per distinct word in the terms table, keyed (term, ticket) for searching
 * and (ticket, term) for checking one ticket.
 *
 * A write adds only the terms of the new text, with one INSERT IGNORE, so
 * a reply costs the same on a ticket of three messages or three hundred.
 */
class SearchIndex {

	/** Option that says every older ticket's terms are in place (see TermBackfill). */
	public const READY_OPTION = 'storedesk_search_terms';

	/** Rows per INSERT. */
	private const CHUNK = 500;

	/**
	 * Starts a ticket's document.
	 *
	 * @param int    $ticket_id Ticket id.
	 * @param string $subject   Ticket subject.
	 */
	public function create( int $ticket_id, string $subject ): void {
		global $wpdb;
		$wpdb->insert(
			Schema::table( 'search' ),
			array(
				'ticket_id' => $ticket_id,
				'content'   => $subject,
			)
		);
		self::add_terms( array( $ticket_id => Tokenizer::terms( $subject ) ) );
	}

	/**
	 * Replaces the subject, which starts every document.
	 *
	 * @param int    $ticket_id Ticket id.
	 * @param string $old       Previous subject.
	 * @param string $subject   New subject.
	 */
	public function rename( int $ticket_id, string $old, string $subject ): void {
		global $wpdb;
		$content = (string) $wpdb->get_var( $wpdb->prepare( 'SELECT content FROM ' . Schema::table( 'search' ) . ' WHERE ticket_id = %d', $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$rest    = str_starts_with( $content, $old ) ? substr( $content, strlen( $old ) ) : "\n" . $content;
		$this->replace( $ticket_id, $subject . $rest );
	}

	/**
	 * Adds text to a ticket's document.
	 *
	 * @param int    $ticket_id Ticket id.
	 * @param string $text      Plain text.
	 */
	public function append( int $ticket_id, string $text ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'search' ) . " SET content = CONCAT(content, '\n', %s) WHERE ticket_id = %d", $text, $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		self::add_terms( array( $ticket_id => Tokenizer::terms( $text ) ) );
	}

	/**
	 * Replaces a ticket's whole document and its terms, for a rename or a rebuild.
	 *
	 * @param int    $ticket_id Ticket id.
	 * @param string $content   The document.
	 */
	public function replace( int $ticket_id, string $content ): void {
		global $wpdb;
		$wpdb->replace(
			Schema::table( 'search' ),
			array(
				'ticket_id' => $ticket_id,
				'content'   => $content,
			)
		);
		$wpdb->delete( Schema::table( 'terms' ), array( 'ticket_id' => $ticket_id ) );
		self::add_terms( array( $ticket_id => Tokenizer::terms( $content ) ) );
	}

	/** Whether searches can use the terms table: true unless an upgrade is still filling it. */
	public static function ready(): bool {
		return 'pending' !== get_option( self::READY_OPTION );
	}

	/**
	 * Stores terms for tickets; terms already there stay as they are.
	 *
	 * @param array<int, string[]> $terms Terms by ticket id.
	 */
	public static function add_terms( array $terms ): void {
		global $wpdb;
		$rows = array();
		foreach ( $terms as $ticket_id => $list ) {
			foreach ( $list as $term ) {
				$rows[] = $wpdb->prepare( '(%s,%d)', $term, $ticket_id );
			}
		}
		foreach ( array_chunk( $rows, self::CHUNK ) as $chunk ) {
			$wpdb->query( 'INSERT IGNORE INTO ' . Schema::table( 'terms' ) . ' (term, ticket_id) VALUES ' . implode( ',', $chunk ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared tuples.
		}
	}
}
