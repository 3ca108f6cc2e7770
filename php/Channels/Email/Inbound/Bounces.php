<?php
/**
 * Bounces, on the delivery they report.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Inbound;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Conversations\Deliveries;
use Storedesk\Notifications\ThreadHeaders;

defined( 'ABSPATH' ) || exit;

/**
 * A mail server's report that one of our emails to a customer could not
 * be delivered marks that delivery failed, with the server's words (the
 * thread shows it under the message, with Retry), and flags the address,
 * so agents see it on the contact before writing again. Only reports
 * about our own signed Message-IDs count; a delay is not a failure.
 */
class Bounces {

	/**
	 * Builds the recorder.
	 *
	 * @param ThreadHeaders     $headers    Our signed ids.
	 * @param Deliveries        $deliveries Deliveries.
	 * @param ContactRepository $contacts   Flags the address.
	 */
	public function __construct( private ThreadHeaders $headers, private Deliveries $deliveries, private ContactRepository $contacts ) {}

	/**
	 * Records a report; returns how many deliveries it failed.
	 *
	 * @param DeliveryReport $report The report.
	 */
	public function record( DeliveryReport $report ): int {
		$email    = null === $report->original_id ? null : $this->headers->email_of( $report->original_id );
		$delivery = $email && $email['message'] && ! $email['user'] ? $this->deliveries->find_for( $email['message'], $email['type'] ) : null;
		$failed   = 0;
		foreach ( $report->failed() as $recipient ) {
			/* translators: 1: status code such as 5.1.1, 2: the receiving server's words */
			$why = trim( sprintf( __( 'Bounced (%1$s): %2$s', 'storedesk' ), '' !== $recipient['status'] ? $recipient['status'] : '5.0.0', '' !== $recipient['diagnostic'] ? $recipient['diagnostic'] : __( 'the receiving mail server refused it.', 'storedesk' ) ) );
			// Only the address that delivery went to: a report cannot flag any address it names.
			if ( $delivery && 0 === strcasecmp( (string) $delivery->recipient, $recipient['recipient'] ) ) {
				$this->deliveries->failed( (int) $delivery->id, $why );
				$this->contacts->flag_bounce( $recipient['recipient'], $why );
				++$failed;
			}
		}
		return $failed;
	}
}
