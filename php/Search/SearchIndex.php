<?php
/**
 * Ticket full-text search: what is stored.
 *
 * @package Storedesk
 */

namespace Storedesk\Search;

use Storedesk\Install\Schema;
use Storedesk\Support\Transaction;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps two things per ticket: its search document (subject and every
 * message's text, the source a rebuild starts from) and its terms, one row
 * per distinct word in the terms table, keyed (term, ticket) for searching
 * and (ticket, term) for checking one ticket. The terms also hold the words
 * of the customer's name, email and phone, so that an agent who types a
 * customer finds their conversations, narrowed by any other word.
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
	 * @param object $customer  The ticket's contact: name, email, phone.
	 */
	public function create( int $ticket_id, string $subject, object $customer ): void {
		global $wpdb;
		$wpdb->insert(
			Schema::table( 'search' ),
			array(
				'ticket_id' => $ticket_id,
				'content'   => $subject,
			)
		);
		self::add_terms( array( $ticket_id => Tokenizer::terms( $subject . "\n" . self::customer_text( $customer ) ) ) );
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
		$this->retokenize( array( $ticket_id ) );
	}

	/**
	 * Cuts the terms of tickets again from their documents and customers,
	 * after a customer's name or address changed.
	 *
	 * The documents are read under a row lock: a reply appending to one
	 * meanwhile waits, then adds its own terms, which are never lost to the
	 * delete below.
	 *
	 * @param int[] $ids Ticket ids.
	 */
	public function retokenize( array $ids ): void {
		global $wpdb;
		$ids = array_map( 'intval', $ids );
		if ( ! $ids ) {
			return;
		}
		Transaction::run(
			static function () use ( $wpdb, $ids ) {
				$list  = implode( ',', $ids );
				$docs  = $wpdb->get_results( 'SELECT ticket_id, content FROM ' . Schema::table( 'search' ) . " WHERE ticket_id IN ({$list})" . ( Schema::is_sqlite() ? '' : ' FOR UPDATE' ), OBJECT_K ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
				$who   = self::customers( $ids );
				$terms = array();
				foreach ( $ids as $id ) {
					$terms[ $id ] = Tokenizer::terms( ( isset( $docs[ $id ] ) ? $docs[ $id ]->content : '' ) . "\n" . ( $who[ $id ] ?? '' ) );
				}
				$wpdb->query( 'DELETE FROM ' . Schema::table( 'terms' ) . " WHERE ticket_id IN ({$list})" ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
				self::add_terms( $terms );
				return true;
			}
		);
	}

	/**
	 * The words that name each ticket's customer: name, email and phone.
	 *
	 * @param int[] $ids Ticket ids.
	 * @return array<int, string> Text by ticket id.
	 */
	public static function customers( array $ids ): array {
		global $wpdb;
		if ( ! $ids ) {
			return array();
		}
		$rows = $wpdb->get_results( 'SELECT i.ticket_id, c.name, c.email, c.phone FROM ' . Schema::table( 'ticket_index' ) . ' i JOIN ' . Schema::table( 'contacts' ) . ' c ON c.id = i.contact_id WHERE i.ticket_id IN (' . implode( ',', array_map( 'intval', $ids ) ) . ')' ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers.
		$out  = array();
		foreach ( $rows as $row ) {
			$out[ (int) $row->ticket_id ] = self::customer_text( $row );
		}
		return $out;
	}

	/**
	 * The words that name a customer.
	 *
	 * @param object $customer Contact or its row: name, email, phone.
	 */
	public static function customer_text( object $customer ): string {
		return implode( "\n", array_filter( array( $customer->name, $customer->email, $customer->phone ) ) );
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
