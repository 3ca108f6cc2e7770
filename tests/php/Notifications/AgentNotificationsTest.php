<?php
/**
 * Emails to agents.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Notifications\Preferences;
use Storedesk\Settings\Settings;
use Storedesk\Teams\TeamRepository;

/**
 * Agents hear about new tickets, customer replies, assignments and
 * mentions, each switchable, never about their own actions.
 */
class AgentNotificationsTest extends MailTestCase {

	/**
	 * Agents who got an email whose subject contains a text.
	 *
	 * @param string $needle Part of the subject.
	 * @return string[] Addresses.
	 */
	private function recipients( string $needle ): array {
		$to = array();
		foreach ( $this->mails() as $mail ) {
			if ( str_contains( $mail['subject'], $needle ) ) {
				$to = array_merge( $to, $mail['to'] );
			}
		}
		sort( $to );
		return $to;
	}

	/**
	 * Addresses of users.
	 *
	 * @param int ...$ids Users.
	 * @return string[]
	 */
	private function emails( int ...$ids ): array {
		$out = array_map( static fn( $id ) => get_userdata( $id )->user_email, $ids );
		sort( $out );
		return $out;
	}

	/** A ticket for a team goes to its members who kept the switch on; the agent who opened it hears nothing. */
	public function test_new_ticket_goes_to_the_team_except_the_opener_and_opted_out(): void {
		$ana   = $this->user( 'storedesk_agent' );
		$ben   = $this->user( 'storedesk_agent' );
		$cleo  = $this->user( 'storedesk_agent' );
		$dev   = $this->user( 'storedesk_agent' );
		$other = $this->user( 'storedesk_agent' );
		$team  = $this->service( TeamRepository::class )->save( array( 'name' => 'Returns', 'members' => array( $ana, $ben, $cleo, $dev ) ) );
		$this->service( Preferences::class )->update( $cleo, array( 'new_ticket' => false ) );
		$ticket = $this->ticket( array( 'team' => $team['id'], 'channel' => 'phone' ), $dev );
		$this->assertSame( $this->emails( $ana, $ben ), $this->recipients( 'New ticket' ) );
		$mail = $this->mails( get_userdata( $ana )->user_email )[0];
		$this->assertSame( 'auto-generated', $this->header( $mail, 'Auto-Submitted' ) );
		$this->assertStringContainsString( 'admin.php?page=storedesk#/tickets/' . $ticket->id(), $mail['text'] );
		$this->assertStringContainsString( 'It has not arrived yet.', $mail['text'] );
		$this->assertStringNotContainsString( 'storedesk_token', $mail['html'] . $mail['text'], 'agents get the admin link, not a guest token' );
		$this->assertSame( array(), $this->mails( get_userdata( $other )->user_email ) );
	}

	/** Without a team, every agent hears about a new ticket; an assignee set at once gets "assigned" instead. */
	public function test_new_ticket_without_team_and_assigned_at_once(): void {
		$ana   = $this->user( 'storedesk_agent' );
		$ben   = $this->user( 'storedesk_agent' );
		$admin = get_users( array( 'role' => 'administrator', 'fields' => 'ID' ) );
		$this->ticket( array( 'assignee' => $ben ) );
		$this->assertSame( $this->emails( $ana, ...array_map( 'intval', $admin ) ), $this->recipients( 'New ticket' ) );
		$this->assertSame( $this->emails( $ben ), $this->recipients( 'Assigned to you' ) );
	}

	/** A customer reply goes to the assignee only; unassigned, to the agents who hear about new tickets. */
	public function test_customer_reply_goes_to_the_assignee_or_the_team(): void {
		$ana    = $this->user( 'storedesk_agent' );
		$ben    = $this->user( 'storedesk_agent' );
		$cleo   = $this->user( 'storedesk_agent' );
		$team   = $this->service( TeamRepository::class )->save( array( 'name' => 'Orders', 'members' => array( $ana, $ben ) ) );
		$mine   = $this->ticket( array( 'assignee' => $ana, 'contact' => array( 'name' => 'Rui Costa', 'email' => 'rui.reply@example.test' ) ) );
		$nobody = $this->ticket( array( 'team' => $team['id'] ) );
		$this->clear_mails();
		$this->customer_writes( $mine, '<p>Any news?</p>' );
		$this->assertSame( $this->emails( $ana ), $this->recipients( 'Rui Costa replied' ) );
		$this->assertStringContainsString( 'Any news?', $this->mails( get_userdata( $ana )->user_email )[0]['html'] );
		$this->clear_mails();
		$this->customer_writes( $nobody, 'Hello?' );
		$this->assertSame( $this->emails( $ana, $ben ), $this->recipients( 'replied' ) );
		$this->assertSame( array(), $this->mails( get_userdata( $cleo )->user_email ) );
		$this->service( Preferences::class )->update( $ben, array( 'customer_reply' => false ) );
		$this->clear_mails();
		$this->customer_writes( $nobody, 'Still there?' );
		$this->assertSame( $this->emails( $ana ), $this->recipients( 'replied' ) );
	}

