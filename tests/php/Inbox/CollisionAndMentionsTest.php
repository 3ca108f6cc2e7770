<?php
/**
 * Collision detection, stale sends and mentions.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Inbox;

use Storedesk\Inbox\Mentions;
use Storedesk\Messages\MessageRepository;
use Storedesk\Settings\Settings;
use Storedesk\Tests\TestCase;

/**
 * Two agents on one ticket see each other, and neither answers a customer
 * message they have not read.
 */
class CollisionAndMentionsTest extends TestCase {

	/**
	 * Mails wp_mail() was asked to send.
	 *
	 * @var array[]
	 */
	private array $mails = array();

	/** Captures outgoing mail. */
	protected function setUp(): void {
		parent::setUp();
		add_filter( 'pre_wp_mail', array( $this, 'capture' ), 10, 2 );
	}

	/** Stops capturing. */
	protected function tearDown(): void {
		remove_filter( 'pre_wp_mail', array( $this, 'capture' ), 10 );
		parent::tearDown();
	}

	/**
	 * Records a mention mail instead of sending it (the other notifications
	 * are tested in tests/php/Notifications).
	 *
	 * @param null|bool $result Short-circuit value.
	 * @param array     $atts   wp_mail() arguments.
	 */
	public function capture( $result, array $atts ): bool {
		if ( str_contains( $atts['subject'], 'mentioned you' ) ) {
			$this->mails[] = $atts;
		}
		return true;
	}

	/** The second agent sees the first viewing, then typing; leaving clears it. */
	public function test_presence_between_two_agents(): void {
		$ana    = $this->user( 'storedesk_agent' );
		$ben    = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket();
		$path   = '/storedesk/v1/tickets/' . $ticket->id() . '/presence';
		wp_set_current_user( $ana );
		$this->assertSame( array(), $this->rest( 'POST', $path, array( 'state' => 'viewing' ) )->get_data() );
		wp_set_current_user( $ben );
		$seen = $this->rest( 'POST', $path, array( 'state' => 'viewing' ) )->get_data();
		$this->assertSame( array( $ana ), wp_list_pluck( $seen, 'user_id' ) );
		$this->assertSame( 'viewing', $seen[0]['state'] );
		$this->assertNotEmpty( $seen[0]['name'] );
		wp_set_current_user( $ana );
		$this->rest( 'POST', $path, array( 'state' => 'typing' ) );
		wp_set_current_user( $ben );
		$this->assertSame( 'typing', $this->rest( 'GET', $path )->get_data()[0]['state'] );
		wp_set_current_user( $ana );
		$this->rest( 'POST', $path, array( 'state' => 'left' ) );
		wp_set_current_user( $ben );
		$this->assertSame( array(), $this->rest( 'GET', $path )->get_data() );
		$this->assertStatus( 400, $this->rest( 'POST', $path, array( 'state' => 'dancing' ) ) );
	}

