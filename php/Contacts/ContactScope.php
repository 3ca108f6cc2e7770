<?php
/**
 * Which customers an agent limited to their own tickets may reach.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

use Storedesk\Install\Roles;
use Storedesk\Tickets\TicketAccess;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * An agent who sees only their own and unassigned tickets sees a contact
 * only through one of those tickets. Opening a ticket is how such an agent
 * would otherwise make any contact "theirs": naming another customer by id,
 * email, phone or as a CC would show that customer's details and let the
 * agent change where their replies go. So a new ticket may name only
 * contacts the agent already sees, or people who are not contacts yet.
 */
class ContactScope {

	/**
	 * Builds the guard.
	 *
	 * @param TicketAccess      $access   Who sees which ticket and contact.
	 * @param ContactRepository $contacts Contacts.
	 */
	public function __construct( private TicketAccess $access, private ContactRepository $contacts ) {}

	/**
	 * Whether an agent may open a ticket for the people it names.
	 *
	 * @param int   $user_id Agent.
	 * @param array $data    contact_id, contact{email, phone} and cc, as TicketCreator takes them.
	 * @return true|WP_Error
	 */
	public function check_new_ticket( int $user_id, array $data ) {
		if ( user_can( $user_id, Roles::VIEW_ALL ) ) {
			return true;
		}
		foreach ( $this->named( $data ) as $contact_id ) {
			if ( ! $this->access->can_view_contact( $user_id, $contact_id ) ) {
				return new WP_Error(
					'storedesk_contact_out_of_scope',
					__( 'This customer\'s conversations are handled by other agents, so you cannot open a ticket for them. Ask a manager to open it, or to assign you one of their tickets.', 'storedesk' ),
					array( 'status' => 403 )
				);
			}
		}
		return true;
	}

	/**
	 * Existing contacts a new ticket names.
	 *
	 * @param array $data Ticket data.
	 * @return int[]
	 */
	private function named( array $data ): array {
		$ids     = empty( $data['contact_id'] ) ? array() : array( (int) $data['contact_id'] );
		$contact = is_array( $data['contact'] ?? null ) ? $data['contact'] : array();
		$lookups = array_merge(
			array_map( static fn( $email ) => array( 'email', (string) $email ), (array) ( $data['cc'] ?? array() ) ),
			array( array( 'email', (string) ( $contact['email'] ?? '' ) ), array( 'phone', (string) ( $contact['phone'] ?? '' ) ) )
		);
		foreach ( $lookups as list( $channel, $value ) ) {
			$found = '' === $value ? null : $this->contacts->find_by_identity( $channel, $value );
			if ( $found ) {
				$ids[] = $found->merged_into ? $found->merged_into : $found->id;
			}
		}
		return array_unique( $ids );
	}
}
