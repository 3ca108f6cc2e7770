<?php
/**
 * The REST route an HTTP request asks for.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * Tells route registrars which route the current HTTP REST request is for,
 * so that a request for another plugin's route (or for one of ours) does
 * not build every Storedesk controller and the services behind them.
 */
final class CurrentRoute {

	/**
	 * Whether the routes of a namespace may be needed: false only for an HTTP
	 * REST request to a route of another namespace (not the index, not a batch).
	 *
	 * @param string $space Namespace, such as storedesk/v1.
	 */
	public static function may_need( string $space ): bool {
		$route = self::path();
		return null === $route || '/' === $route || str_starts_with( $route, '/batch/' ) || str_starts_with( $route . '/', '/' . $space . '/' );
	}

	/**
	 * The first segment after a namespace in the route asked for (tickets
	 * for /storedesk/v1/tickets/12), or null when any route may be needed.
	 *
	 * @param string $space Namespace.
	 */
	public static function segment( string $space ): ?string {
		$route = self::path();
		return null !== $route && preg_match( '#^/' . preg_quote( $space, '#' ) . '/([a-z-]+)#', $route, $m ) ? $m[1] : null;
	}

	/** The route of an HTTP REST request, or null (not one, or a call made inside PHP). */
	private static function path(): ?string {
		if ( ! defined( 'REST_REQUEST' ) || ! REST_REQUEST || empty( $GLOBALS['wp'] ) || ! $GLOBALS['wp'] instanceof \WP ) {
			return null;
		}
		// WordPress matches routes whatever their letter case; so does this.
		return strtolower( '/' . ltrim( (string) ( $GLOBALS['wp']->query_vars['rest_route'] ?? '' ), '/' ) );
	}
}
