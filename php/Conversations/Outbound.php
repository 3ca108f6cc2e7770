<?php
/**
 * The one way a message leaves for a customer.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Channels\ChannelRegistry;
use Storedesk\Channels\ReplyRoute;
use Storedesk\Channels\ReplyWindow;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Jobs\Lock;
use Storedesk\Jobs\Queue;
use Storedesk\Jobs\Worker;
use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Support\Transaction;
use Storedesk\Tickets\Ticket;
use Storedesk\Tickets\TicketRepository;

defined( 'ABSPATH' ) || exit;

/**
 * An agent's reply, an acknowledgement, a resolution notice: each is
 * recorded as a delivery on the channel that carries it (ReplyRoute), and a
 * background job hands it to the channel's send(). A failure is tried
 * again after 1, 2, 4 and 8 minutes, then shown as failed with its error,
 * and a person may retry it. The request that wrote the message never
 * waits for a send.
 */
class Outbound {

	/** Job that sends one delivery; args: delivery id. */
	public const JOB = 'storedesk_deliver';

	/** Hourly job that picks up deliveries whose job was lost or whose runner died. */
	public const SWEEP = 'storedesk_deliveries_sweep';

	/** Tries before a delivery is given up. */
	public const MAX_ATTEMPTS = Worker::MAX_ATTEMPTS;

	/** Seconds a runner may spend on one send before another may take it over. */
	private const LEASE = 300;

	/**
	 * Builds the path.
	 *
	 * @param ChannelRegistry   $channels   Channels.
	 * @param Deliveries        $deliveries The record.
	 * @param ReplyRoute        $route      Which channel reaches the customer.
	 * @param ContactRepository $contacts   Customers.
	 * @param TicketRepository  $tickets    Tickets.
	 * @param MessageRepository $messages   Messages.
	 * @param Queue             $queue      Background jobs.
	 * @param Lock              $lock       One sweep at a time.
	 * @param ReplyWindow       $window     Whether a channel still takes a reply.
	 */
	public function __construct(
		private ChannelRegistry $channels,
		private Deliveries $deliveries,
		private ReplyRoute $route,
		private ContactRepository $contacts,
		private TicketRepository $tickets,
		private MessageRepository $messages,
		private Queue $queue,
		private Lock $lock,
		private ReplyWindow $window,
	) {}

	/**
	 * Queues a message to the ticket's customer on the channel that reaches
	 * them; sending waits for the commit and a background job.
	 *
	 * @param Ticket  $ticket  The conversation.
	 * @param Message $message What it carries (the reply, the first message, the resolution event).
	 * @param string  $type    customer-reply, customer-acknowledgement, customer-resolved.
	 * @param ?array  $route   The way the agent chose (ReplyRoute::chosen()); ReplyRoute decides otherwise.
	 * @return int|null Delivery id, or null when nobody is to receive it.
	 */
	public function send( Ticket $ticket, Message $message, string $type, ?array $route = null ): ?int {
		$route = $route ?? $this->route->route( $ticket, $this->contacts->find( $ticket->contact_id() ), $type );
		if ( null === $route['via'] || null === $route['to'] ) {
			return null;
		}
		$id = $this->deliveries->create(
			array(
				'message_id' => $message->id,
				'ticket_id'  => $ticket->id(),
				'type'       => $type,
				'channel'    => (string) $route['via'],
				'recipient'  => (string) $route['to'],
			)
		);
		Transaction::after_commit(
			function () use ( $id ) {
				$this->queue->push( self::JOB, array( $id ) );
				$this->queue->hourly( self::SWEEP );
			}
		);
		return $id;
	}

	/**
	 * The job: one try of one delivery, if it is due and no other runner
	 * holds it.
	 *
	 * @param int|string $id Delivery id.
	 */
	public function deliver( $id ): void {
		$id       = (int) $id;
		$delivery = $this->deliveries->find( $id );
		if ( ! $delivery || ! $this->deliveries->claim( $id, self::LEASE ) ) {
			return;
		}
		$attempt = (int) $delivery->attempts + 1;
		$result  = $this->attempt( $delivery, $attempt );
		if ( $result->sent ) {
			$this->deliveries->sent( $id, $result->provider_id );
		} elseif ( $result->retry && $attempt < self::MAX_ATTEMPTS ) {
			$at = time() + Worker::backoff( $attempt );
			$this->deliveries->later( $id, $result->error, $at );
			$this->queue->at( self::JOB, array( $id ), $at );
		} else {
			$this->deliveries->failed( $id, $result->error );
		}
	}

	/**
	 * A person asks for a failed delivery to be tried again.
	 *
	 * @param int $id Delivery id.
	 * @return bool False when it had not failed.
	 */
	public function retry( int $id ): bool {
		if ( ! $this->deliveries->requeue( $id ) ) {
			return false;
		}
		$this->queue->push( self::JOB, array( $id ) );
		return true;
	}

	/** The sweep: tries every delivery that is due, one sweep at a time. */
	public function sweep(): void {
		$this->lock->run(
			'storedesk_deliveries_sweep_lock',
			10 * MINUTE_IN_SECONDS,
			function () {
				foreach ( $this->deliveries->due() as $id ) {
					$this->deliver( $id );
				}
			}
		);
	}

	/**
	 * Hands the delivery to its channel; whatever it throws is a failure to retry.
	 *
	 * @param object $delivery Delivery row.
	 * @param int    $attempt  This try.
	 */
	private function attempt( object $delivery, int $attempt ): SendResult {
		$channel = $this->channels->get( (string) $delivery->channel );
		$ticket  = $this->tickets->find( (int) $delivery->ticket_id );
		$message = $this->messages->find( (int) $delivery->message_id );
		if ( ! $channel || ! $ticket || ! $message ) {
			return SendResult::failed( __( 'The channel, the conversation or the message no longer exists.', 'storedesk' ), false );
		}
		// Queued in time, but the customer's window may have closed before the send.
		if ( 'customer-reply' === $delivery->type && ! $this->window->is_open( $ticket, $channel ) ) {
			return SendResult::failed( sprintf( /* translators: %s: channel name, such as WhatsApp */ __( '%s no longer accepts a reply: its reply window closed. It reopens when the customer writes again.', 'storedesk' ), $channel->label() ), false );
		}
		$out = new OutboundMessage( (int) $delivery->id, (string) $delivery->type, (string) $delivery->channel, (string) $delivery->recipient, $ticket, $message, $attempt );
		/**
		 * Filters a message to a customer before its channel sends it; return a
		 * SendResult to answer for the channel (sent elsewhere, or refused).
		 *
		 * @since 0.4.0
		 * @param SendResult|null $result  Null to let the channel send.
		 * @param OutboundMessage $message The message.
		 */
		$early = apply_filters( 'storedesk_before_delivery', null, $out );
		if ( $early instanceof SendResult ) {
			return $early;
		}
		try {
			return $channel->send( $out );
		} catch ( \Throwable $e ) {
			return SendResult::failed( $e->getMessage() );
		}
	}
}