	/** Sending after the customer wrote again is refused until the agent has seen it. */
	public function test_send_refused_when_customer_wrote_since(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket();
		$path   = '/storedesk/v1/tickets/' . $ticket->id() . '/messages';
		$seen   = max( wp_list_pluck( $this->rest( 'GET', $path )->get_data(), 'id' ) );
		$newer  = $this->service( MessageRepository::class )->add( $ticket->id(), array( 'kind' => 'customer', 'body' => 'Actually, cancel it.' ) );
		$stale  = $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => 'Shipped!', 'last_seen_message' => $seen ) );
		$this->assertStatus( 409, $stale );
		$this->assertSame( 'storedesk_newer_message', $stale->get_data()['code'] );
		$this->assertSame( array( $newer->id ), wp_list_pluck( $stale->get_data()['data']['messages'], 'id' ) );
		$this->assertSame( 2, count( $this->rest( 'GET', $path )->get_data() ), 'the refused reply was not stored' );
		$this->assertStatus( 201, $this->rest( 'POST', $path, array( 'kind' => 'reply', 'body' => 'Cancelled.', 'last_seen_message' => $newer->id ) ) );
		$this->assertStatus( 201, $this->rest( 'POST', $path, array( 'kind' => 'note', 'body' => 'Forced.', 'last_seen_message' => $seen, 'force' => true ) ) );
	}

	/** A mention emails the agent once, never the author, never an agent who may not see the ticket. */
	public function test_mentions_email_agents_who_can_see_the_ticket(): void {
		Settings::update( array( 'agent_scope' => 'own' ) );
		$ana      = $this->user( 'storedesk_agent' );
		$ben      = $this->user( 'storedesk_agent' );
		$outsider = $this->user( 'storedesk_agent' );
		$manager  = $this->user( 'storedesk_manager' );
		$ticket   = $this->ticket( array( 'assignee' => $ana ) );
		wp_set_current_user( $ana );
		$ben_login = get_userdata( $ben )->user_login;
		$body      = sprintf( '<p>Can <span data-mention="%d">@Ben</span> and @%s check? Also <span data-mention="%d">@Out</span>, <span data-mention="%d">@Mia</span> and me <span data-mention="%d">@Ana</span>.</p>', $ben, get_userdata( $manager )->user_login, $outsider, $manager, $ana );
		$this->assertStatus( 201, $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'note', 'body' => $body ) ) );
		$this->run_jobs();
		$this->assertSame( array( get_userdata( $manager )->user_email ), array_column( $this->mails, 'to' ), 'Ben is not assigned and agents see only their own: only the manager qualifies' );
		$this->assertStringContainsString( '[#' . $ticket->id() . ']', $this->mails[0]['subject'] );
		$this->assertStringContainsString( 'admin.php?page=storedesk#/tickets/' . $ticket->id(), $this->mails[0]['message'] );
		$this->assertContains( 'Auto-Submitted: auto-generated', $this->mails[0]['headers'] );
		$this->mails = array();
		Settings::update( array( 'agent_scope' => 'all' ) );
		update_user_meta( $manager, Mentions::OPT_OUT, '0' );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'note', 'body' => "Ping @{$ben_login} and @" . get_userdata( $manager )->user_login ) );
		$this->run_jobs();
		$this->assertSame( array( get_userdata( $ben )->user_email ), array_column( $this->mails, 'to' ) );
		$this->mails = array();
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => "Thanks @{$ben_login}" ) );
		$this->run_jobs();
		$this->assertNotContains( get_userdata( $ben )->user_email, array_column( $this->mails, 'to' ), 'a mention in a reply to the customer notifies no agent' );
	}

	/** Saved views belong to their agent. */
	public function test_saved_views_are_private(): void {
		$ana = $this->user( 'storedesk_agent' );
		$ben = $this->user( 'storedesk_agent' );
		wp_set_current_user( $ana );
		$created = $this->rest( 'POST', '/storedesk/v1/views', array( 'name' => 'Urgent chats', 'query' => array( 'channel' => array( 'chat' ), 'priority' => array( 'urgent' ) ), 'columns' => array( 'subject', 'waiting' ) ) );
		$this->assertStatus( 201, $created );
		$id = $created->get_data()['id'];
		$this->assertSame( array( 'Urgent chats' ), wp_list_pluck( $this->rest( 'GET', '/storedesk/v1/views' )->get_data(), 'name' ) );
		$this->assertSame( 'Urgent', $this->rest( 'PUT', '/storedesk/v1/views/' . $id, array( 'name' => 'Urgent' ) )->get_data()['name'] );
		wp_set_current_user( $ben );
		$this->assertSame( array(), $this->rest( 'GET', '/storedesk/v1/views' )->get_data() );
		$this->assertStatus( 404, $this->rest( 'PUT', '/storedesk/v1/views/' . $id, array( 'name' => 'Mine now' ) ) );
		$this->assertStatus( 404, $this->rest( 'DELETE', '/storedesk/v1/views/' . $id ) );
		wp_set_current_user( $ana );
		$this->assertStatus( 200, $this->rest( 'DELETE', '/storedesk/v1/views/' . $id ) );
		$this->assertSame( array(), $this->rest( 'GET', '/storedesk/v1/views' )->get_data() );
	}
}
