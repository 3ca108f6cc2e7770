<?php
/**
 * Rate limits on the shopper API.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\ClientIp;
use Storedesk\Storefront\GuestTokens;
use Storedesk\Storefront\RateLimiter;
use Storedesk\Support\IpRange;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Counts every POST that reaches a storedesk/store/v1 handler, whatever the
 * letter case of the path (WordPress matches routes case-insensitively),
 * per client (IP address, an IPv6 client's /64, or the user for a logged-in
 * customer) and, for a guest's valid token, per ticket, before the route
 * validates anything, so malformed bursts count too. The per-email count is
 * taken by the route once the submission is valid (count_email()), so a
 * stranger's junk cannot lock a customer out. Every counted response
 * carries RateLimit-* headers; a refused one is a 429 with Retry-After. A
 * post carrying files (the form's or a reply's "attachments[]") also counts
 * against one shared "upload" budget under the same keys, so alternating
 * routes does not double what a client may upload in a window; the headers
 * report the tighter of the two.
 */
class StoreRateLimits {

	/**
	 * Multiples of the per-client limit for posts a shopper makes many of
	 * in ordinary use: each search shown, article opened and page left with
	 * the help open posts an event, where a form is posted once.
	 */
	private const ALLOWANCE = array( 'help/events' => 5 );

	/**
	 * Results by request, for the response headers.
	 *
	 * @var array<int, array>
	 */
	private array $results = array();

	/**
	 * The limited action of each counted request, for count_email().
	 *
	 * @var array<int, string>
	 */
	private array $actions = array();

	/**
	 * Builds the limits.
	 *
	 * @param RateLimiter $limiter Counters.
	 * @param GuestTokens $tokens  Magic-link tokens.
	 */
	public function __construct( private RateLimiter $limiter, private GuestTokens $tokens ) {}

	/** Hooks around every REST callback. */
	public function register(): void {
		add_filter( 'rest_request_before_callbacks', array( $this, 'before' ), 10, 3 );
		add_filter( 'rest_request_after_callbacks', array( $this, 'after' ), 10, 3 );
	}

	/**
	 * Counts the hit; refuses it when over a limit.
	 *
	 * @param mixed           $response Result so far (null, or a validation error).
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function before( $response, $handler, $request ) {
		$action = $this->action( $handler, $request );
		if ( null === $action ) {
			return $response;
		}
		$keys   = $this->keys( $request );
		$result = $this->hit( $action, $keys );
		if ( $request->get_file_params() ) {
			$result = $this->tighter( $result, $this->hit( 'upload', $keys ) );
		}
		$this->results[ spl_object_id( $request ) ] = $result;
		$this->actions[ spl_object_id( $request ) ] = $action;
		return $result['allowed'] ? $response : $this->refusal();
	}

	/**
	 * Counts a valid submission against the email address it is about; the
	 * route calls this once the address is known to be well formed.
	 *
	 * @param WP_REST_Request $request Request (already counted per client).
	 * @param string          $email   Normalised address.
	 * @return WP_Error|null A 429 when the address is over its limit.
	 */
	public function count_email( $request, string $email ): ?WP_Error {
		$id = spl_object_id( $request );
		if ( ! isset( $this->actions[ $id ] ) || get_current_user_id() ) {
			return null;
		}
		$result               = $this->hit( $this->actions[ $id ], array( 'email:' . $email ) );
		$this->results[ $id ] = $this->tighter( $this->results[ $id ], $result );
		return $result['allowed'] ? null : $this->refusal();
	}

	/**
	 * The route's limits for a post that does not come through the REST API
	 * (the no-JavaScript form): the same counters as the route's, so posting
	 * without scripts is no way around them.
	 *
	 * @param string $action Route action, such as "tickets".
	 * @param bool   $files  Files come with the post (they count as uploads too).
	 */
	public function take( string $action, bool $files ): ?WP_Error {
		$keys   = array( $this->client_key() );
		$result = $this->hit( $action, $keys );
		if ( $files ) {
			$result = $this->tighter( $result, $this->hit( 'upload', $keys ) );
		}
		return $result['allowed'] ? null : $this->refusal();
	}

	/**
	 * The per-address count of a post taken with take(); signed-in customers
	 * are counted as themselves already.
	 *
	 * @param string $action Route action.
	 * @param string $email  The address the post is from.
	 */
	public function count_address( string $action, string $email ): ?WP_Error {
		if ( get_current_user_id() ) {
			return null;
		}
		return $this->hit( $action, array( 'email:' . $email ) )['allowed'] ? null : $this->refusal();
	}

