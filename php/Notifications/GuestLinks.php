<?php
/**
 * The "send me my links again" email.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Contacts\Identity;
use Storedesk\Jobs\Queue;
use Storedesk\Storefront\ShopperTickets;
use Storedesk\Storefront\TicketLink;
use Storedesk\Tickets\TicketRepository;
use Storedesk\Tickets\Vocabulary;

defined( 'ABSPATH' ) || exit;

/**
 * Sends a shopper fresh magic links to their tickets. The links go only to
 * the address the tickets belong to, so asking for someone else's links
 * only sends that person their own mail.
 */
class GuestLinks {

	/** Most tickets listed in one email, newest first. */
	private const MAX_TICKETS = 50;

	/** Most tickets of an address one request sends links to. */
	private const PER_REQUEST = 10;

	/** Job that looks the address up and mails its links; arg: the address. */
	public const JOB = 'storedesk_send_guest_links';

	/**
	 * Builds the sender.
	 *
	 * @param EmailBuilder      $builder  Builds emails.
	 * @param Mailer            $mailer   Sends them.
	 * @param TicketRepository  $tickets  Tickets.
	 * @param ContactRepository $contacts Contacts.
	 * @param TicketLink        $links    The shopper's link to a ticket.
	 * @param ShopperTickets    $read     Tickets of a contact.
	 * @param Queue             $queue    Background jobs.
	 */
	public function __construct(
		private EmailBuilder $builder,
		private Mailer $mailer,
		private TicketRepository $tickets,
		private ContactRepository $contacts,
		private TicketLink $links,
		private ShopperTickets $read,
		private Queue $queue,
	) {}

	/**
	 * Queues the links for an address. Nothing about the address is looked
	 * up here: a known address must cost the request what an unknown one does.
	 *
	 * @param string $email Normalised address.
	 */
	public function request( string $email ): void {
		$this->queue->push( self::JOB, array( $email ) );
	}

	/**
	 * The job: the address's newest tickets, if it has any, and the email.
	 *
	 * @param string $email Address that asked.
	 * @return bool Whether an email went out.
	 */
	public function send_for_address( string $email ): bool {
		$email   = Identity::normalize( 'email', $email );
		$contact = null === $email ? null : $this->contacts->find_by_identity( 'email', $email );
		$ids     = $contact ? $this->read->ids_of_contact( $contact->id, self::PER_REQUEST ) : array();
		if ( ! $ids ) {
			return false;
		}
		/**
		 * Fires in the background job when a shopper asked for their ticket
		 * links again and the address has tickets (at most ten, newest
		 * first), before the email with one fresh link per ticket goes out.
		 *
		 * @since 0.2.0
		 * @param int[]  $ticket_ids Tickets of the address.
		 * @param string $email      Normalised email address.
		 */
		do_action( 'storedesk_guest_links_requested', $ids, $email );
		return $this->send( $ids, (string) $email );
	}

	/**
	 * Emails the links; tickets that do not belong to the address are left out.
	 *
	 * @param int[]  $ticket_ids Tickets the storefront found for the address.
	 * @param string $email      The address that asked.
	 * @return bool Whether an email went out (a mail server's refusal throws).
	 */
	public function send( array $ticket_ids, string $email ): bool {
		$email = Identity::normalize( 'email', $email );
		if ( null === $email ) {
			return false;
		}
		$owner = $this->contacts->find_by_identity( 'email', $email );
		$list  = array();
		$name  = '';
		rsort( $ticket_ids );
		foreach ( array_slice( array_unique( array_map( 'intval', $ticket_ids ) ), 0, self::MAX_TICKETS ) as $id ) {
			$ticket  = $this->tickets->find( $id );
			$contact = $ticket ? $this->contacts->find( $ticket->contact_id() ) : null;
			$belongs = $contact && ( ( $owner && $owner->id === $contact->id ) || 0 === strcasecmp( (string) $contact->email, $email ) );
			if ( ! $belongs || 'spam' === $ticket->status() ) {
				continue;
			}
			$name   = '' !== $name ? $name : $contact->name;
			$list[] = array(
				'number'  => $ticket->id(),
				'subject' => (string) $ticket->get( 'subject' ),
				'status'  => Vocabulary::statuses()[ $ticket->status() ] ?? $ticket->status(),
				'url'     => $this->links->for_ticket( $ticket->id() ),
			);
		}
		if ( ! $list ) {
			return false;
		}
		$context = array(
			'tickets'       => $list,
			'customer_name' => '' !== $name ? $name : __( 'there', 'storedesk' ),
			// The address and the minute: a double click gives one Message-ID, so the receiving server can drop the copy.
			'key'           => crc32( $email . '|' . (int) floor( time() / 60 ) ),
			'auto'          => 'auto-replied',
		);
		$this->mailer->deliver( $this->builder->build( 'customer-links', $email, null, $context ) );
		return true;
	}
}
