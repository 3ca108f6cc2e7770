<?php
/**
 * Changing a contact as an agent.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

use Storedesk\Install\Roles;
use Storedesk\Jobs\Queue;
use Storedesk\Search\CustomerTerms;
use Storedesk\Support\Transaction;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A contact's email and phone decide where replies and magic links go, so
 * changing them is a takeover in waiting: only agents who see every
 * conversation may do it; the contact's magic links stop working (they were
 * mailed to the old address); and the old address hears of it, so a
 * customer whose address was changed behind their back can object.
 */
class ContactEditor {

	/** Job that tells the old address; args: address, contact id. */
	public const NOTICE_JOB = 'storedesk_send_address_changed';

	/**
	 * Builds the editor.
	 *
	 * @param ContactRepository $contacts Contacts.
	 * @param Queue             $queue    Background jobs.
	 * @param CustomerTerms     $terms    The customer's words in their tickets' search terms.
	 */
	public function __construct( private ContactRepository $contacts, private Queue $queue, private CustomerTerms $terms ) {}

	/**
	 * Changes name, email, phone or notes.
	 *
	 * @param int   $id       Contact id.
	 * @param array $changes  Fields to change.
	 * @param int   $actor_id Agent.
	 * @return Contact|WP_Error
	 */
	public function update( int $id, array $changes, int $actor_id ) {
		$before = $this->contacts->find( $id );
		if ( ! $before ) {
			return new WP_Error( 'storedesk_contact_not_found', __( 'That contact does not exist.', 'storedesk' ), array( 'status' => 404 ) );
		}
		$moved = $this->moved( $before, $changes );
		if ( $moved && ! user_can( $actor_id, Roles::VIEW_ALL ) ) {
			return new WP_Error( 'storedesk_contact_address_forbidden', __( 'Only agents who see every conversation can change a customer\'s email address or phone number, because replies and links go there. Ask a manager.', 'storedesk' ), array( 'status' => 403 ) );
		}
		$after = Transaction::run( fn() => $this->contacts->update( $id, $changes ) );
		if ( $after instanceof Contact && array( $before->name, $before->email, $before->phone ) !== array( $after->name, $after->email, $after->phone ) ) {
			$this->terms->refresh( $id );
		}
		if ( $moved && $after instanceof Contact ) {
			$this->contacts->revoke_links( $id );
			$tell = $before->email ?? $after->email;
			if ( null !== $tell ) {
				$this->queue->push( self::NOTICE_JOB, array( $tell, $id ) );
			}
		}
		return $after;
	}

	/**
	 * Which of email and phone the changes really move.
	 *
	 * @param Contact $before  Contact now.
	 * @param array   $changes Requested changes.
	 * @return string[]
	 */
	private function moved( Contact $before, array $changes ): array {
		$moved = array();
		foreach ( array( 'email', 'phone' ) as $channel ) {
			if ( ! array_key_exists( $channel, $changes ) ) {
				continue;
			}
			$new = null === $changes[ $channel ] ? null : Identity::normalize( $channel, (string) $changes[ $channel ] );
			if ( $new !== $before->$channel ) {
				$moved[] = $channel;
			}
		}
		return $moved;
	}
}
