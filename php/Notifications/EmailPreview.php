<?php
/**
 * Previews of the emails for the settings screen.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Messages\Message;
use Storedesk\Support\Dates;
use Storedesk\Tickets\Ticket;

defined( 'ABSPATH' ) || exit;

/**
 * Renders an email type with texts a manager has not saved yet, on sample
 * data, so nothing real is read and nothing is sent.
 */
class EmailPreview {

	/**
	 * Builds the previewer.
	 *
	 * @param EmailBuilder $builder Builds emails.
	 */
	public function __construct( private EmailBuilder $builder ) {}

	/**
	 * The email as it would look.
	 *
	 * @param string $type    Email type.
	 * @param string $subject Subject to try ('' for the saved or built-in one).
	 * @param string $intro   Introduction to try ('' for the saved or built-in one).
	 */
	public function render( string $type, string $subject, string $intro ): Email {
		$texts    = array_filter(
			array(
				'subject' => $subject,
				'intro'   => $intro,
			),
			static fn( $t ) => '' !== trim( $t )
		);
		$now      = Dates::now();
		$ticket   = new Ticket(
			(object) array(
				'ticket_id'   => 1234,
				'status'      => 'open',
				'priority'    => 1,
				'assignee_id' => 0,
				'team_id'     => 0,
				'contact_id'  => 0,
				'channel'     => 'form',
				'subject'     => __( 'Where is my order?', 'storedesk' ),
			)
		);
		$agent_id = get_current_user_id();
		$by_agent = in_array( $type, array( 'customer-reply', 'agent-mention' ), true );
		$message  = new Message( 0, 1234, $by_agent ? 'reply' : 'customer', $by_agent ? $agent_id : 0, 0, 'form', '<p>' . esc_html__( 'Your parcel left our warehouse this morning; the tracking link follows in a separate email.', 'storedesk' ) . '</p>', 'html', null, array(), $now );
		$context  = array(
			'texts'         => $texts,
			'link'          => 'agent' === EmailTypes::audience( $type ) ? admin_url( 'admin.php?page=storedesk#/tickets/1234' ) : home_url( '/?storedesk_ticket=1234&storedesk_token=preview' ),
			'agent_id'      => $agent_id,
			'customer_name' => __( 'Dana Shopper', 'storedesk' ),
			'key'           => 0,
		);
		if ( in_array( $type, array( 'customer-acknowledgement', 'customer-reply', 'agent-new-ticket', 'agent-customer-reply', 'agent-mention' ), true ) ) {
			$context['message'] = $message;
		}
		if ( 'customer-links' === $type ) {
			$context['tickets'] = array(
				array(
					'number'  => 1234,
					'subject' => $ticket->get( 'subject' ),
					'status'  => __( 'Open', 'storedesk' ),
					'url'     => $context['link'],
				),
			);
			$ticket             = null;
		}
		if ( 'customer-address-changed' === $type ) {
			$ticket = null;
		}
		return $this->builder->build( $type, 'preview@example.com', $ticket, $context );
	}
}
