<?php
/**
 * Senders agents marked as spam.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

use Storedesk\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * "Mark as spam" teaches the desk: the customer's email addresses join the
 * store's blocklist (the one the contact form and email both check, shown
 * in Settings), so their next message goes to Spam unannounced. "Not spam"
 * takes those addresses off again. Domains are never learned: one
 * spammer at a webmail domain must not block its other users.
 */
class SpamSenders {

	/** Entries the blocklist keeps at most (its setting's limit). */
	private const MAX = 1000;

	/**
	 * Builds the learner.
	 *
	 * @param ContactRepository $contacts Contacts and their addresses.
	 */
	public function __construct( private ContactRepository $contacts ) {}

	/**
	 * Learns (or unlearns) a contact's addresses.
	 *
	 * @param int  $contact_id Contact.
	 * @param bool $spam       Marked as spam, or as not spam.
	 */
	public function mark( int $contact_id, bool $spam ): void {
		$contact = $this->contacts->find( $contact_id );
		if ( ! $contact ) {
			return;
		}
		$emails = array_filter( array_merge( array( (string) $contact->email ), array_column( wp_list_filter( $this->contacts->identities( $contact_id ), array( 'channel' => 'email' ) ), 'value' ) ) );
		$emails = array_values( array_unique( array_map( 'strtolower', $emails ) ) );
		if ( ! $emails ) {
			return;
		}
		$list = array_map( 'strtolower', (array) Settings::get( 'spam_blocklist' ) );
		$next = $spam ? array_values( array_unique( array_merge( $list, $emails ) ) ) : array_values( array_diff( $list, $emails ) );
		if ( $next !== $list ) {
			// The oldest entries give way when the list is full.
			Settings::update( array( 'spam_blocklist' => array_slice( $next, -self::MAX ) ) );
		}
	}
}
