<?php
/**
 * Base of the shopper REST controllers.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Storefront\FieldErrors;
use Storedesk\Storefront\Shopper;
use Storedesk\Tickets\Ticket;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Shared plumbing for storedesk/store/v1, modelled on WooCommerce's Store
 * API: cookie sessions authenticate with the REST nonce (X-WP-Nonce, which
 * WordPress checks before any route runs; without it a cookie counts for
 * nothing), guests with the magic-link token in the X-Storedesk-Token
 * header, never a cookie, so no other site can make a browser use it.
 */
abstract class StoreController extends WP_REST_Controller {

	public const NAMESPACE    = 'storedesk/store/v1';
	public const TOKEN_HEADER = 'X-Storedesk-Token';

	/**
	 * Route namespace.
	 *
	 * @var string
	 */
	protected $namespace = self::NAMESPACE;

	/**
	 * Builds the controller.
	 *
	 * @param Shopper $shopper Who is asking and what they may open.
	 */
	public function __construct( protected Shopper $shopper ) {}

	/**
	 * Anyone may call a public route (rate limits and spam checks apply in it).
	 */
	public function anyone(): bool {
		return true;
	}

	/** Logged-in customers only. */
	public function logged_in(): bool|WP_Error {
		return is_user_logged_in() ? true : new WP_Error( 'storedesk_login_required', __( 'Log in to see your support requests.', 'storedesk' ), array( 'status' => 401 ) );
	}

	/**
	 * Whether the caller may open the ticket in the URL: its owner when
	 * logged in, or a guest whose token opens exactly this ticket. A ticket
	 * the caller may not open is "not found", so ids cannot be probed.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function can_open_ticket( $request ) {
		$token = (string) $request->get_header( self::TOKEN_HEADER );
		return $this->shopper->check_ticket( (int) $request['id'], $token, get_current_user_id() );
	}

	/**
	 * The ticket of the URL, checked by can_open_ticket().
	 *
	 * @param WP_REST_Request $request Request.
	 */
	protected function ticket( $request ): Ticket {
		return $this->shopper->ticket( (int) $request['id'] );
	}

	/**
	 * A 400 error that names the fields at fault, for messages beside them.
	 *
	 * @param array<string, string> $fields Field => message.
	 * @param string                $code   Stable code.
	 * @param string                $message Summary.
	 */
	protected function field_errors( array $fields, string $code = 'storedesk_invalid_fields', string $message = '' ): WP_Error {
		return $this->invalid( $fields, null, $code, $message );
	}

	/**
	 * Field errors with the files' problem beside the file input; when PHP
	 * dropped the whole body (too large), that alone, as a 413.
	 *
	 * @param array<string, string> $fields  Field => message.
	 * @param WP_Error|null         $files   Refusal from ShopperUploads::from_request(), see FieldErrors.
	 * @param string                $code    Stable code.
	 * @param string                $message Summary.
	 */
	protected function invalid( array $fields, ?WP_Error $files, string $code = 'storedesk_invalid_fields', string $message = '' ): WP_Error {
		return FieldErrors::of( $fields, $files, $code, $message );
	}
}
