<?php
/**
 * The one way a customer's message enters the desk.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Channels\Channel;
use Storedesk\Channels\ChannelRegistry;
use Storedesk\Messages\MessageRepository;
use Storedesk\Notifications\Announcer;
use Storedesk\Support\Text;
use Storedesk\Support\Transaction;
use Storedesk\Tickets\TicketRepository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Every way a customer writes (the form with or without JavaScript, the
 * portal, an agent opening a ticket or logging a call, and the channels to
 * come) ends here: a message seen before is stored once, the sender becomes
 * a contact by their address, the message joins its conversation or opens
 * one (reopening a resolved one), and then the notifications go out, unless
 * the message is automatic or the sender is flooding the desk.
 */
class Intake {

	/**
	 * Builds the intake.
	 *
	 * @param ChannelRegistry   $channels Channels.
	 * @param ContactResolver   $senders  Who a message is from.
	 * @param TicketRepository  $tickets  Tickets.
	 * @param MessageRepository $messages Threads.
	 * @param LoopGuard         $guard    Floods and auto-replies.
	 * @param Announcer         $notifier Queues the emails a message calls for.
	 * @param InboundFiles      $files    Keeps the files that came with a message.
	 * @param RelatedTickets    $related  Links a conversation opened in answer to another.
	 */
	public function __construct(
		private ChannelRegistry $channels,
		private ContactResolver $senders,
		private TicketRepository $tickets,
		private MessageRepository $messages,
		private LoopGuard $guard,
		private Announcer $notifier,
		private InboundFiles $files,
		private RelatedTickets $related,
	) {}

