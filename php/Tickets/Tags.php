<?php
/**
 * Ticket tags.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Tags live in a taxonomy, so filtering by tag is an indexed join on
 * term relationships and tag management reuses WordPress terms.
 */
class Tags {

	/**
	 * Term taxonomy ids for tag slugs; an unknown slug is an error, so a typo
	 * never silently creates a tag.
	 *
	 * @param string[] $slugs Tag slugs.
	 * @return array<string, \WP_Term>|WP_Error slug => term.
	 */
	public function resolve( array $slugs ) {
		$out = array();
		foreach ( array_unique( $slugs ) as $slug ) {
			$term = get_term_by( 'slug', sanitize_title( (string) $slug ), TicketPostType::TAG_TAXONOMY );
			if ( ! $term ) {
				return new WP_Error( 'storedesk_unknown_tag', sprintf( /* translators: %s: tag */ __( 'There is no tag "%s". Create it first.', 'storedesk' ), $slug ), array( 'status' => 400 ) );
			}
			$out[ $term->slug ] = $term;
		}
		return $out;
	}

	/**
	 * Tag slugs of many tickets in one query, each ticket's by name.
	 *
	 * The join starts from the tickets' own rows, whatever the statistics
	 * say: right after a bulk import, WordPress's own query was planned from
	 * the tag side and read every tagged ticket (120,000 rows at 100,000
	 * tickets) for a page of 25.
	 *
	 * @param int[] $ticket_ids Ticket ids.
	 * @return array<int, string[]> ticket id => slugs.
	 */
	public function of_tickets( array $ticket_ids ): array {
		global $wpdb;
		$ticket_ids = array_map( 'intval', $ticket_ids );
		$out        = array_fill_keys( $ticket_ids, array() );
		if ( ! $ticket_ids ) {
			return $out;
		}
		$join = \Storedesk\Install\Schema::is_sqlite() ? 'JOIN' : 'STRAIGHT_JOIN';
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT tr.object_id, t.slug, t.name FROM {$wpdb->term_relationships} tr {$join} {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = tr.term_taxonomy_id {$join} {$wpdb->terms} t ON t.term_id = tt.term_id WHERE tr.object_id IN (" . implode( ',', $ticket_ids ) . ') AND tt.taxonomy = %s', TicketPostType::TAG_TAXONOMY ) ); // phpcs:ignore WordPress.DB.PreparedSQL -- integers and core table names.
		usort( $rows, static fn( $a, $b ) => strcasecmp( $a->name, $b->name ) );
		foreach ( $rows as $row ) {
			$out[ (int) $row->object_id ][] = $row->slug;
		}
		return $out;
	}

	/**
	 * Every tag with its ticket count.
	 *
	 * @return array<int, array{id: int, slug: string, name: string, count: int}>
	 */
	public function all(): array {
		$terms = get_terms(
			array(
				'taxonomy'   => TicketPostType::TAG_TAXONOMY,
				'hide_empty' => false,
			)
		);
		return array_map(
			static fn( $t ) => array(
				'id'    => (int) $t->term_id,
				'slug'  => $t->slug,
				'name'  => $t->name,
				'count' => (int) $t->count,
			),
			is_array( $terms ) ? $terms : array()
		);
	}

	/**
	 * Creates a tag, or returns the existing one of that name.
	 *
	 * @param string    $name    Tag name.
	 * @param bool|null $created Set to whether a new tag was made.
	 * @return array|WP_Error
	 */
	public function create( string $name, ?bool &$created = null ) {
		$name = trim( sanitize_text_field( $name ) );
		if ( '' === $name || mb_strlen( $name ) > 60 ) {
			return new WP_Error( 'storedesk_invalid_tag', __( 'A tag name needs 1 to 60 characters.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$term    = term_exists( $name, TicketPostType::TAG_TAXONOMY );
		$created = ! $term;
		$term    = $term ? $term : wp_insert_term( $name, TicketPostType::TAG_TAXONOMY );
		if ( is_wp_error( $term ) ) {
			return $term;
		}
		$t = get_term( (int) $term['term_id'], TicketPostType::TAG_TAXONOMY );
		return array(
			'id'    => (int) $t->term_id,
			'slug'  => $t->slug,
			'name'  => $t->name,
			'count' => (int) $t->count,
		);
	}
}
