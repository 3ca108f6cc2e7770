<?php
/**
 * Shopper ticket links.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Storefront\GuestTokens;
use Storedesk\Storefront\TicketLink;
use Storedesk\Tests\TestCase;

/**
 * A ticket link leads to the portal with a token that opens that ticket only.
 */
class TicketLinkTest extends TestCase {

	/** The link's token verifies for its own ticket. */
	public function test_link_carries_a_token_for_its_ticket(): void {
		$ticket = $this->ticket();
		$url    = $this->service( TicketLink::class )->for_ticket( $ticket->id() );
		wp_parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $args );
		$this->assertSame( (string) $ticket->id(), $args['storedesk_ticket'] );
		$this->assertSame( $ticket->id(), $this->service( GuestTokens::class )->verify( $args['storedesk_token'] ) );
		$this->assertStringStartsWith( home_url( '/' ), $url );
	}

	/** The portal URL can be moved by a filter, and the link follows it. */
	public function test_link_follows_the_portal_url(): void {
		$ticket = $this->ticket();
		$move   = static fn() => home_url( '/support/' );
		add_filter( 'storedesk_portal_url', $move );
		$url    = $this->service( TicketLink::class )->for_ticket( $ticket->id() );
		remove_filter( 'storedesk_portal_url', $move );
		$this->assertStringStartsWith( home_url( '/support/?' ), $url );
	}
}
