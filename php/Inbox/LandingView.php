<?php
/**
 * The inbox view an agent lands on.
 *
 * @package Storedesk
 */

namespace Storedesk\Inbox;

use Storedesk\Tickets\TicketQuery;

defined( 'ABSPATH' ) || exit;

/**
 * An agent who has picked a view lands on it again; before that, on the
 * first of Mine, Unassigned and All open that has a conversation, so a
 * first look at the desk is never an empty list while work is waiting.
 */
class LandingView {

	public const META = 'storedesk_inbox_view';

	/** Ids the inbox app gives its views (src/admin/views.ts). */
	public const PATTERN = '^(mine|unassigned|open|pending|on-hold|resolved|spam|channel/[a-z0-9_-]{1,32}|team/[0-9]{1,20}|saved/[A-Za-z0-9-]{1,64})$';

	/**
	 * The views tried in turn, with the list query each one stands for;
	 * the same queries as VIEWS in src/admin/views.ts.
	 */
	public const FIRST_CHOICES = array(
		'mine'       => array(
			'assignee' => 'me',
			'status'   => array( 'open', 'pending', 'on-hold' ),
		),
		'unassigned' => array(
			'assignee' => 'none',
			'status'   => array( 'open', 'pending', 'on-hold' ),
		),
		'open'       => array( 'status' => array( 'open' ) ),
	);

	/**
	 * Answers by user for this request: the page preload and GET /me ask alike.
	 *
	 * @var array<int, string>
	 */
	private array $memo = array();

	/**
	 * Builds the chooser.
	 *
	 * @param TicketQuery $query Inbox lists.
	 */
	public function __construct( private TicketQuery $query ) {}

	/**
	 * The view id the agent lands on.
	 *
	 * @param int $user_id Agent.
	 */
	public function for_user( int $user_id ): string {
		if ( ! isset( $this->memo[ $user_id ] ) ) {
			$this->memo[ $user_id ] = $this->pick( $user_id );
		}
		return $this->memo[ $user_id ];
	}

	/**
	 * The agent's choice, else the first view with work, else Mine.
	 *
	 * @param int $user_id Agent.
	 */
	private function pick( int $user_id ): string {
		$chosen = (string) get_user_meta( $user_id, self::META, true );
		if ( self::is_view( $chosen ) ) {
			return $chosen;
		}
		foreach ( self::FIRST_CHOICES as $view => $args ) {
			if ( $this->query->any( $args, $user_id ) ) {
				return $view;
			}
		}
		return 'mine';
	}

	/**
	 * Remembers the view an agent picked.
	 *
	 * @param int    $user_id Agent.
	 * @param string $view    View id.
	 */
	public function choose( int $user_id, string $view ): bool {
		if ( ! self::is_view( $view ) ) {
			return false;
		}
		update_user_meta( $user_id, self::META, $view );
		$this->memo[ $user_id ] = $view;
		return true;
	}

	/**
	 * Whether a string is a view id the inbox knows how to open.
	 *
	 * @param string $view Candidate.
	 */
	public static function is_view( string $view ): bool {
		return 1 === preg_match( '#' . self::PATTERN . '#', $view );
	}
}
