<?php
/**
 * An account email is a claim, not a proof.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront\Rest;

use Storedesk\Contacts\AccountProof;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Rest\TicketPresenter;
use Storedesk\Tests\Storefront\StoreTestCase;
use Storedesk\Tickets\TicketIndex;

/**
 * The attacks of issue 10, points 1 and 9: a customer who types someone
 * else's address as their account email (WooCommerce's Account details
 * screen takes it unconfirmed) must not read that person's conversations;
 * a stranger who files a ticket under a customer's address must not put
 * words in the customer's portal, and agents see the ticket flagged.
 */
class AccountTakeoverTest extends StoreTestCase {

	/** A shopper account, as WooCommerce makes one (customer role when it exists). */
	private function account( string $email ): int {
		return (int) wp_insert_user(
			array(
				'user_login' => 'shopper' . wp_rand(),
				'user_email' => $email,
				'user_pass'  => wp_generate_password(),
				'role'       => get_role( 'customer' ) ? 'customer' : 'subscriber',
			)
		);
	}

	/** Ticket ids the signed-in customer's portal lists. */
	private function portal( int $user_id ): array {
		wp_set_current_user( $user_id );
		$list = $this->store( 'GET', '/tickets' );
		wp_set_current_user( 0 );
		$this->assertStatus( 200, $list );
		return array_column( $list->get_data(), 'id' );
	}

	/** A guest's form post; returns the new ticket id. */
	private function guest_posts( string $email, string $subject ): int {
		wp_set_current_user( 0 );
		$sent = $this->store( 'POST', '/tickets', $this->submission( array( 'email' => $email, 'subject' => $subject ) ) );
		$this->assertStatus( 201, $sent );
		return (int) $sent->get_data()['id'];
	}

	/**
	 * Point 1. The attacker sets the victim's address on their account
	 * before the victim ever writes; the victim then writes as a guest. On
	 * the code before the fix the new contact took the attacker's account
	 * (ContactRepository::create looked the address up among users) and the
	 * attacker's portal listed and opened the victim's ticket.
	 */
	public function test_account_email_alone_opens_nothing(): void {
		$victim   = 'victim' . wp_rand() . '@example.test';
		$attacker = $this->account( $victim );
		$ticket   = $this->guest_posts( $victim, 'My card ending 4242 was charged twice' );
		$this->assertSame( array(), $this->portal( $attacker ) );
		wp_set_current_user( $attacker );
		$this->assertStatus( 404, $this->store( 'GET', "/tickets/{$ticket}" ) );
		$this->assertStatus( 404, $this->store( 'POST', "/tickets/{$ticket}/messages", array( 'body' => 'Please send the refund to my new card' ) ) );
		wp_set_current_user( 0 );
		$contact = $this->service( ContactRepository::class )->find_by_identity( 'email', $victim );
		$this->assertSame( 0, $contact->user_id, 'the contact is linked to nobody' );
	}

	/**
	 * Point 1, the other order: the attacker files first while signed in,
	 * then the victim writes as a guest. The attacker keeps what they wrote
	 * themselves and never sees the victim's ticket, even after the victim
	 * answers from their mailbox.
	 */
	public function test_filing_first_under_a_borrowed_address_wins_nothing(): void {
		$victim   = 'victim' . wp_rand() . '@example.test';
		$attacker = $this->account( $victim );
		wp_set_current_user( $attacker );
		$own = $this->store( 'POST', '/tickets', $this->submission( array( 'subject' => 'Bait' ) ) );
		$this->assertStatus( 201, $own );
		$theirs = $this->guest_posts( $victim, 'Where is my order?' );
		$this->store( 'POST', "/tickets/{$theirs}/messages", array( 'body' => 'Any news?' ), $this->token( $theirs ) );
		$this->assertSame( array( $own->get_data()['id'] ), $this->portal( $attacker ) );
	}

	/** An honest customer who has not proven their address still sees what they file signed in. */
	public function test_signed_in_customer_sees_what_they_filed(): void {
		$user = $this->account( 'honest' . wp_rand() . '@example.test' );
		wp_set_current_user( $user );
		$sent = $this->store( 'POST', '/tickets', $this->submission() );
		$this->assertStatus( 201, $sent );
		$id = (int) $sent->get_data()['id'];
		$this->assertSame( array( $id ), $this->portal( $user ) );
		wp_set_current_user( $user );
		$this->assertStatus( 201, $this->store( 'POST', "/tickets/{$id}/messages", array( 'body' => 'One more detail' ) ) );
	}

