<?php
/**
 * Sending through wp_mail().
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;


/**
 * Our emails are multipart with both parts, carry the right automatic-mail
 * headers, leave PHPMailer clean for other emails, and never fail the
 * request that caused them.
 */
class MailerTest extends MailTestCase {

	/** A ticket whose customer is emailed, created by an agent so nothing is sent yet. */
	private function quiet_ticket( string $email ): \Storedesk\Tickets\Ticket {
		$ticket = $this->ticket( array( 'contact' => array( 'email' => $email ) ), $this->user( 'storedesk_agent' ) );
		$this->clear_mails();
		return $ticket;
	}

	/**
	 * Another plugin's phpmailer_init that clears AltBody (WooCommerce's, left
	 * "sending" when a delivery plugin cut its own email short) does not take
	 * our text part away.
	 */
	public function test_text_part_survives_other_phpmailer_hooks(): void {
		$clear = static function ( $mailer ) {
			$mailer->AltBody = ''; // phpcs:ignore WordPress.NamingConventions.ValidVariableName -- PHPMailer's property.
		};
		add_action( 'phpmailer_init', $clear, 10 );
		$this->ticket( array( 'contact' => array( 'email' => 'alt@example.test' ) ) );
		$mail = $this->mails( 'alt@example.test' )[0];
		remove_action( 'phpmailer_init', $clear, 10 );
		$this->assertStringStartsWith( 'multipart/alternative', $mail['content_type'] );
		$this->assertStringContainsString( 'Thanks for getting in touch', $mail['text'] );
	}

	/** Both parts in multipart/alternative, and PHPMailer reset for the next email that is not ours. */
	public function test_multipart_alternative_and_a_clean_phpmailer_afterwards(): void {
		$this->ticket( array( 'contact' => array( 'email' => 'parts@example.test' ) ) );
		$mail = $this->mails( 'parts@example.test' )[0];
		$this->assertStringStartsWith( 'multipart/alternative', $mail['content_type'] );
		$this->assertStringContainsString( 'Thanks for getting in touch', $mail['text'] );
		$this->assertStringNotContainsString( '<', $mail['text'] );
		$this->assertStringContainsString( '<p>Thanks for getting in touch.', $mail['html'] );
		$this->assertStringContainsString( '<!DOCTYPE html>', $mail['html'] );
		$ours = $this->header( $mail, 'Message-ID' );
		$this->clear_mails();
		wp_mail( 'other@example.test', 'Password reset', 'Plain body' );
		$other = $this->mails( 'other@example.test' )[0];
		$this->assertNotSame( $ours, $this->header( $other, 'Message-ID' ) );
		$this->assertStringNotContainsString( 'storedesk.', (string) $this->header( $other, 'Message-ID' ) );
		$this->assertStringStartsWith( 'text/plain', $other['content_type'] );
		$this->assertNull( $this->header( $other, 'Auto-Submitted' ) );
	}

	/** Reply-To is whatever the documented filter says, for customer emails only; none by default. */
	public function test_reply_to_comes_from_the_filter(): void {
		$ticket = $this->quiet_ticket( 'replyto@example.test' );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'A' ) );
		$this->assertNull( $this->header( $this->mails( 'replyto@example.test' )[0], 'Reply-To' ) );
		$route = static fn( $address, $t ) => 'support+' . $t->id() . '@shop.example';
		add_filter( 'storedesk_reply_to_address', $route, 10, 2 );
		$this->clear_mails();
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'B' ) );
		$this->run_jobs();
		remove_filter( 'storedesk_reply_to_address', $route, 10 );
		$this->assertSame( 'support+' . $ticket->id() . '@shop.example', $this->header( $this->mails( 'replyto@example.test' )[0], 'Reply-To' ) );
	}

	/** A mail server that refuses, or a plugin that throws, is recorded on the delivery; the reply is still saved and answered 201. */
	public function test_failures_are_logged_and_never_fail_the_request(): void {
		$ticket = $this->quiet_ticket( 'failing@example.test' );
		$agent  = $this->user( 'storedesk_agent' );
		wp_set_current_user( $agent );
		$refuse = static fn() => false;
		add_filter( 'pre_wp_mail', $refuse, 101 );
		$res = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'Refused by the server.' ) );
		$this->run_jobs();
		remove_filter( 'pre_wp_mail', $refuse, 101 );
		$this->assertStatus( 201, $res );
		$throw = static function () {
			throw new \RuntimeException( 'SMTP plugin exploded' );
		};
		add_action( 'phpmailer_init', $throw );
		$res = $this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'Plugin threw.', 'status' => 'resolved' ) );
		$this->run_jobs();
		remove_action( 'phpmailer_init', $throw );
		$this->assertStatus( 201, $res );
		$this->assertSame( 'resolved', $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket->id() )->get_data()['status'] );
		$kinds = array_column( $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket->id() . '/messages' )->get_data(), 'kind' );
		$this->assertSame( array( 'customer', 'reply', 'reply', 'event' ), $kinds, 'both replies and the status change were saved' );
		// Each reply's delivery keeps its error and is tried again later; the manager's log keeps agents' mail.
		$replies = array_values( wp_list_filter( $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket->id() . '/messages' )->get_data(), array( 'kind' => 'reply' ) ) );
		$this->assertSame( array( 'queued', 'wp_mail() did not accept the email.' ), array( $replies[0]['deliveries'][0]['status'], $replies[0]['deliveries'][0]['error'] ) );
		$this->assertSame( array( 'queued', 'SMTP plugin exploded' ), array( $replies[1]['deliveries'][0]['status'], $replies[1]['deliveries'][0]['error'] ) );
		$this->assertSame( 'failing@example.test', $replies[1]['deliveries'][0]['to'] );
		$this->assertSame( array(), $this->failed_jobs(), 'customer mail is recorded on its delivery, not twice' );
	}

	/** The documented filter can stop an email (a channel that delivers replies itself). */
	public function test_filter_cancels_an_email(): void {
		$ticket = $this->quiet_ticket( 'cancel@example.test' );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$cancel = static fn( $email, $type ) => 'customer-reply' === $type ? false : $email;
		add_filter( 'storedesk_notification_email', $cancel, 10, 2 );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => 'Sent by the channel.' ) );
		$this->run_jobs();
		remove_filter( 'storedesk_notification_email', $cancel, 10 );
		$this->assertSame( array(), $this->mails( 'cancel@example.test' ) );
		$this->assertSame( array(), $this->failed_jobs(), 'a cancelled email is not a failure' );
	}

	/**
	 * Hooks of the failed jobs a manager sees.
	 *
	 * @return string[]
	 */
	private function failed_jobs(): array {
		$user = get_current_user_id();
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$res = $this->rest( 'GET', '/storedesk/v1/jobs/failed' );
		wp_set_current_user( $user );
		$this->assertStatus( 200, $res );
		return array_column( $res->get_data(), 'job' );
	}
}
