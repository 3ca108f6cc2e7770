<?php
/**
 * Building emails.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Messages\Message;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Turns "this type of email, to this person, about this ticket" into an
 * Email: texts from the settings with placeholders filled in, both bodies
 * from the templates, and the headers that keep the ticket's thread.
 */
class EmailBuilder {

	/**
	 * Builds the builder.
	 *
	 * @param Templates         $templates Template renderer.
	 * @param ThreadHeaders     $thread    Message-ID and threading headers.
	 * @param MessageFiles      $files        Files of the message shown.
	 * @param PlaceholderValues $placeholders What {customer_name} and the rest stand for.
	 */
	public function __construct( private Templates $templates, private ThreadHeaders $thread, private MessageFiles $files, private PlaceholderValues $placeholders ) {}

	/**
	 * One email.
	 *
	 * @param string      $type    Email type (EmailTypes::TYPES).
	 * @param string      $to      Recipient address.
	 * @param Ticket|null $ticket  Ticket it is about (null for mail about several).
	 * @param array       $context link (button and {ticket_link}), message (Message shown in full), key (number for the
	 *                             Message-ID, default the message id), agent_id ({agent_name}), auto (Auto-Submitted value
	 *                             or null), customer_name, tickets (for customer-links: number, subject, status, url),
	 *                             texts (subject and intro instead of the saved ones, for previews), recipient (agent id,
	 *                             so each agent's copy has its own Message-ID), from (sender address and name),
	 *                             reply_to (Reply-To address), marker (hidden line in the HTML that finds the ticket again).
	 */
	public function build( string $type, string $to, ?Ticket $ticket, array $context ): Email {
		$message = $context['message'] ?? null;
		$values  = $this->placeholders->for_ticket( $ticket, (int) ( $context['agent_id'] ?? 0 ), $context );
		$files   = $this->files->of( $message instanceof Message ? $message : null, EmailTypes::audience( $type ) );
		$texts   = (array) ( $context['texts'] ?? array() ) + EmailTypes::texts( $type );
		$subject = Placeholders::line( $texts['subject'], $values );
		if ( $ticket && ! str_contains( $subject, '[#' . $ticket->id() . ']' ) ) {
			// Agents and customers search their mail by ticket number; a custom subject must not lose it.
			$subject = '[#' . $ticket->id() . '] ' . $subject;
		}
		$args = array(
			'type'          => $type,
			'audience'      => EmailTypes::audience( $type ),
			'subject'       => $subject,
			'heading'       => $ticket ? (string) $ticket->get( 'subject' ) : $subject,
			'ticket_number' => $ticket ? $ticket->id() : 0,
			'site_name'     => $values['site_name'],
			'site_url'      => home_url( '/' ),
			'intro_html'    => Placeholders::html( $texts['intro'], $values ),
			'intro_text'    => Placeholders::plain( $texts['intro'], $values ),
			'message'       => $message instanceof Message ? $this->message_args( $message, $values['customer_name'] ) + array( 'files' => $files['list'] ) : null,
			'button'        => empty( $context['link'] ) ? null : array(
				'url'   => (string) $context['link'],
				'label' => 'customer' === EmailTypes::audience( $type ) ? __( 'View your request', 'storedesk' ) : __( 'Open the ticket', 'storedesk' ),
			),
			'tickets'       => (array) ( $context['tickets'] ?? array() ),
			'footer'        => $this->footer( $type, $values['site_name'] ),
		);
		$html = $this->templates->render( $type, $args );
		if ( ! empty( $context['marker'] ) ) {
			$html = self::with_marker( $html, (string) $context['marker'] );
		}
		return new Email( $type, $to, $subject, $html, trim( $this->templates->render( $type . '-plain', $args ) ) . "\n", $this->headers( $type, $ticket, $context ), $ticket ? $ticket->id() : 0, $files['attach'] );
	}