	/** Assigning emails the new assignee, unless they took the ticket themselves or switched it off. */
	public function test_assignment(): void {
		$ana    = $this->user( 'storedesk_agent' );
		$ben    = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket();
		$path   = '/storedesk/v1/tickets/' . $ticket->id();
		$this->clear_mails();
		wp_set_current_user( $ana );
		$this->assertStatus( 200, $this->rest( 'PATCH', $path, array( 'assignee' => $ana ) ) );
		$this->assertSame( array(), $this->mails(), 'taking a ticket yourself sends nothing' );
		$this->assertStatus( 200, $this->rest( 'PATCH', $path, array( 'assignee' => $ben ) ) );
		$this->assertSame( $this->emails( $ben ), $this->recipients( 'Assigned to you' ) );
		$this->assertStringContainsString( get_userdata( $ana )->display_name . ' assigned ticket #' . $ticket->id() . ' to you.', $this->mails()[0]['text'] );
		$this->service( Preferences::class )->update( $ana, array( 'assignment' => false ) );
		$this->clear_mails();
		wp_set_current_user( $ben );
		$this->assertStatus( 200, $this->rest( 'PATCH', $path, array( 'assignee' => $ana ) ) );
		$this->assertSame( array(), $this->mails(), 'Ana switched assignment emails off' );
	}

	/** With "agents see only their own", an agent who cannot see a ticket is never emailed about it. */
	public function test_agents_who_cannot_see_the_ticket_hear_nothing(): void {
		Settings::update( array( 'agent_scope' => 'own' ) );
		$ana    = $this->user( 'storedesk_agent' );
		$ben    = $this->user( 'storedesk_agent' );
		$team   = $this->service( TeamRepository::class )->save( array( 'name' => 'Team', 'members' => array( $ana, $ben ) ) );
		$ticket = $this->ticket( array( 'team' => $team['id'], 'assignee' => $ana ) );
		$this->assertSame( array(), $this->recipients( 'New ticket' ), 'Ben may not see Ana\'s ticket; Ana got the assignment instead' );
		$this->assertSame( $this->emails( $ana ), $this->recipients( 'Assigned to you' ) );
		$this->assertSame( 'own', Settings::get( 'agent_scope' ) );
		$this->assertGreaterThan( 0, $ticket->id() );
	}

	/** Mentions go through the same switches: off means no email, and the author is never emailed. */
	public function test_mention_respects_the_switch(): void {
		$ana    = $this->user( 'storedesk_agent' );
		$ben    = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket();
		$this->clear_mails();
		wp_set_current_user( $ana );
		$note = sprintf( '<p>Can <span data-mention="%d">@Ben</span> look? Me too <span data-mention="%d">@Ana</span></p>', $ben, $ana );
		$this->assertStatus( 201, $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'note', 'body' => $note ) ) );
		$this->assertSame( $this->emails( $ben ), $this->recipients( 'mentioned you' ) );
		$mail = $this->mails()[0];
		$this->assertSame( 'auto-generated', $this->header( $mail, 'Auto-Submitted' ) );
		$this->assertStringContainsString( 'Can @Ben look?', $mail['text'] );
		wp_set_current_user( $ben );
		$this->assertStatus( 200, $this->rest( 'PUT', '/storedesk/v1/me/notifications', array( 'mention' => false ) ) );
		$this->clear_mails();
		wp_set_current_user( $ana );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'note', 'body' => $note ) );
		$this->assertSame( array(), $this->mails() );
	}

	/**
	 * A mail server that refuses one agent's email: that email alone is
	 * tried again later (the others are not sent twice), and a manager
	 * sees which agent missed what and why.
	 */
	public function test_a_refused_agent_email_is_retried_alone_and_listed(): void {
		$ana    = $this->user( 'storedesk_agent' );
		$ben    = $this->user( 'storedesk_agent' );
		$team   = $this->service( TeamRepository::class )->save( array( 'name' => 'Billing', 'members' => array( $ana, $ben ) ) );
		$refuse = static fn( $result, $atts ) => in_array( get_userdata( $ben )->user_email, (array) $atts['to'], true ) ? false : $result;
		add_filter( 'pre_wp_mail', $refuse, 101, 2 );
		$ticket = $this->ticket( array( 'team' => $team['id'] ) );
		$this->assertSame( $this->emails( $ana ), $this->recipients( 'New ticket' ) );
		remove_filter( 'pre_wp_mail', $refuse, 101 );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$failed = array_values( wp_list_filter( $this->rest( 'GET', '/storedesk/v1/jobs/failed' )->get_data(), array( 'job' => \Storedesk\Notifications\AgentNotifications::JOB ) ) );
		$this->assertCount( 1, $failed );
		$this->assertSame( 'retrying', $failed[0]['status'] );
		$this->assertSame( $ticket->id(), $failed[0]['ticket_id'] );
		$this->assertStringContainsString( get_userdata( $ben )->display_name, $failed[0]['label'] );
		$this->assertStringContainsString( '#' . $ticket->id(), $failed[0]['label'] );
		$this->assertStringContainsString( 'wp_mail() did not accept the email.', $failed[0]['error'] );
		// The retry's time has come: Ben gets his email, Ana no second one, and the failure is gone.
		$this->clear_mails();
		do_action( \Storedesk\Notifications\AgentNotifications::JOB, ...\Storedesk\Jobs\Failures::args( $this->service( \Storedesk\Jobs\Failures::class )->find( $failed[0]['id'] ) ) );
		$this->assertSame( $this->emails( $ben ), $this->recipients( 'New ticket' ) );
		$this->assertSame( array(), wp_list_filter( $this->rest( 'GET', '/storedesk/v1/jobs/failed' )->get_data(), array( 'job' => \Storedesk\Notifications\AgentNotifications::JOB ) ) );
	}
}
