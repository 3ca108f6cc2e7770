<?php
/**
 * Agents' saved inbox views.
 *
 * @package Storedesk
 */

namespace Storedesk\Inbox;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Each agent keeps their own views (filters, sort, columns) in user meta:
 * few per person, read once per inbox load, private to them.
 */
class SavedViews {

	public const META = 'storedesk_views';
	public const MAX  = 50;

	/**
	 * An agent's views.
	 *
	 * @param int $user_id Agent.
	 * @return array<int, array{id: string, name: string, query: array, columns: string[]}>
	 */
	public function all( int $user_id ): array {
		$views = get_user_meta( $user_id, self::META, true );
		return is_array( $views ) ? array_values( $views ) : array();
	}

	/**
	 * Adds or replaces a view (by id).
	 *
	 * @param int   $user_id Agent.
	 * @param array $view    name, query (the tickets list parameters), columns, and id to replace one.
	 * @return array|WP_Error The saved view.
	 */
	public function save( int $user_id, array $view ) {
		$views = $this->all( $user_id );
		$id    = isset( $view['id'] ) && '' !== $view['id'] ? (string) $view['id'] : wp_generate_uuid4();
		$saved = array(
			'id'      => $id,
			'name'    => (string) $view['name'],
			'query'   => (array) ( $view['query'] ?? array() ),
			'columns' => array_values( array_map( 'strval', (array) ( $view['columns'] ?? array() ) ) ),
		);
		$views = array_values( array_filter( $views, static fn( $v ) => $v['id'] !== $id ) );
		if ( count( $views ) >= self::MAX ) {
			return new WP_Error( 'storedesk_too_many_views', sprintf( /* translators: %d: maximum */ __( 'You can keep at most %d saved views.', 'storedesk' ), self::MAX ), array( 'status' => 400 ) );
		}
		$views[] = $saved;
		update_user_meta( $user_id, self::META, $views );
		return $saved;
	}

	/**
	 * Deletes a view; true when it existed.
	 *
	 * @param int    $user_id Agent.
	 * @param string $id      View id.
	 */
	public function delete( int $user_id, string $id ): bool {
		$views = $this->all( $user_id );
		$kept  = array_values( array_filter( $views, static fn( $v ) => $v['id'] !== $id ) );
		update_user_meta( $user_id, self::META, $kept );
		return count( $kept ) < count( $views );
	}
}