	/**
	 * The HTML with a line no reader sees and every mail client quotes.
	 *
	 * @param string $html   The email's HTML.
	 * @param string $marker The marker.
	 */
	private static function with_marker( string $html, string $marker ): string {
		$span = '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:transparent">' . esc_html( $marker ) . '</div>';
		$end  = stripos( $html, '</body>' );
		return false === $end ? $html . $span : substr_replace( $html, $span, $end, 0 );
	}

	/**
	 * The message shown in full in the email.
	 *
	 * @param Message $message  Message.
	 * @param string  $customer The customer's name, for their own messages.
	 */
	private function message_args( Message $message, string $customer ): array {
		$author = $message->author_id ? get_userdata( $message->author_id ) : null;
		return array(
			'author' => $author ? $author->display_name : $customer,
			'html'   => PlainText::html( $message->body, $message->format ),
			'text'   => PlainText::of( $message->body, $message->format ),
		);
	}

	/**
	 * Headers: Message-ID, threading, Reply-To and Auto-Submitted.
	 *
	 * @param string      $type    Email type.
	 * @param Ticket|null $ticket  Ticket.
	 * @param array       $context See build().
	 * @return array<string, string>
	 */
	private function headers( string $type, ?Ticket $ticket, array $context ): array {
		$key     = (int) ( $context['key'] ?? ( isset( $context['message'] ) ? $context['message']->id : 0 ) );
		$headers = array( 'Message-ID' => $this->thread->message_id( $ticket ? $ticket->id() : 0, $key, $type, (int) ( $context['recipient'] ?? 0 ) ) );
		if ( $ticket ) {
			$headers += $this->thread->thread( $ticket->id() ) + array( 'X-Storedesk-Ticket' => (string) $ticket->id() );
		}
		if ( $ticket && 'customer' === EmailTypes::audience( $type ) ) {
			/**
			 * Filters the address a customer's reply to a ticket email goes to.
			 * By default it is the mailbox's signed address for the ticket
			 * (support+token@), or none when the desk has no mailbox.
			 *
			 * @since 0.2.0
			 * @param string|null $address Reply-To address, or null for none.
			 * @param Ticket      $ticket  The ticket the email is about.
			 */
			$reply_to = apply_filters( 'storedesk_reply_to_address', $context['reply_to'] ?? null, $ticket );
			if ( is_string( $reply_to ) && is_email( $reply_to ) ) {
				$headers['Reply-To'] = $reply_to;
			}
		}
		if ( ! empty( $context['from'] ) && is_email( $context['from'][0] ) ) {
			$name            = '' !== (string) $context['from'][1] ? (string) $context['from'][1] : wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
			$headers['From'] = '' !== $name ? sprintf( '"%s" <%s>', str_replace( array( '"', "\r", "\n" ), '', $name ), $context['from'][0] ) : $context['from'][0];
		}
		// The conversation's other participants stay in copy on replies to the customer.
		$cc = array_filter( (array) ( $context['cc'] ?? array() ), 'is_email' );
		if ( $cc ) {
			$headers['Cc'] = implode( ', ', $cc );
		}
		if ( ! empty( $context['auto'] ) ) {
			// RFC 3834: automatic mail says so, so that vacation replies and other robots do not answer it.
			$headers['Auto-Submitted']           = (string) $context['auto'];
			$headers['X-Auto-Response-Suppress'] = 'All';
		}
		return $headers;
	}

	/**
	 * Why the recipient gets this email.
	 *
	 * @param string $type      Email type.
	 * @param string $site_name Site name.
	 */
	private function footer( string $type, string $site_name ): string {
		if ( 'customer-links' === $type ) {
			/* translators: %s: site name */
			return sprintf( __( 'Someone asked %s for links to the support requests of this email address. If it was not you, you can ignore this email: nobody else received these links.', 'storedesk' ), $site_name );
		}
		if ( 'customer' === EmailTypes::audience( $type ) ) {
			/* translators: %s: site name */
			return sprintf( __( 'You get this email because you contacted %s.', 'storedesk' ), $site_name );
		}
		return __( 'You get this email because this notification is on in your Storedesk settings (Support → Settings).', 'storedesk' );
	}
}
