<?php
/**
 * Email to a customer, from a delivery.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email;

use Storedesk\Channels\Email\Mailboxes\TicketMailbox;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Conversations\OutboundMessage;
use Storedesk\Conversations\SendResult;
use Storedesk\Notifications\EmailBuilder;
use Storedesk\Notifications\Mailer;
use Storedesk\Notifications\ThreadHeaders;
use Storedesk\Storefront\TicketLink;
use Storedesk\Tickets\Participants;

defined( 'ABSPATH' ) || exit;

/**
 * The acknowledgement of a new request, every agent reply in full, and the
 * resolution, each with the shopper's magic link, built when the delivery
 * is sent. A reply a person wrote is not marked automatic; everything
 * else is (RFC 3834), so autoresponders leave it alone. Each leaves from
 * the conversation's mailbox, with replies going to its signed address
 * (support+token@) and a hidden marker in the HTML, so an answer finds its
 * ticket even when the customer's mail client drops the headers.
 */
class CustomerEmail {

	/**
	 * Builds the sender.
	 *
	 * @param EmailBuilder      $builder Builds emails.
	 * @param Mailer            $mailer  Hands them to wp_mail().
	 * @param TicketLink        $links   The shopper's link to a ticket.
	 * @param Participants      $participants Who else is in copy.
	 * @param ContactRepository $contacts Their addresses.
	 * @param TicketMailbox     $mailbox  The address it leaves from.
	 * @param ThreadHeaders     $thread   Signed tokens.
	 */
	public function __construct(
		private EmailBuilder $builder,
		private Mailer $mailer,
		private TicketLink $links,
		private Participants $participants,
		private ContactRepository $contacts,
		private TicketMailbox $mailbox,
		private ThreadHeaders $thread,
	) {}

	/**
	 * Builds and sends one email; the provider id is its Message-ID.
	 *
	 * @param OutboundMessage $out The delivery.
	 */
	public function send( OutboundMessage $out ): SendResult {
		$message = $out->message;
		$context = match ( $out->type ) {
			'customer-reply'    => array(
				'message'  => $message,
				'agent_id' => $message->author_id,
				'auto'     => $message->author_id ? null : 'auto-replied',
				'cc'       => $this->copied( $out ),
			),
			'customer-resolved' => array(
				'key'      => $message->id,
				'agent_id' => $message->author_id,
				'auto'     => 'auto-replied',
			),
			default             => array(
				'message' => $message,
				'auto'    => 'auto-replied',
			),
		};
		$email = $this->builder->build( $out->type, $out->to, $out->ticket, $context + $this->sender( $out->ticket->id() ) + array( 'link' => $this->links->for_ticket( $out->ticket->id() ) ) );
		if ( $this->mailer->send( $email ) ) {
			return SendResult::sent( $email->message_id() );
		}
		$error = $this->mailer->last_error();
		// An empty error: the storedesk_notification_email filter cancelled it; trying again changes nothing.
		return '' === $error ? SendResult::failed( __( 'A plugin cancelled this email (storedesk_notification_email).', 'storedesk' ), false ) : SendResult::failed( $error );
	}

	/**
	 * The sender, the signed reply address and the marker of a ticket's emails.
	 *
	 * @param int $ticket_id Ticket.
	 * @return array{from?: array{0: string, 1: string}, reply_to?: string, marker: string}
	 */
	private function sender( int $ticket_id ): array {
		$mailbox = $this->mailbox->of( $ticket_id );
		$out     = array( 'marker' => $this->thread->marker( $ticket_id ) );
		if ( $mailbox ) {
			$out['from'] = array( $mailbox->address, $mailbox->name );
			if ( $mailbox->reply_tokens ) {
				$out['reply_to'] = str_replace( '@', '+' . $this->thread->token( $ticket_id ) . '@', $mailbox->address );
			}
		}
		return $out;
	}

	/**
	 * Addresses in copy of a reply: the conversation's participants, not the customer.
	 *
	 * @param OutboundMessage $out The delivery.
	 * @return string[]
	 */
	private function copied( OutboundMessage $out ): array {
		$emails = array();
		foreach ( $this->contacts->find_many( $this->participants->of( $out->ticket->id() ) ) as $contact ) {
			if ( $contact->email && 0 !== strcasecmp( $contact->email, $out->to ) ) {
				$emails[] = $contact->email;
			}
		}
		return $emails;
	}
}
