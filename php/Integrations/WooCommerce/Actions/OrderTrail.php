<?php
/**
 * What an order action leaves behind, on both sides.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Actions;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Every order action from a ticket is written twice: a note on the order,
 * for whoever opens it in WooCommerce, and an event in the ticket's
 * thread, for the next agent on the conversation.
 *
 * The agent is always the current user. WooCommerce attributes refunds
 * (refunded_by) and notes to the current user, so another actor could not
 * be honoured anyway; and it names the author of a note only for users
 * who may edit orders, which support agents usually may not, so our notes
 * name the agent in their text.
 */
class OrderTrail {

	/**
	 * Builds the recorder.
	 *
	 * @param MessageRepository $messages Ticket threads.
	 */
	public function __construct( private MessageRepository $messages ) {}

	/** The acting agent's name. */
	public function agent(): string {
		$user = wp_get_current_user();
		return $user->exists() ? $user->display_name : __( 'Storedesk', 'storedesk' );
	}

	/**
	 * "Storedesk ticket #12", how an order note points back to the conversation.
	 *
	 * @param Ticket $ticket Ticket.
	 */
	public function ticket_ref( Ticket $ticket ): string {
		/* translators: %d: ticket number */
		return sprintf( __( 'Storedesk ticket #%d', 'storedesk' ), $ticket->id() );
	}

	/**
	 * Adds a note to the order, tagged with the ticket (comment meta, so the
	 * link survives even where the text does not say it).
	 *
	 * @param \WC_Order $order    Order.
	 * @param Ticket    $ticket   Ticket acted from.
	 * @param string    $text     Note text.
	 * @param bool      $customer Whether the customer sees it (WooCommerce emails them).
	 * @return int Note id, 0 on failure.
	 */
	public function note( \WC_Order $order, Ticket $ticket, string $text, bool $customer = false ): int {
		return (int) $order->add_order_note(
			$text,
			$customer ? 1 : 0,
			true,
			array(
				'storedesk_ticket' => $ticket->id(),
				'storedesk_agent'  => get_current_user_id(),
			)
		);
	}

	/**
	 * Adds the event to the ticket's thread. It comes after the action, which
	 * is done by then: failing the request would invite the agent to do it
	 * again (a second refund), so a thread that cannot be written to costs
	 * the record (null), never a repeated action.
	 *
	 * @param Ticket    $ticket Ticket.
	 * @param \WC_Order $order  Order acted on.
	 * @param string    $action note, status, refund or email.
	 * @param string    $body   The sentence the thread shows.
	 * @param array     $meta   What the UI needs besides the sentence.
	 */
	public function event( Ticket $ticket, \WC_Order $order, string $action, string $body, array $meta = array() ): ?Message {
		$event = $this->messages->add(
			$ticket->id(),
			array(
				'kind'      => 'event',
				'channel'   => (string) $ticket->get( 'channel' ),
				'author_id' => get_current_user_id(),
				'format'    => 'text',
				'body'      => $body,
				'meta'      => array(
					'field'        => 'order',
					'action'       => $action,
					'order_id'     => $order->get_id(),
					'order_number' => (string) $order->get_order_number(),
				) + $meta,
			)
		);
		return $event instanceof Message ? $event : null;
	}

	/**
	 * An amount and how the store writes it, as the API shows money.
	 *
	 * @param float     $amount Amount.
	 * @param \WC_Order $order  Order (its currency).
	 * @return array{amount: float, label: string}
	 */
	public static function money( float $amount, \WC_Order $order ): array {
		return array(
			'amount' => $amount,
			'label'  => Store::price( $amount, $order->get_currency() ),
		);
	}
}
