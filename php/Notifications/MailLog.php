<?php
/**
 * Emails that could not be sent.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Support\Dates;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps the latest delivery failures in one option that is not autoloaded,
 * so a manager can see why a customer never got an email without reading
 * server logs, and the log never grows without bound.
 */
class MailLog {

	public const OPTION = 'storedesk_mail_failures';

	/** Failures kept. */
	private const KEEP = 50;

	/**
	 * Records an email that could not be sent.
	 *
	 * @param Email  $email  The email.
	 * @param string $reason What went wrong.
	 */
	public function failure( Email $email, string $reason ): void {
		$this->record( $email->type, $email->ticket_id, $email->to, $email->subject, $reason );
	}

	/**
	 * Records a failure, also one that happened before an email existed.
	 *
	 * @param string $type      Email type or notification.
	 * @param int    $ticket_id Ticket, 0 for none.
	 * @param string $to        Recipient, '' when not known yet.
	 * @param string $subject   Subject, '' when not known yet.
	 * @param string $reason    What went wrong.
	 */
	public function record( string $type, int $ticket_id, string $to, string $subject, string $reason ): void {
		$entries   = $this->recent();
		$entries[] = array(
			'time'      => Dates::now(),
			'type'      => $type,
			'ticket_id' => $ticket_id,
			'to'        => $to,
			'subject'   => $subject,
			'error'     => $reason,
		);
		update_option( self::OPTION, array_slice( $entries, -self::KEEP ), false );
		if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the site's own debug log, only when debugging.
			error_log( sprintf( 'Storedesk: %s email for ticket #%d could not be sent: %s', $type, $ticket_id, $reason ) );
		}
	}

	/**
	 * Latest failures, oldest first.
	 *
	 * @return array<int, array{time: string, type: string, ticket_id: int, to: string, subject: string, error: string}>
	 */
	public function recent(): array {
		$entries = get_option( self::OPTION, array() );
		return is_array( $entries ) ? array_values( $entries ) : array();
	}
}
