<?php
/**
 * How a message to a customer leaves.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Contacts\Contact;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * A reply can go on any channel that sends and on which the customer has
 * an address, while its reply window is open: the conversation's own
 * channel first, then the others in the registry's order (email first).
 * The notices (received, resolved) are email's. Deliveries are made by
 * this answer and the composer shows it (and lets the agent pick another
 * of the options), so an agent knows before sending where the reply goes,
 * or that it goes nowhere.
 */
class ReplyRoute {

	/**
	 * Builds the route.
	 *
	 * @param ChannelRegistry   $channels Channels.
	 * @param ContactRepository $contacts A customer's addresses on a channel.
	 * @param ReplyWindow       $window   How long a channel lets us answer.
	 */
	public function __construct( private ChannelRegistry $channels, private ContactRepository $contacts, private ReplyWindow $window ) {}

	/**
	 * The channels that can send, by slug.
	 *
	 * @var array<string, Channel>
	 */
	private array $sending = array();

	/**
	 * The registry's channels $sending was read from.
	 *
	 * @var array<string, Channel>|null
	 */
	private ?array $sending_of = null;

	/**
	 * The address an email to the customer goes to, or null when they are
	 * not to be emailed.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @param string       $type    Email type (customer-reply…).
	 */
	private function email_for( Ticket $ticket, ?Contact $contact, string $type ): ?string {
		$email = $this->address_of( $contact );
		/**
		 * Filters whether the customer of a ticket gets an email.
		 *
		 * @since 0.2.0
		 * @param bool   $send   True when the contact has an email address and the ticket is not spam.
		 * @param string $type   customer-acknowledgement, customer-reply or customer-resolved.
		 * @param Ticket $ticket The ticket.
		 */
		$send = (bool) apply_filters( 'storedesk_email_customer', null !== $email && 'spam' !== $ticket->status(), $type, $ticket );
		return $send && null !== $email ? $email : null;
	}

	/**
	 * How an agent's reply on this ticket reaches the customer.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @param array|null   $options Its options() when already read.
	 * @return array{via: ?string, to: ?string, reason: ?string} via a channel slug, to whom;
	 *         via null with reason 'no_address' or 'not_sent' when the reply stays in the desk.
	 */
	public function for_reply( Ticket $ticket, ?Contact $contact, ?array $options = null ): array {
		return $this->route( $ticket, $contact, 'customer-reply', $options );
	}

	/**
	 * Every way an agent's reply can reach this customer: each channel
	 * that sends and knows them, the conversation's own first; one whose
	 * reply window has closed is listed with open false.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @return array<int, array{via: string, to: string, open: bool, closes_at: ?int}>
	 */
	public function options( Ticket $ticket, ?Contact $contact ): array {
		if ( ! $contact || 'spam' === $ticket->status() ) {
			return array();
		}
		// Asked once per ticket of a list page: the channels that send are found
		// once (again only when the registry changed, as when a test adds one).
		$all = $this->channels->all();
		if ( $all !== $this->sending_of ) {
			$this->sending_of = $all;
			$this->sending    = array_filter( $all, static fn( Channel $c ) => $c->can_send() );
		}
		$own  = (string) $ticket->get( 'channel' );
		$list = isset( $this->sending[ $own ] ) ? array( $own => $this->sending[ $own ] ) + $this->sending : $this->sending;
		$out  = array();
		foreach ( $list as $channel ) {
			$to = Channel::EMAIL === $channel->address_type() ? $this->email_for( $ticket, $contact, 'customer-reply' ) : $this->identity( $contact, $channel->address_type() );
			if ( null === $to ) {
				continue;
			}
			$closes = $this->window->closes_at( $ticket, $channel );
			$out[]  = array(
				'via'       => $channel->slug(),
				'to'        => $to,
				'open'      => ReplyWindow::open( $closes ),
				'closes_at' => $closes,
			);
		}
		return $out;
	}

	/**
	 * The reply's way on a channel the agent chose, or null when that
	 * channel cannot reach the customer now.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @param string       $via     Channel slug.
	 * @return array{via: string, to: string, reason: null}|null
	 */
	public function chosen( Ticket $ticket, ?Contact $contact, string $via ): ?array {
		foreach ( $this->options( $ticket, $contact ) as $option ) {
			if ( $option['via'] === $via && $option['open'] ) {
				return array(
					'via'    => $via,
					'to'     => $option['to'],
					'reason' => null,
				);
			}
		}
		return null;
	}

	/**
	 * How a message of a type reaches the customer: a reply by the first
	 * open option, a notice by email.
	 *
	 * @param Ticket       $ticket  Ticket.
	 * @param Contact|null $contact Its customer.
	 * @param string       $type    customer-reply, customer-acknowledgement, customer-resolved.
	 * @param array|null   $options Its options() when already read.
	 * @return array{via: ?string, to: ?string, reason: ?string} reason no_address, window_closed or not_sent when via is null.
	 */
	public function route( Ticket $ticket, ?Contact $contact, string $type, ?array $options = null ): array {
		$route = null;
		if ( 'customer-reply' === $type ) {
			$options = $options ?? $this->options( $ticket, $contact );
			$open    = array_values( array_filter( $options, static fn( $o ) => $o['open'] ) );
			$route   = $open ? array(
				'via'    => $open[0]['via'],
				'to'     => $open[0]['to'],
				'reason' => null,
			) : null;
		} else {
			$email = $this->email_for( $ticket, $contact, $type );
			$route = null === $email ? null : array(
				'via'    => 'email',
				'to'     => $email,
				'reason' => null,
			);
		}
		if ( null === $route ) {
			$reason = null === $this->address_of( $contact ) ? 'no_address' : 'not_sent';
			$route  = array(
				'via'    => null,
				'to'     => null,
				'reason' => $options ? 'window_closed' : $reason,
			);
		}
		/**
		 * Filters how a message to the customer leaves.
		 *
		 * @since 0.2.0
		 * @param array        $route   via (channel slug or null), to, reason.
		 * @param Ticket       $ticket  The ticket.
		 * @param Contact|null $contact Its customer.
		 * @param string       $type    customer-reply, customer-acknowledgement, customer-resolved. (since 0.4.0).
		 */
		return (array) apply_filters( 'storedesk_reply_route', $route, $ticket, $contact, $type );
	}

	/**
	 * The contact's first address of a type.
	 *
	 * @param Contact $contact Contact.
	 * @param string  $type    Address type.
	 */
	private function identity( Contact $contact, string $type ): ?string {
		foreach ( $this->contacts->identities( $contact->id ) as $identity ) {
			if ( $identity['channel'] === $type ) {
				return $identity['value'];
			}
		}
		return null;
	}

	/**
	 * A contact's address, if it is one.
	 *
	 * @param Contact|null $contact Contact.
	 */
	private function address_of( ?Contact $contact ): ?string {
		return $contact && $contact->email && is_email( $contact->email ) ? $contact->email : null;
	}
}
