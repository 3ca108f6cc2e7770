<?php
/**
 * The "your contact details were changed" email.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Contacts\ContactRepository;


defined( 'ABSPATH' ) || exit;

/**
 * Tells the address a contact had that an agent changed their email or
 * phone: in a background job, so the agent's save never waits on mail.
 */
class AddressNotice {

	/**
	 * Builds the sender.
	 *
	 * @param EmailBuilder      $builder  Builds emails.
	 * @param Mailer            $mailer   Sends them.
	 * @param ContactRepository $contacts Contacts.
	 */
	public function __construct( private EmailBuilder $builder, private Mailer $mailer, private ContactRepository $contacts ) {}

	/**
	 * The job in words, for the managers' list of failed jobs.
	 *
	 * @param array $args The job's arguments (the address first).
	 * @return array{0: string, 1: int}
	 */
	public function describe( array $args ): array {
		/* translators: %s: the customer's email address */
		return array( sprintf( __( 'Address change notice to %s', 'storedesk' ), (string) ( $args[0] ?? '' ) ), 0 );
	}

	/**
	 * Sends the notice.
	 *
	 * @param string $to         The address to tell (the old one when the email changed).
	 * @param int    $contact_id Contact.
	 */
	public function send( $to, $contact_id ): void {
		$contact = $this->contacts->find( (int) $contact_id );
		$context = array(
			'customer_name' => $contact ? $contact->display_name() : __( 'there', 'storedesk' ),
			// One notice per address and minute: a job run twice sends one Message-ID.
			'key'           => crc32( $to . '|' . (int) floor( time() / 60 ) ),
			'auto'          => 'auto-generated',
		);
		$this->mailer->deliver( $this->builder->build( 'customer-address-changed', (string) $to, null, $context ) );
	}
}
