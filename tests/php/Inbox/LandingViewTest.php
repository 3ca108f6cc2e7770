<?php
/**
 * Where an agent lands in the inbox.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Inbox;

use Storedesk\Admin\Assets;
use Storedesk\Inbox\LandingView;
use Storedesk\Settings\Settings;
use Storedesk\Tests\TestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * The first of Mine, Unassigned and All open that has a conversation, until
 * the agent picks a view; then that view, from any browser.
 */
class LandingViewTest extends TestCase {

	/** A fresh chooser: the service memoises its answers for one request. */
	private function landing(): LandingView {
		return new LandingView( $this->service( \Storedesk\Tickets\TicketQuery::class ) );
	}

	/** Each step of the fallback, as work arrives. */
	public function test_first_view_with_work(): void {
		$agent   = $this->user( 'storedesk_agent' );
		$manager = $this->user( 'storedesk_manager' );
		$this->assertSame( 'mine', $this->landing()->for_user( $agent ), 'an empty desk opens on Mine' );

		$theirs = $this->ticket( array(), $manager );
		$this->service( TicketRepository::class )->update( $theirs->id(), array( 'assignee' => $manager ), $manager );
		$this->assertSame( 'open', $this->landing()->for_user( $agent ), 'only someone else\'s open work: All open' );

		$this->ticket();
		$this->assertSame( 'unassigned', $this->landing()->for_user( $agent ) );

		$mine = $this->ticket();
		$this->service( TicketRepository::class )->update( $mine->id(), array( 'assignee' => $agent ), $agent );
		$this->assertSame( 'mine', $this->landing()->for_user( $agent ) );
	}

	/** An agent who sees only their own tickets is not sent to a list they cannot see. */
	public function test_scope_limits_the_fallback(): void {
		$agent   = $this->user( 'storedesk_agent' );
		$manager = $this->user( 'storedesk_manager' );
		$theirs  = $this->ticket( array(), $manager );
		$this->service( TicketRepository::class )->update( $theirs->id(), array( 'assignee' => $manager ), $manager );
		Settings::update( array( 'agent_scope' => 'own' ) );
		$this->assertSame( 'mine', $this->landing()->for_user( $agent ), 'nothing the agent may see' );
		$this->assertSame( 'open', $this->landing()->for_user( $this->user( 'storedesk_manager' ) ), 'a manager sees all open work' );
	}

	/** A picked view wins over the fallback; nonsense is refused and changes nothing. */
	public function test_choice_is_remembered(): void {
		$agent = $this->user( 'storedesk_agent' );
		$this->ticket();
		$this->assertTrue( $this->landing()->choose( $agent, 'channel/phone' ) );
		$this->assertSame( 'channel/phone', $this->landing()->for_user( $agent ) );
		foreach ( array( '', 'Mine', 'team/x', 'saved/../../x', 'channel/', 'inbox/mine', str_repeat( 'a', 200 ) ) as $bad ) {
			$this->assertFalse( $this->landing()->choose( $agent, $bad ), $bad );
		}
		$this->assertSame( 'channel/phone', $this->landing()->for_user( $agent ) );
	}

	/** GET /me tells the landing view; PATCH /me stores a pick or refuses it. */
	public function test_me_route(): void {
		$agent = $this->user( 'storedesk_agent' );
		$this->ticket();
		wp_set_current_user( $agent );
		$me = $this->rest( 'GET', '/storedesk/v1/me' )->get_data();
		$this->assertSame( 'unassigned', $me['inbox_view'] );

		$res = $this->rest( 'PATCH', '/storedesk/v1/me', array( 'inbox_view' => 'team/12' ) );
		$this->assertStatus( 200, $res );
		$this->assertSame( 'team/12', $res->get_data()['inbox_view'] );
		$this->assertSame( 'team/12', get_user_meta( $agent, LandingView::META, true ) );

		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/me', array( 'inbox_view' => '<script>' ) ) );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/me', array() ) );
		$this->assertSame( 'team/12', get_user_meta( $agent, LandingView::META, true ) );

		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertStatus( 403, $this->rest( 'PATCH', '/storedesk/v1/me', array( 'inbox_view' => 'open' ) ) );
		wp_set_current_user( 0 );
		$this->assertStatus( 401, $this->rest( 'PATCH', '/storedesk/v1/me', array( 'inbox_view' => 'open' ) ) );
	}

	/**
	 * The page preloads the list of the view it lands on, asked exactly as the
	 * app asks it (the app side is tested in query.test.ts).
	 */
	public function test_preload_follows_the_landing_view(): void {
		$this->assertSame( array_keys( LandingView::FIRST_CHOICES ), array_keys( Assets::LANDING_LISTS ) );
		foreach ( Assets::LANDING_LISTS as $view => $path ) {
			parse_str( (string) wp_parse_url( $path, PHP_URL_QUERY ), $args );
			$this->assertEquals( LandingView::FIRST_CHOICES[ $view ], array_intersect_key( $args, LandingView::FIRST_CHOICES[ $view ] ), $view );
			$this->assertSame( count( LandingView::FIRST_CHOICES[ $view ] ) + 4, count( $args ), "{$view} asks for nothing else than its query and the first page" );
		}
		$agent = $this->user( 'storedesk_agent' );
		$this->ticket();
		$assets = new Assets( $this->landing() );
		$this->assertContains( Assets::LANDING_LISTS['unassigned'], $assets->preload_paths( $agent ) );
		$this->assertNotContains( Assets::LANDING_LISTS['mine'], $assets->preload_paths( $agent ) );
	}
}