	/**
	 * Stores a message where it belongs and starts what it calls for.
	 *
	 * @param InboundMessage $in The message.
	 * @return Received|WP_Error
	 */
	public function receive( InboundMessage $in ) {
		$channel = $this->channels->get( $in->channel );
		if ( ! $channel ) {
			return new WP_Error( 'storedesk_invalid_channel', __( 'Unknown channel.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$seen = $this->seen( $in );
		if ( $seen ) {
			return $seen;
		}
		$received = Transaction::run(
			function () use ( $in, $channel ) {
				$stored = $this->store( $in, $channel );
				if ( $stored instanceof Received && $in->files ) {
					$this->files->keep( $in->files, $stored->message, $stored->contact->id );
				}
				return $stored;
			}
		);
		if ( is_wp_error( $received ) ) {
			// Two deliveries of one message at once: the other one stored it.
			return $this->seen( $in ) ?? $received;
		}
		if ( ! $in->automatic && ! $this->guard->flooding( $received->contact->id ) ) {
			$this->notifier->received( $received, $in->actor_id );
		}
		// After the commit: a caller's transaction (the form's files) may still roll the message back.
		Transaction::after_commit(
			static function () use ( $received, $in ) {
				/**
				 * Fires once a message from a customer (or logged for one) is
				 * committed, once per message: a redelivery does not fire it again.
				 *
				 * @since 0.4.0
				 * @param Received       $received Ticket, message, contact, and whether it opened or reopened the ticket.
				 * @param InboundMessage $in       The message as the channel delivered it.
				 */
				do_action( 'storedesk_message_received', $received, $in );
			}
		);
		return $received;
	}

	/**
	 * Writes the message and whatever it opens; runs in a transaction.
	 *
	 * @param InboundMessage $in      The message.
	 * @param Channel        $channel Its channel.
	 * @return Received|WP_Error
	 */
	private function store( InboundMessage $in, Channel $channel ) {
		$contact = $this->senders->contact( $in, $channel );
		if ( is_wp_error( $contact ) ) {
			return $contact;
		}
		$ticket_id = $in->ticket_id ? $in->ticket_id : $channel->thread( $in, $contact );
		if ( ! $ticket_id ) {
			return $this->open( $in, $contact, $channel );
		}
		$ticket = $this->tickets->find( $ticket_id );
		if ( ! $ticket ) {
			return new WP_Error( 'storedesk_ticket_not_found', __( 'That ticket does not exist.', 'storedesk' ), array( 'status' => 404 ) );
		}
		$message = $this->messages->add( $ticket_id, $this->message( $in, $contact->id ) );
		if ( is_wp_error( $message ) ) {
			return $message;
		}
		// Whoever the customer copied in now takes part (a reply-all adding a colleague).
		if ( 'customer' === $in->kind && ! empty( $in->ticket['cc'] ) ) {
			$copied = $this->tickets->copy_in( $ticket_id, (array) $in->ticket['cc'] );
			if ( is_wp_error( $copied ) ) {
				return $copied;
			}
		}
		$reopen = 'customer' === $in->kind && ! $in->automatic && in_array( $ticket->status(), array( 'resolved', 'closed' ), true );
		if ( $reopen ) {
			$ticket = $this->tickets->update( $ticket_id, array( 'status' => 'open' ), $in->actor_id );
			if ( is_wp_error( $ticket ) ) {
				return $ticket;
			}
		}
		return new Received( $ticket, $message, $contact, false, false, $reopen );
	}

	/**
	 * Opens a conversation with the message; an automatic one opens none.
	 *
	 * @param InboundMessage              $in      The message.
	 * @param \Storedesk\Contacts\Contact $contact Its sender.
	 * @param Channel                     $channel Its channel, which may add a status and a related ticket.
	 * @return Received|WP_Error
	 */
	private function open( InboundMessage $in, $contact, Channel $channel ) {
		if ( $in->automatic ) {
			return new WP_Error( 'storedesk_automatic_message', __( 'An automatic message (such as an out-of-office reply) does not open a conversation.', 'storedesk' ), array( 'status' => 422 ) );
		}
		$subject = '' !== $in->subject ? $in->subject : wp_html_excerpt( Text::plain( $in->body, $in->format ), 80, '…' );
		$added   = $channel->opening( $in, $contact );
		$ticket  = $this->tickets->create(
			array(
				'subject'    => '' !== $subject ? $subject : __( '(no subject)', 'storedesk' ),
				'channel'    => $in->channel,
				'contact_id' => $contact->id,
				'message'    => $this->message( $in, $contact->id ),
				'created_at' => $in->created_at,
			) + array_intersect_key( $added, array( 'status' => true ) ) + $in->ticket,
			$in->actor_id
		);
		if ( is_wp_error( $ticket ) ) {
			return $ticket;
		}
		if ( ! empty( $added['related'] ) ) {
			$this->related->link( $ticket, (int) $added['related'], $contact );
		}
		$first = $this->messages->thread( $ticket->id(), 1, 1 )[0][0] ?? null;
		return $first ? new Received( $ticket, $first, $contact, true ) : new WP_Error( 'storedesk_db_error', __( 'The message could not be saved.', 'storedesk' ), array( 'status' => 500 ) );
	}

	/**
	 * The message row.
	 *
	 * @param InboundMessage $in         The message.
	 * @param int            $contact_id Its sender.
	 */
	private function message( InboundMessage $in, int $contact_id ): array {
		$meta = $in->meta + ( $in->actor_id ? array( 'logged_by' => $in->actor_id ) : array() ) + ( $in->automatic ? array( 'automatic' => true ) : array() );
		return array_filter(
			array(
				'kind'        => $in->kind,
				'channel'     => $in->channel,
				'contact_id'  => 'customer' === $in->kind ? $contact_id : 0,
				'author_id'   => 'reply' === $in->kind ? $in->actor_id : 0,
				'body'        => $in->body,
				'format'      => $in->format,
				'external_id' => $in->external_id,
				'meta'        => $meta,
				'with_files'  => $in->with_files,
				'created_at'  => $in->created_at,
			),
			static fn( $v ) => null !== $v
		);
	}

	/**
	 * The outcome of a message stored before under the same channel id.
	 *
	 * @param InboundMessage $in The message.
	 */
	private function seen( InboundMessage $in ): ?Received {
		$message = null === $in->external_id || '' === $in->external_id ? null : $this->messages->find_by_external( $in->channel, $in->external_id );
		$ticket  = $message ? $this->tickets->find( $message->ticket_id ) : null;
		$contact = $ticket ? $this->senders->find( $message->contact_id ? $message->contact_id : $ticket->contact_id() ) : null;
		return $message && $ticket && $contact ? new Received( $ticket, $message, $contact, false, true ) : null;
	}
}
