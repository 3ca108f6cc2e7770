<?php
/**
 * The mailbox a conversation is answered from.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

use Storedesk\Messages\MessageRepository;

defined( 'ABSPATH' ) || exit;

/**
 * Replies leave from the address the customer wrote to: the mailbox of
 * the conversation's first email, else the first mailbox (for
 * conversations begun on the form, a call or by an agent), else none
 * (wp_mail()'s own sender, as before any mailbox was set).
 */
class TicketMailbox {

	/**
	 * Builds the finder.
	 *
	 * @param MailboxRepository $mailboxes Mailboxes.
	 * @param MessageRepository $messages  The conversation's first message.
	 */
	public function __construct( private MailboxRepository $mailboxes, private MessageRepository $messages ) {}

	/**
	 * The mailbox of a ticket, or null when the desk has none.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function of( int $ticket_id ): ?Mailbox {
		$all = $this->mailboxes->all();
		if ( ! $all ) {
			return null;
		}
		$first = $this->messages->thread( $ticket_id, 1, 1 )[0][0] ?? null;
		$id    = $first ? (string) ( $first->meta['mailbox'] ?? '' ) : '';
		foreach ( $all as $mailbox ) {
			if ( $mailbox->id === $id ) {
				return $mailbox;
			}
		}
		return $all[0];
	}
}
