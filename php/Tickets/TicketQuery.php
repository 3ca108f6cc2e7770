<?php
/**
 * Inbox list queries.
 *
 * @package Storedesk
 */

namespace Storedesk\Tickets;

use Storedesk\Install\Schema;
use Storedesk\Search\SearchPlan;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Lists tickets from the index table alone: filters are indexed equalities,
 * the sort column ends each composite index, totals are counted on the same
 * index, and postmeta is never joined.
 */
class TicketQuery {

	/**
	 * Builds the query.
	 *
	 * @param Tags         $tags   Tags.
	 * @param SearchPlan   $search How a search is matched.
	 * @param TicketAccess $access Who sees what.
	 * @param TicketIndex  $index  Index rows.
	 */
	public function __construct( private Tags $tags, private SearchPlan $search, private TicketAccess $access, private TicketIndex $index ) {}

	/**
	 * A page of tickets visible to a user, and the total.
	 *
	 * @param array $args    status (string[]), assignee ('me'|'none'|int), team, channel, tag, priority, contact, order_id,
	 *                       has_order (bool), order_status (WooCommerce statuses, string[]),
	 *                       search, updated_since, orderby, order, page, per_page, after (a Cursor: page is then
	 *                       only counted, the rows start after the cursor).
	 * @param int   $user_id User asking; their access limits the result.
	 * @return array{0: Ticket[], 1: int}|WP_Error
	 */
	public function run( array $args, int $user_id ) {
		global $wpdb;
		$sql = $this->sql_for( $args, $user_id );
		if ( is_wp_error( $sql ) ) {
			return $sql;
		}
		if ( null === $sql ) {
			return array( array(), 0 );
		}
		if ( isset( $sql['keys'] ) ) {
			return array( array_values( $this->index->get_many( Matches::page( $sql ) ) ), $sql['total'] );
		}
		$rows = $wpdb->get_results( $sql['select'] ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- built from prepared parts.
		if ( null === $sql['count'] ) {
			// A poll is not counted: the page says whether there is more.
			$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 25 ) ) );
			$total    = ( max( 1, (int) ( $args['page'] ?? 1 ) ) - 1 ) * $per_page + count( $rows ) + ( count( $rows ) === $per_page ? 1 : 0 );
			return array( array_map( static fn( $row ) => new Ticket( $row ), $rows ), $total );
		}
		$total = $sql['before'] + (int) $wpdb->get_var( $sql['count'] ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- bounded, see count_limit().
		return array( array_map( static fn( $row ) => new Ticket( $row ), $rows ), $total );
	}

	/**
	 * Whether a list would have any ticket for the user: its first row alone,
	 * without the count, for deciding where an agent lands.
	 *
	 * @param array $args    As run().
	 * @param int   $user_id User asking.
	 */
	public function any( array $args, int $user_id ): bool {
		global $wpdb;
		$sql = $this->sql_for( array_merge( $args, array( 'page' => 1, 'per_page' => 1 ) ), $user_id );
		if ( null === $sql || is_wp_error( $sql ) ) {
			return false;
		}
		return isset( $sql['keys'] ) ? $sql['total'] > 0 : null !== $wpdb->get_var( $sql['select'] ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- built from prepared parts.
	}

	/**
	 * The SELECT and COUNT statements for a list, exposed for the query-plan
	 * check in the benchmarks. Null when the result is empty by definition.
	 *
	 * @param array $args    As run().
	 * @param int   $user_id User asking.
	 * @return array{select?: string, count: string|null, keys?: string, total?: int, before?: int}|WP_Error|null
	 *         keys and total: a search's few matches, known already (see Matches::page()), instead of select;
	 *         before: rows before a cursor, to add to the count.
	 */
	public function sql_for( array $args, int $user_id ) {
		global $wpdb;
		$join  = array();
		$where = array();
		if ( ! empty( $args['status'] ) ) {
			$where['status'] = $this->in( 'i.status', (array) $args['status'], '%s' );
		}
		$assignee = $args['assignee'] ?? null;
		if ( null !== $assignee && '' !== $assignee ) {
			$where[] = $wpdb->prepare( 'i.assignee_id = %d', 'me' === $assignee ? $user_id : ( 'none' === $assignee ? 0 : (int) $assignee ) );
		}
		foreach ( array( 'team' => 'team_id', 'contact' => 'contact_id', 'order_id' => 'order_id' ) as $arg => $column ) {
			if ( isset( $args[ $arg ] ) && '' !== $args[ $arg ] ) {
				$where[] = $wpdb->prepare( "i.{$column} = %d", (int) $args[ $arg ] ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			}
		}
		if ( ! empty( $args['channel'] ) ) {
			$where['channel'] = $this->in( 'i.channel', (array) $args['channel'], '%s' );
		}
		if ( isset( $args['has_order'] ) && '' !== $args['has_order'] ) {
			$where[] = rest_sanitize_boolean( $args['has_order'] ) ? 'i.order_id > 0' : 'i.order_id = 0';
		}
		if ( ! empty( $args['order_status'] ) ) {
			$where[] = $this->in( 'i.order_status', array_map( static fn( $s ) => preg_replace( '/^wc-/', '', (string) $s ), (array) $args['order_status'] ), '%s' );
		}
		if ( ! empty( $args['priority'] ) ) {
			$where[] = $this->in( 'i.priority', array_map( static fn( $p ) => Vocabulary::priorities()[ $p ] ?? -1, (array) $args['priority'] ), '%d' );
		}
		if ( ! empty( $args['updated_since'] ) ) {
			$where[] = $wpdb->prepare( 'i.updated_at > %s', $args['updated_since'] );
		}
		$orderby = Cursor::sorts( (string) ( $args['orderby'] ?? '' ) );
		$dir     = 'asc' === strtolower( (string) ( $args['order'] ?? 'desc' ) ) ? 'ASC' : 'DESC';
		$after   = null;
		if ( ! empty( $args['after'] ) ) {
			$after = Cursor::condition( (string) $args['after'], $orderby, strtolower( $dir ) );
			if ( is_wp_error( $after ) ) {
				return $after;
			}
		}
		$visible = $this->access->visible_assignees( $user_id );
		if ( null !== $visible ) {
			$where[] = $this->in( 'i.assignee_id', $visible, '%d' );
		}
		$tags = array();
		if ( ! empty( $args['tag'] ) ) {
			$terms = $this->tags->resolve( (array) $args['tag'] );
			if ( is_wp_error( $terms ) ) {
				return $terms;
			}
			foreach ( $terms as $term ) {
				$tags[ (int) $term->term_taxonomy_id ] = (int) $term->count;
			}
		}
		$count_from  = null;
		$count_where = array();
		$total       = null;
		if ( isset( $args['search'] ) && '' !== trim( (string) $args['search'] ) ) {
			$plan = $this->search->build( (string) $args['search'], $where, $tags );
			if ( null === $plan ) {
				return null;
			}
			if ( isset( $plan['ids'] ) ) {
				// Every condition is checked: only the matches are ordered.
				$total = count( $plan['ids'] );
				$tags  = array();
				$where = array( 'i.ticket_id IN (' . implode( ',', $plan['ids'] ) . ')' );
			} else {
				$tags        = $plan['tags'];
				$join        = $plan['join'];
				$count_where = array_merge( $where, $plan['count_where'] ?? array() );
				$where       = array_merge( $where, $plan['where'] );
				$count_from  = $plan['count_from'] ?? null;
			}
		}
		foreach ( array_keys( $tags ) as $n => $tt ) {
			$join[] = "JOIN {$wpdb->term_relationships} tr{$n} ON tr{$n}.object_id = i.ticket_id AND tr{$n}.term_taxonomy_id = {$tt}";
		}
		$from     = Schema::table( 'ticket_index' ) . ' i ' . implode( ' ', $join );
		$filter   = $where ? ' WHERE ' . implode( ' AND ', $where ) : '';
		$columns  = Cursor::columns( $orderby );
		$order    = implode( ', ', array_map( static fn( $c ) => "i.{$c} {$dir}", $columns ) );
		$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 25 ) ) );
		$offset   = ( max( 1, (int) ( $args['page'] ?? 1 ) ) - 1 ) * $per_page;
		if ( null !== $after ) {
			// The rows before the cursor are the pages already seen: counted as such, never read.
			$before      = $offset;
			$offset      = 0;
			$where[]     = $after;
			$count_where = $count_from ? array_merge( $count_where, array( $after ) ) : $count_where;
			$filter      = ' WHERE ' . implode( ' AND ', $where );
		}
		if ( null !== $total ) {
			// Few matches, all known: their sort values are read by key and the page is cut here.
			return array(
				'keys'     => 'SELECT i.ticket_id, i.' . implode( ', i.', $columns ) . " FROM {$from}{$filter}",
				'columns'  => $columns,
				'desc'     => 'DESC' === $dir,
				'offset'   => $offset,
				'per_page' => $per_page,
				'count'    => null,
				'total'    => $total,
			);
		}
		$bound = max( self::count_limit(), $offset + $per_page ) + 1;
		return array(
			'select' => "SELECT i.* FROM {$from}{$filter} ORDER BY {$order}, i.ticket_id {$dir} LIMIT {$offset}, {$per_page}",
			'count'  => $this->count_sql( $args, $from . $filter, $count_from ? $count_from . ' ' . implode( ' ', $join ) . ( $count_where ? ' WHERE ' . implode( ' AND ', $count_where ) : '' ) : null, $bound ),
			'before' => $before ?? 0,
		);
	}

	/**
	 * The bounded COUNT for a list; none for a poll, whose page says whether
	 * there is more.
	 *
	 * @param array       $args   As run().
	 * @param string      $from   Tables and conditions of the list.
	 * @param string|null $search Tables and conditions starting from a search's rarest word, where
	 *                            one ticket may have several of its terms.
	 * @param int         $bound  Rows counted at most.
	 */
	private function count_sql( array $args, string $from, ?string $search, int $bound ): ?string {
		if ( ! empty( $args['updated_since'] ) ) {
			return null;
		}
		return null === $search
			? "SELECT COUNT(*) FROM (SELECT 1 FROM {$from} LIMIT {$bound}) AS matching"
			: "SELECT COUNT(*) FROM (SELECT DISTINCT i.ticket_id FROM {$search} LIMIT {$bound}) AS matching";
	}

	/**
	 * How far a list counts its matches. Past it the total is one more than
	 * the limit (or than the rows up to the page asked for), which the inbox
	 * shows as "more than 1,000": counting every match of a common word or a
	 * big view costs more than the page itself and tells an agent nothing.
	 */
	public static function count_limit(): int {
		/**
		 * Filters how many matches an inbox list counts before it says "more than".
		 *
		 * @since 0.2.0
		 * @param int $limit Matches counted, 1,000 by default.
		 */
		return max( 1, (int) apply_filters( 'storedesk_count_limit', 1000 ) );
	}

	/**
	 * An IN condition with every value prepared.
	 *
	 * @param string $column      Column.
	 * @param array  $values      Values.
	 * @param string $placeholder %s or %d.
	 */
	private function in( string $column, array $values, string $placeholder ): string {
		global $wpdb;
		$values = array_values( array_unique( $values ) );
		return $wpdb->prepare( "{$column} IN (" . implode( ',', array_fill( 0, count( $values ), $placeholder ) ) . ')', $values ); // phpcs:ignore WordPress.DB.PreparedSQL,WordPress.DB.PreparedSQLPlaceholders -- one placeholder per value.
	}
}
