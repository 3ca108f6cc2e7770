<?php
/**
 * REST teams, tags, agents, me and settings.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Rest;

use Storedesk\Tests\TestCase;

/**
 * The smaller resources of storedesk/v1.
 */
class TeamsAndSettingsTest extends TestCase {

	/**
	 * The acting manager.
	 *
	 * @var int
	 */
	private int $manager;

	/** Logs in a manager. */
	protected function setUp(): void {
		parent::setUp();
		$this->manager = $this->user( 'storedesk_manager' );
		wp_set_current_user( $this->manager );
	}

	/** Teams are created with members, changed, and deleted without losing tickets. */
	public function test_team_lifecycle(): void {
		$agent   = $this->user( 'storedesk_agent' );
		$created = $this->rest( 'POST', '/storedesk/v1/teams', array( 'name' => 'Returns', 'members' => array( $agent ) ) );
		$this->assertStatus( 201, $created );
		$team = $created->get_data();
		$this->assertMatchesSchema( $this->published_schema( '/storedesk/v1/teams' ), $team );
		$this->assertSame( array( 'Returns', array( $agent ) ), array( $team['name'], $team['members'] ) );
		$this->assertSame( array(), $this->rest( 'GET', '/storedesk/v1/me' )->get_data()['teams'], 'the manager is not a member' );
		$bad = $this->rest( 'POST', '/storedesk/v1/teams', array( 'name' => 'Odd', 'members' => array( $this->user( 'subscriber' ) ) ) );
		$this->assertStatus( 400, $bad );
		$this->assertSame( 'storedesk_invalid_member', $bad->get_data()['code'] );

		$ticket = $this->ticket( array( 'team' => $team['id'] ) );
		$this->assertSame( 1, count( $this->rest( 'GET', '/storedesk/v1/tickets', array( 'team' => $team['id'] ) )->get_data() ) );
		$renamed = $this->rest( 'PATCH', '/storedesk/v1/teams/' . $team['id'], array( 'name' => 'Returns & exchanges' ) );
		$this->assertSame( 'Returns & exchanges', $renamed->get_data()['name'] );
		$this->assertSame( array( $agent ), $renamed->get_data()['members'], 'members stay when not sent' );
		$this->assertStatus( 200, $this->rest( 'DELETE', '/storedesk/v1/teams/' . $team['id'] ) );
		$after = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket->id() )->get_data();
		$this->assertNull( $after['team'] );
		$this->assertSame( array(), $this->rest( 'GET', '/storedesk/v1/teams' )->get_data() );
	}

	/** Tags are created once by name and listed with counts. */
	public function test_tags(): void {
		$first  = $this->rest( 'POST', '/storedesk/v1/tags', array( 'name' => 'Damaged item' ) );
		$second = $this->rest( 'POST', '/storedesk/v1/tags', array( 'name' => 'Damaged item' ) );
		$this->assertStatus( 201, $first );
		$this->assertSame( $first->get_data()['id'], $second->get_data()['id'] );
		$this->assertSame( 'damaged-item', $first->get_data()['slug'] );
		$this->ticket( array( 'tags' => array( 'damaged-item' ) ) );
		$tags = $this->rest( 'GET', '/storedesk/v1/tags' )->get_data();
		$this->assertSame( array( array( 'damaged-item', 1 ) ), array_map( static fn( $t ) => array( $t['slug'], $t['count'] ), $tags ) );
		$this->assertStatus( 400, $this->rest( 'POST', '/storedesk/v1/tags', array( 'name' => str_repeat( 'x', 61 ) ) ) );
	}

	/** Agents are listed; me tells capabilities and scope. */
	public function test_agents_and_me(): void {
		$agent = $this->user( 'storedesk_agent' );
		$this->user( 'subscriber' );
		$ids = wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/agents' )->get_data(), 'id' );
		$this->assertContains( $agent, $ids );
		$this->assertContains( $this->manager, $ids );
		foreach ( $ids as $id ) {
			$this->assertTrue( user_can( $id, 'storedesk_access' ), "user {$id} listed without helpdesk access" );
		}
		wp_set_current_user( $agent );
		$me = $this->rest( 'GET', '/storedesk/v1/me' )->get_data();
		$this->assertSame( $agent, $me['id'] );
		$this->assertTrue( $me['capabilities']['storedesk_edit_tickets'] );
		$this->assertFalse( $me['capabilities']['storedesk_manage_settings'] );
		$this->assertSame( 'all', $me['agent_scope'] );
	}

	/** Settings validate their values and refuse unknown ones. */
	public function test_settings(): void {
		// Other parts add their own settings; these keep their defaults.
		$this->assertSame(
			array(
				'agent_scope'              => 'all',
				'delete_data_on_uninstall' => false,
				'attachment_types'         => \Storedesk\Attachments\AttachmentRules::DEFAULT_TYPES,
				'attachment_max_mb'        => 10,
			),
			array_intersect_key( $this->rest( 'GET', '/storedesk/v1/settings' )->get_data(), array_flip( array( 'agent_scope', 'delete_data_on_uninstall', 'attachment_types', 'attachment_max_mb' ) ) )
		);
		$changed = $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'agent_scope' => 'own' ) );
		$this->assertMatchesSchema( $this->published_schema( '/storedesk/v1/settings' ), $changed->get_data() );
		$this->assertSame( 'own', $changed->get_data()['agent_scope'] );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'agent_scope' => 'everyone' ) ) );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'delete_data_on_uninstall' => 'maybe' ) ) );
		$this->assertSame( 'own', \Storedesk\Settings\Settings::get( 'agent_scope' ) );
	}
}
