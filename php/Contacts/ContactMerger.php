<?php
/**
 * Merging duplicate contacts.
 *
 * @package Storedesk
 */

namespace Storedesk\Contacts;

use Storedesk\Install\Schema;
use Storedesk\Search\CustomerTerms;
use Storedesk\Tickets\TicketMoves;
use Storedesk\Support\Dates;
use Storedesk\Support\Transaction;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Folds one contact into another: tickets, messages, identities and
 * participations move, empty fields are filled in, and the source stays as
 * a pointer to the target so old links still resolve. Nothing is deleted.
 * Magic links of both stop working: they were mailed to one of two
 * addresses and would now open the other person's history as well.
 */
class ContactMerger {

	/**
	 * Builds the merger.
	 *
	 * @param ContactRepository $contacts Contacts.
	 * @param CustomerTerms     $terms    The customer's words in their tickets' search terms.
	 * @param TicketMoves       $moves    The source's tickets, messages and participations.
	 */
	public function __construct( private ContactRepository $contacts, private CustomerTerms $terms, private TicketMoves $moves ) {}

	/**
	 * Merges $source_id into $target_id.
	 *
	 * @param int $target_id Contact that remains.
	 * @param int $source_id Contact folded in.
	 * @param int $actor_id  Who merged them (each moved ticket records it).
	 * @return Contact|WP_Error The target after the merge.
	 */
	public function merge( int $target_id, int $source_id, int $actor_id = 0 ) {
		$target = $this->contacts->find( $target_id );
		$source = $this->contacts->find( $source_id );
		if ( ! $target || ! $source || $target->merged_into || $source->merged_into ) {
			return new WP_Error( 'storedesk_contact_not_found', __( 'Both contacts must exist and not be merged already.', 'storedesk' ), array( 'status' => 404 ) );
		}
		if ( $target_id === $source_id ) {
			return new WP_Error( 'storedesk_merge_self', __( 'A contact cannot be merged into itself.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$merged = Transaction::run( fn() => $this->move( $target, $source, $actor_id ) );
		if ( is_wp_error( $merged ) ) {
			return $merged;
		}
		// The target may have taken the source's name or phone: its own tickets' terms follow.
		$this->terms->refresh( $target_id );
		/**
		 * Fires after one contact was merged into another.
		 *
		 * @since 0.1.0
		 * @param int $target_id Contact that remains.
		 * @param int $source_id Contact folded in.
		 */
		do_action( 'storedesk_contacts_merged', $target_id, $source_id );
		return $merged;
	}

	/**
	 * Moves every reference; runs inside a transaction.
	 *
	 * @param Contact $target   Contact that remains.
	 * @param Contact $source   Contact folded in.
	 * @param int     $actor_id Who merged them.
	 * @return Contact|WP_Error
	 */
	private function move( Contact $target, Contact $source, int $actor_id ) {
		global $wpdb;
		$to    = $target->id;
		$from  = $source->id;
		$moved = $this->moves->move_contact( $from, $to, $actor_id );
		if ( is_wp_error( $moved ) ) {
			return $moved;
		}
		$wpdb->update( Schema::table( 'contact_identities' ), array( 'contact_id' => $to ), array( 'contact_id' => $from ) );
		$fill = array( 'updated_at' => Dates::now() );
		foreach ( array( 'name', 'email', 'phone', 'notes' ) as $field ) {
			if ( ( null === $target->$field || '' === $target->$field ) && null !== $source->$field && '' !== $source->$field ) {
				$fill[ $field ] = $source->$field;
			}
		}
		// A proven link wins over none or an unproven one; the target's own proven link stays.
		if ( ! AccountProof::is_verified( $target ) && ( AccountProof::is_verified( $source ) || ! $target->user_id ) && $source->user_id ) {
			$fill['user_id']    = $source->user_id;
			$fill['user_proof'] = $source->user_proof;
		}
		if ( $target->notes && $source->notes ) {
			$fill['notes'] = $target->notes . "\n\n" . $source->notes;
		}
		$wpdb->update( Schema::table( 'contacts' ), $fill, array( 'id' => $to ) );
		$this->contacts->revoke_links( $to );
		$this->contacts->revoke_links( $from );
		$wpdb->update(
			Schema::table( 'contacts' ),
			array(
				'merged_into' => $to,
				'updated_at'  => Dates::now(),
			),
			array( 'id' => $from )
		);
		return $this->contacts->find( $to );
	}
}