	/**
	 * A used password-reset link proves the mailbox: the customer's earlier
	 * guest tickets join their portal. Changing the account email afterwards
	 * (unconfirmed) drops that proof.
	 */
	public function test_password_reset_proves_the_address_until_it_changes(): void {
		$email  = 'reset' . wp_rand() . '@example.test';
		$before = $this->guest_posts( $email, 'Written before I had an account' );
		$user   = $this->account( $email );
		$this->assertSame( array(), $this->portal( $user ) );
		do_action( 'password_reset', get_userdata( $user ), 'new-pass' );
		$this->assertSame( array( $before ), $this->portal( $user ) );
		wp_update_user( array( 'ID' => $user, 'user_email' => 'elsewhere' . wp_rand() . '@example.test' ) );
		$this->assertSame( array(), $this->portal( $user ), 'a changed address is a new, unproven claim' );
		$this->assertSame( '', $this->service( AccountProof::class )->proof_of( $user ) );
	}

	/**
	 * Point 9. A stranger, not signed in, files a ticket under a customer's
	 * address. Agents see "unverified sender"; the customer's portal leaves
	 * it out; once the customer answers through the link mailed to their
	 * address, it is theirs. Before the fix the customer's portal listed it
	 * at once and agents had no sign of doubt.
	 */
	public function test_stranger_under_a_customers_address_is_an_unverified_sender(): void {
		list( $customer, $own ) = $this->customer_with_ticket();
		$email                  = get_userdata( $customer )->user_email;
		$forged                 = $this->guest_posts( $email, 'Please change my delivery address' );
		$this->assertSame( array( $own->id() ), $this->portal( $customer ) );
		wp_set_current_user( $customer );
		$this->assertStatus( 404, $this->store( 'GET', "/tickets/{$forged}" ) );
		wp_set_current_user( 0 );
		$presenter = $this->service( TicketPresenter::class );
		$index     = $this->service( TicketIndex::class );
		$this->assertFalse( $presenter->present( $index->get( $forged ) )['sender_verified'] );
		$this->assertTrue( $presenter->present( $index->get( $own->id() ) )['sender_verified'] );

		$this->assertStatus( 201, $this->store( 'POST', "/tickets/{$forged}/messages", array( 'body' => 'Yes, that was me.' ), $this->token( $forged ) ) );
		$this->assertTrue( $presenter->present( $index->get( $forged ) )['sender_verified'] );
		$this->assertEqualsCanonicalizing( array( $own->id(), $forged ), $this->portal( $customer ) );
	}

	/** The customer signed in is no stranger: their own post is verified. */
	public function test_customer_signed_in_is_a_verified_sender(): void {
		list( $customer ) = $this->customer_with_ticket();
		wp_set_current_user( $customer );
		$sent = $this->store( 'POST', '/tickets', $this->submission() );
		$this->assertStatus( 201, $sent );
		$ticket = $this->service( TicketIndex::class )->get( (int) $sent->get_data()['id'] );
		$this->assertSame( 1, (int) $ticket->get( 'sender_verified' ) );
		$this->assertCount( 2, $this->portal( $customer ) );
	}

	/**
	 * A link opened signed in proves the address for good, and takes a
	 * contact from an unproven (legacy) link over to the proven account.
	 */
	public function test_magic_link_moves_an_unproven_link_to_the_proven_account(): void {
		global $wpdb;
		$email    = 'moved' . wp_rand() . '@example.test';
		$ticket   = $this->guest_posts( $email, 'Old question' );
		$contacts = $this->service( ContactRepository::class );
		$contact  = $contacts->find_by_identity( 'email', $email );
		$wpdb->update( \Storedesk\Install\Schema::table( 'contacts' ), array( 'user_id' => $this->user( 'subscriber' ), 'user_proof' => AccountProof::LEGACY ), array( 'id' => $contact->id ) );
		$user = $this->account( $email );
		wp_set_current_user( $user );
		$this->assertStatus( 200, $this->store( 'GET', "/tickets/{$ticket}", array(), $this->token( $ticket ) ) );
		$this->assertSame( array( $ticket ), $this->portal( $user ) );
		$linked = $contacts->find( $contact->id );
		$this->assertSame( array( $user, 'magic_link' ), array( $linked->user_id, $linked->user_proof ) );
		$this->assertSame( 'verified_email', $this->service( AccountProof::class )->proof_of( $user ) );
	}
}
