<?php
/**
 * Revoking a contact's magic links.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Contacts;

use Storedesk\Storefront\GuestTokens;
use Storedesk\Tests\TestCase;

/**
 * Issue 10, point 6: a link that leaked (a forwarded email, a shared
 * screen) must be stoppable. "Sign out of all links" on the contact screen
 * and a merge stop every link of the person at once; an email change does
 * too (ContactScopeTest). Before the fix a link worked for its 30 days
 * whatever happened to the contact.
 */
class LinkRevocationTest extends TestCase {

	/** Every link of every ticket of the person stops; new ones work; the store API refuses the old one. */
	public function test_sign_out_of_all_links(): void {
		$first  = $this->ticket( array( 'contact' => array( 'email' => 'leak' . wp_rand() . '@example.test' ) ) );
		$second = $this->ticket( array( 'contact_id' => $first->contact_id() ) );
		$other  = $this->ticket();
		$tokens = $this->service( GuestTokens::class );
		$links  = array( $tokens->issue( $first->id() ), $tokens->issue( $second->id() ) );
		$kept   = $tokens->issue( $other->id() );

		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStatus( 403, $this->rest( 'DELETE', '/storedesk/v1/contacts/' . $first->contact_id() . '/links' ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$done = $this->rest( 'DELETE', '/storedesk/v1/contacts/' . $first->contact_id() . '/links' );
		$this->assertStatus( 200, $done );
		$this->assertSame( array( 'revoked' => true ), $done->get_data() );

		$this->assertSame( array( 0, 0 ), array_map( array( $tokens, 'verify' ), $links ) );
		$this->assertSame( $other->id(), $tokens->verify( $kept ), 'other people\'s links are untouched' );
		$this->assertSame( $first->id(), $tokens->verify( $tokens->issue( $first->id() ) ) );
		wp_set_current_user( 0 );
		$request = new \WP_REST_Request( 'GET', '/storedesk/store/v1/tickets/' . $first->id() );
		$request->set_header( 'X-Storedesk-Token', $links[0] );
		$this->assertStatus( 401, rest_do_request( $request ) );
	}

	/** An own-scope agent cannot sign out a customer they do not see. */
	public function test_out_of_scope_agents_cannot(): void {
		\Storedesk\Settings\Settings::update( array( 'agent_scope' => 'own' ) );
		$theirs = $this->ticket( array( 'assignee' => $this->user( 'storedesk_agent' ) ) );
		$link   = $this->service( GuestTokens::class )->issue( $theirs->id() );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 404, $this->rest( 'DELETE', '/storedesk/v1/contacts/' . $theirs->contact_id() . '/links' ) );
		$this->assertSame( $theirs->id(), $this->service( GuestTokens::class )->verify( $link ) );
	}

	/** After a merge, links of both people stop: each would now open the other's history too. */
	public function test_merge_revokes_both(): void {
		$keep   = $this->ticket( array( 'contact' => array( 'email' => 'keep' . wp_rand() . '@example.test' ) ) );
		$fold   = $this->ticket( array( 'contact' => array( 'email' => 'fold' . wp_rand() . '@example.test' ) ) );
		$tokens = $this->service( GuestTokens::class );
		$links  = array( $tokens->issue( $keep->id() ), $tokens->issue( $fold->id() ) );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$fired = did_action( 'storedesk_contact_links_revoked' );
		$this->assertStatus( 200, $this->rest( 'POST', '/storedesk/v1/contacts/' . $keep->contact_id() . '/merge', array( 'source' => $fold->contact_id() ) ) );
		$this->assertSame( array( 0, 0 ), array_map( array( $tokens, 'verify' ), $links ) );
		$this->assertSame( $fired + 2, did_action( 'storedesk_contact_links_revoked' ), 'extensions hear of both' );
		$this->assertSame( $fold->id(), $tokens->verify( $tokens->issue( $fold->id() ) ) );
	}
}
