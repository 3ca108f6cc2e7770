<?php
/**
 * A note on an order, written from a ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use Storedesk\Install\Roles;
use Storedesk\Messages\Message;
use Storedesk\Tickets\Ticket;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A private note is for the shop: it says which agent wrote it from which
 * ticket, because WooCommerce would sign it "WooCommerce" for an agent who
 * may not edit orders. A customer note is the customer's: WooCommerce
 * emails it to them and shows it in their account, so it keeps the agent's
 * words alone, and the ticket is kept as the note's meta instead.
 */
class AddOrderNote {

	/** Longest note, in characters: a note, not a letter. */
	public const MAX_LENGTH = 5000;

	/**
	 * Builds the action.
	 *
	 * @param OrderTrail $trail Note and event.
	 */
	public function __construct( private OrderTrail $trail ) {}

	/**
	 * Adds the note and the ticket event.
	 *
	 * @param Ticket    $ticket   Ticket acted from.
	 * @param \WC_Order $order    The ticket's order (TicketOrder).
	 * @param string    $text     Plain text.
	 * @param bool      $customer Whether it is a note to the customer.
	 * @return array{note_id: int, customer: bool, event: ?Message}|WP_Error
	 */
	public function add( Ticket $ticket, \WC_Order $order, string $text, bool $customer ) {
		if ( ! current_user_can( Roles::ORDER_NOTES ) ) {
			return new WP_Error( 'storedesk_forbidden', __( 'You are not allowed to add order notes.', 'storedesk' ), array( 'status' => 403 ) );
		}
		$text = trim( sanitize_textarea_field( $text ) );
		if ( '' === $text ) {
			return new WP_Error( 'storedesk_order_note_empty', __( 'Write the note first.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( mb_strlen( $text ) > self::MAX_LENGTH ) {
			/* translators: %d: characters */
			return new WP_Error( 'storedesk_order_note_too_long', sprintf( __( 'A note can be %d characters at most.', 'storedesk' ), self::MAX_LENGTH ), array( 'status' => 400 ) );
		}
		$agent   = $this->trail->agent();
		$written = $customer ? $text : sprintf(
			/* translators: 1: the note, 2: agent, 3: "Storedesk ticket #12" */
			__( '%1$s — %2$s, %3$s', 'storedesk' ),
			$text,
			$agent,
			$this->trail->ticket_ref( $ticket )
		);
		$note_id = $this->trail->note( $order, $ticket, $written, $customer );
		if ( ! $note_id ) {
			return new WP_Error( 'storedesk_order_note_failed', __( 'WooCommerce did not save the note. Try again.', 'storedesk' ), array( 'status' => 500 ) );
		}
		$body = $customer
			/* translators: 1: agent, 2: order number, 3: the note */
			? sprintf( __( '%1$s sent the customer a note on order #%2$s: “%3$s”', 'storedesk' ), $agent, $order->get_order_number(), $text )
			/* translators: 1: agent, 2: order number, 3: the note */
			: sprintf( __( '%1$s added a private note to order #%2$s: “%3$s”', 'storedesk' ), $agent, $order->get_order_number(), $text );
		$event = $this->trail->event(
			$ticket,
			$order,
			'note',
			$body,
			array(
				'note_id'  => $note_id,
				'customer' => $customer,
			)
		);
		return array(
			'note_id'  => $note_id,
			'customer' => $customer,
			'event'    => $event,
		);
	}
}
