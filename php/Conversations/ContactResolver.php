<?php
/**
 * Who a message is from.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Channels\Channel;
use Storedesk\Contacts\Contact;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Contacts\Identity;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Finds the contact behind a message by its address, typed by the channel
 * (an email, an E.164 number, a provider id), then by the other addresses
 * the sender gave; creates one with all of them when none is known. A
 * message never adds an address to someone else's contact: that would let
 * a stranger attach their mailbox to a customer by typing their number.
 */
class ContactResolver {

	/**
	 * Builds the resolver.
	 *
	 * @param ContactRepository $contacts Contacts.
	 */
	public function __construct( private ContactRepository $contacts ) {}

	/**
	 * The sender's contact, found or created.
	 *
	 * @param InboundMessage $in      The message.
	 * @param Channel        $channel Its channel.
	 * @return Contact|WP_Error
	 */
	public function contact( InboundMessage $in, Channel $channel ) {
		if ( $in->contact_id ) {
			// A contact merged away is not one to write to: whoever named it holds a stale id.
			$contact = $this->contacts->find( $in->contact_id );
			return $contact && ! $contact->merged_into ? $contact : new WP_Error( 'storedesk_invalid_contact', __( 'That contact does not exist.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$identities = $in->also;
		if ( '' !== $in->address ) {
			$type = $channel->address_type();
			if ( null === Identity::normalize( $type, $in->address ) ) {
				return $this->invalid( $type );
			}
			array_unshift( $identities, array( $type, $in->address ) );
		}
		$identities = array_values( array_filter( $identities, static fn( $i ) => '' !== trim( (string) ( $i[1] ?? '' ) ) ) );
		if ( ! $identities && '' !== trim( $in->name ) ) {
			return new WP_Error( 'storedesk_contact_unreachable', __( 'A contact needs a valid email address, phone number or channel address.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( ! $identities ) {
			return new WP_Error( 'storedesk_missing_contact', __( 'Say who the customer is: a contact, or an email address or phone number.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$contact = $this->contacts->find_or_create(
			array(
				'name'       => $in->name,
				'identities' => $identities,
			)
		);
		return $contact instanceof Contact && $contact->merged_into ? ( $this->find( $contact->merged_into ) ?? $contact ) : $contact;
	}

	/**
	 * A contact by id, following merges to the one that remains.
	 *
	 * @param int $id Contact id.
	 */
	public function find( int $id ): ?Contact {
		for ( $hops = 0; $id && $hops < 5; $hops++ ) {
			$contact = $this->contacts->find( $id );
			if ( ! $contact || ! $contact->merged_into ) {
				return $contact;
			}
			$id = $contact->merged_into;
		}
		return null;
	}

	/**
	 * The error for an address that is not one.
	 *
	 * @param string $type Address type.
	 */
	private function invalid( string $type ): WP_Error {
		$messages = array(
			Channel::EMAIL => __( 'That email address does not look right. Check it has the form name@example.com.', 'storedesk' ),
			Channel::PHONE => __( 'That phone number does not look right. Write it with its country code, such as +44 7700 900123.', 'storedesk' ),
		);
		return new WP_Error( 'storedesk_invalid_address', $messages[ $type ] ?? __( 'That address is not valid on this channel.', 'storedesk' ), array( 'status' => 400 ) );
	}
}
