<?php
/**
 * Placeholders in an agent's reply.
 *
 * @package Storedesk
 */

namespace Storedesk\Messages;

use Storedesk\Notifications\PlaceholderValues;
use Storedesk\Tickets\Ticket;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * An agent writes "Your order {order_number} left today" once, in a saved
 * answer or by hand; the reply is stored and sent with the values, so the
 * thread shows exactly what the customer read. A placeholder with no value
 * on this ticket (no order linked) stops the reply with the reason rather
 * than reach the customer as "{order_number}" or as a hole in a sentence.
 */
class ReplyPlaceholders {

	/**
	 * Builds the filler.
	 *
	 * @param PlaceholderValues $values What each placeholder stands for.
	 */
	public function __construct( private PlaceholderValues $values ) {}

	/**
	 * The body with its placeholders filled in, or why it cannot be.
	 *
	 * @param Ticket $ticket Ticket replied to.
	 * @param string $body   Reply body.
	 * @param string $format html or text.
	 * @param int    $agent  The agent who writes.
	 * @return string|WP_Error
	 */
	public function fill( Ticket $ticket, string $body, string $format, int $agent ) {
		if ( ! str_contains( $body, '{' ) || ! preg_match_all( '/\{([a-z_]+)\}/', $body, $found ) ) {
			return $body;
		}
		$used = array_values( array_intersect( array_unique( $found[1] ), PlaceholderValues::names() ) );
		if ( ! $used ) {
			return $body;
		}
		$values  = $this->values->for_ticket( $ticket, $agent );
		$missing = array_filter( $used, static fn( $key ) => '' === trim( (string) ( $values[ $key ] ?? '' ) ) );
		if ( $missing ) {
			return new WP_Error(
				'storedesk_placeholder_empty',
				/* translators: %s: placeholders such as {order_number} */
				sprintf( __( 'This reply uses %s, which has no value on this ticket (link an order first, for order details). Remove it or write the words yourself.', 'storedesk' ), '{' . implode( '}, {', $missing ) . '}' ),
				array(
					'status'       => 400,
					'placeholders' => array_values( $missing ),
				)
			);
		}
		return (string) preg_replace_callback(
			'/\{([a-z_]+)\}/',
			static function ( $m ) use ( $values, $used, $format ) {
				if ( ! in_array( $m[1], $used, true ) ) {
					return $m[0];
				}
				$value = (string) $values[ $m[1] ];
				return 'html' === $format ? nl2br( esc_html( $value ), false ) : $value;
			},
			$body
		);
	}
}