	/** The answer to a request over a limit. */
	private function refusal(): WP_Error {
		return new WP_Error( 'storedesk_rate_limited', __( 'Too many requests. Please wait a little and try again.', 'storedesk' ), array( 'status' => 429 ) );
	}

	/**
	 * Adds the RateLimit headers to a counted response.
	 *
	 * @param mixed           $response Result.
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function after( $response, $handler, $request ) {
		$id = spl_object_id( $request );
		if ( ! isset( $this->results[ $id ] ) ) {
			return $response;
		}
		$result = $this->results[ $id ];
		unset( $this->results[ $id ], $this->actions[ $id ] );
		$response = is_wp_error( $response ) ? rest_convert_error_to_response( $response ) : rest_ensure_response( $response );
		foreach ( RateLimiter::headers( $result ) as $name => $value ) {
			$response->header( $name, $value );
		}
		return $response;
	}

	/**
	 * Which limit a request counts against, or null when it is not limited:
	 * decided by the handler WordPress matched, and the path in lower case,
	 * as WordPress itself matched it.
	 *
	 * @param array           $handler Matched handler.
	 * @param WP_REST_Request $request Request.
	 */
	private function action( $handler, $request ): ?string {
		$route    = strtolower( (string) $request->get_route() );
		$callback = $handler['callback'] ?? null;
		if ( ! ( is_array( $callback ) && ( $callback[0] ?? null ) instanceof StoreController ) ) {
			return null;
		}
		if ( 'POST' !== $request->get_method() || ! str_starts_with( $route, '/' . StoreController::NAMESPACE . '/' ) ) {
			return null;
		}
		if ( preg_match( '#/tickets/\d+/(messages|close|reopen)$#', $route, $m ) ) {
			return 'messages' === $m[1] ? 'reply' : 'status';
		}
		if ( preg_match( '#/help/articles/\d+/feedback$#', $route ) ) {
			// One budget for every article's answers, or a client could post to each article in turn.
			return 'feedback';
		}
		return trim( substr( $route, strlen( StoreController::NAMESPACE ) + 1 ), '/' );
	}

	/**
	 * The keys a request is counted under: who sends it and about whom.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return string[]
	 */
	private function keys( $request ): array {
		$keys = array( $this->client_key() );
		if ( ! get_current_user_id() && preg_match( '#/tickets/(\d+)/#', (string) $request->get_route(), $m ) && $this->tokens->verify( (string) $request->get_header( StoreController::TOKEN_HEADER ) ) === (int) $m[1] ) {
			// Only a valid token counts against its ticket: strangers' refused tries must not lock the shopper out.
			$keys[] = 'ticket:' . $m[1];
		}
		return $keys;
	}

	/** Who is posting: the signed-in customer, or the client's address. */
	private function client_key(): string {
		$user = get_current_user_id();
		return $user ? 'user:' . $user : 'ip:' . IpRange::client_key( ClientIp::get() );
	}

	/**
	 * Counts a hit under every key; the answer is the tightest of them.
	 *
	 * @param string   $action Limited action.
	 * @param string[] $keys   Keys.
	 * @return array{allowed: bool, limit: int, remaining: int, reset: int}
	 */
	private function hit( string $action, array $keys ): array {
		$window = (int) Settings::get( 'rate_limit_window' );
		$worst  = null;
		foreach ( $keys as $key ) {
			// Who sends (an address, a customer) has one limit; what the post is about (an email, a ticket) another.
			$client = str_starts_with( $key, 'ip:' ) || str_starts_with( $key, 'user:' );
			$limit  = (int) Settings::get( $client ? 'rate_limit_ip' : 'rate_limit_email' ) * ( $client ? self::ALLOWANCE[ $action ] ?? 1 : 1 );
			$result = $this->limiter->hit( 'store:' . $action . ':' . $key, $limit, $window );
			$worst  = null === $worst ? $result : $this->tighter( $worst, $result );
		}
		return $worst;
	}

	/**
	 * The tighter of two results: a refusal, else the fewer hits left.
	 *
	 * @param array $a Result of a hit.
	 * @param array $b Another.
	 */
	private function tighter( array $a, array $b ): array {
		return ( $a['allowed'] && ! $b['allowed'] ) || ( $a['allowed'] === $b['allowed'] && $b['remaining'] < $a['remaining'] ) ? $b : $a;
	}
}
