<?php
/**
 * Teams storage.
 *
 * @package Storedesk
 */

namespace Storedesk\Teams;

use Storedesk\Install\Schema;
use Storedesk\Support\Dates;
use Storedesk\Support\Transaction;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Groups of agents that tickets can be routed to.
 */
class TeamRepository {

	/**
	 * Every team with its member ids, by name.
	 *
	 * @return array<int, array{id: int, name: string, description: string, members: int[]}>
	 */
	public function all(): array {
		global $wpdb;
		$teams   = $wpdb->get_results( 'SELECT * FROM ' . Schema::table( 'teams' ) . ' ORDER BY name, id' ); // phpcs:ignore WordPress.DB.PreparedSQL
		$members = $wpdb->get_results( 'SELECT team_id, user_id FROM ' . Schema::table( 'team_members' ) ); // phpcs:ignore WordPress.DB.PreparedSQL
		$by_team = array();
		foreach ( $members as $m ) {
			$by_team[ (int) $m->team_id ][] = (int) $m->user_id;
		}
		return array_map(
			static fn( $t ) => array(
				'id'          => (int) $t->id,
				'name'        => (string) $t->name,
				'description' => (string) $t->description,
				'members'     => $by_team[ (int) $t->id ] ?? array(),
			),
			$teams
		);
	}

	/**
	 * One team, or null.
	 *
	 * @param int $id Team id.
	 */
	public function find( int $id ): ?array {
		foreach ( $this->all() as $team ) {
			if ( $team['id'] === $id ) {
				return $team;
			}
		}
		return null;
	}

	/**
	 * Whether a team exists.
	 *
	 * @param int $id Team id.
	 */
	public function exists( int $id ): bool {
		global $wpdb;
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM ' . Schema::table( 'teams' ) . ' WHERE id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Teams a user belongs to.
	 *
	 * @param int $user_id User id.
	 * @return int[]
	 */
	public function teams_of( int $user_id ): array {
		global $wpdb;
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT team_id FROM ' . Schema::table( 'team_members' ) . ' WHERE user_id = %d', $user_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * Creates a team or, with $id, changes one.
	 *
	 * @param array $data name, description, members (user ids who can use the helpdesk).
	 * @param int   $id   Team to change, 0 to create.
	 * @return array|WP_Error The saved team.
	 */
	public function save( array $data, int $id = 0 ) {
		global $wpdb;
		foreach ( $data['members'] ?? array() as $user_id ) {
			if ( ! user_can( (int) $user_id, 'storedesk_access' ) ) {
				return new WP_Error( 'storedesk_invalid_member', sprintf( /* translators: %d: user id */ __( 'User %d is not a support agent.', 'storedesk' ), $user_id ), array( 'status' => 400 ) );
			}
		}
		return Transaction::run(
			function () use ( $wpdb, $data, $id ) {
				$row = array_intersect_key( $data, array_flip( array( 'name', 'description' ) ) );
				if ( $id ) {
					$row && $wpdb->update( Schema::table( 'teams' ), $row, array( 'id' => $id ) );
				} else {
					$wpdb->insert( Schema::table( 'teams' ), $row + array( 'created_at' => Dates::now() ) );
					$id = (int) $wpdb->insert_id;
				}
				if ( isset( $data['members'] ) ) {
					$wpdb->delete( Schema::table( 'team_members' ), array( 'team_id' => $id ) );
					foreach ( array_unique( array_map( 'intval', $data['members'] ) ) as $user_id ) {
						$wpdb->insert(
							Schema::table( 'team_members' ),
							array(
								'team_id' => $id,
								'user_id' => $user_id,
							)
						);
					}
				}
				return $this->find( $id );
			}
		);
	}

	/**
	 * Deletes a team and its memberships; its tickets are taken out of it first (TicketMoves::clear_team()).
	 *
	 * @param int $id Team id.
	 */
	public function delete( int $id ): void {
		global $wpdb;
		Transaction::run(
			static function () use ( $wpdb, $id ) {
				$wpdb->delete( Schema::table( 'team_members' ), array( 'team_id' => $id ) );
				$wpdb->delete( Schema::table( 'teams' ), array( 'id' => $id ) );
				return true;
			}
		);
	}
}
