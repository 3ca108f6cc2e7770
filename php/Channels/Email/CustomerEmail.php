<?php
/**
 * Email to a customer, from a delivery.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email;

use Storedesk\Conversations\OutboundMessage;
use Storedesk\Conversations\SendResult;
use Storedesk\Notifications\EmailBuilder;
use Storedesk\Notifications\Mailer;
use Storedesk\Storefront\TicketLink;

defined( 'ABSPATH' ) || exit;

/**
 * The acknowledgement of a new request, every agent reply in full, and the
 * resolution, each with the shopper's magic link, built when the delivery
 * is sent. A reply a person wrote is not marked automatic; everything
 * else is (RFC 3834), so autoresponders leave it alone.
 */
class CustomerEmail {

	/**
	 * Builds the sender.
	 *
	 * @param EmailBuilder $builder Builds emails.
	 * @param Mailer       $mailer  Hands them to wp_mail().
	 * @param TicketLink   $links   The shopper's link to a ticket.
	 */
	public function __construct( private EmailBuilder $builder, private Mailer $mailer, private TicketLink $links ) {}

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
		$email = $this->builder->build( $out->type, $out->to, $out->ticket, $context + array( 'link' => $this->links->for_ticket( $out->ticket->id() ) ) );
		if ( $this->mailer->send( $email ) ) {
			return SendResult::sent( $email->message_id() );
		}
		$error = $this->mailer->last_error();
		// An empty error: the storedesk_notification_email filter cancelled it; trying again changes nothing.
		return '' === $error ? SendResult::failed( __( 'A plugin cancelled this email (storedesk_notification_email).', 'storedesk' ), false ) : SendResult::failed( $error );
	}
}
