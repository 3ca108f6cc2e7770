<?php
/**
 * Email templates and editable texts.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Notifications\Placeholders;
use Storedesk\Settings\Settings;
use Storedesk\Storefront\TicketLink;

/**
 * A theme can replace any template; managers edit subjects and
 * introductions with placeholders; nothing a person typed becomes markup.
 */
class TemplatesTest extends MailTestCase {

	/**
	 * Theme directory made for the test.
	 *
	 * @var string
	 */
	private string $theme = '';

	/**
	 * Stylesheet path before the test.
	 *
	 * @var mixed
	 */
	private $stylesheet_path;

	/** Removes the test theme. */
	protected function tearDown(): void {
		if ( '' !== $this->theme ) {
			$GLOBALS['wp_stylesheet_path'] = $this->stylesheet_path;
			foreach ( glob( $this->theme . '/storedesk/emails/*.php' ) as $file ) {
				unlink( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.unlink_unlink
			}
			rmdir( $this->theme . '/storedesk/emails' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir
			rmdir( $this->theme . '/storedesk' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir
			rmdir( $this->theme ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir
		}
		parent::tearDown();
	}

	/** A theme's storedesk/emails/customer-reply(.php|-plain.php) replaces ours; other emails keep ours. */
	public function test_theme_overrides_a_template(): void {
		$this->theme = sys_get_temp_dir() . '/storedesk-theme-' . wp_generate_password( 8, false );
		mkdir( $this->theme . '/storedesk/emails', 0777, true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_mkdir
		file_put_contents( $this->theme . '/storedesk/emails/customer-reply.php', '<html><body><p class="theme-made"><?php echo esc_html( $args["subject"] ); ?></p><?php echo $args["message"]["html"]; ?></body></html>' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
		file_put_contents( $this->theme . '/storedesk/emails/customer-reply-plain.php', 'THEME TEXT <?php echo $args["message"]["text"]; ?>' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
		$this->stylesheet_path         = $GLOBALS['wp_stylesheet_path'] ?? null;
		$GLOBALS['wp_stylesheet_path'] = $this->theme;

		$ticket = $this->ticket( array( 'contact' => array( 'email' => 'themed@example.test' ) ) );
		$ack    = $this->mails( 'themed@example.test' )[0];
		$this->assertStringNotContainsString( 'theme-made', $ack['html'], 'the acknowledgement has no override' );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => '<p>From the theme.</p>' ) );
		$reply = $this->mails( 'themed@example.test' )[1];
		$this->assertStringContainsString( '<p class="theme-made">[#' . $ticket->id() . '] Re: Where is my order?</p><p>From the theme.</p>', $reply['html'] );
		$this->assertSame( 'THEME TEXT From the theme.', trim( $reply['text'] ) );
	}

	/** Managers' texts fill in placeholders, keep the ticket number, and stay text in both parts. */
	public function test_settings_texts_with_placeholders_and_escaping(): void {
		$payload = '<script>alert(1)</script>';
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$saved = $this->rest(
			'PATCH',
			'/storedesk/v1/settings',
			array(
				'emails' => array(
					'customer-reply' => array(
						'subject' => 'Reply from {site_name} {agent_name} ' . $payload,
						'intro'   => "Dear {customer_name} <img src=x onerror=alert(2)>,\n\n{agent_name} answered {ticket_subject}.\nOpen {ticket_link} or {unknown}.",
					),
				),
			)
		);
		$this->assertStatus( 200, $saved );
		update_option( 'blogname', 'Tom & "Jerry" <b>Shop</b>' );
		$agent = $this->user( 'storedesk_agent' );
		wp_update_user( array( 'ID' => $agent, 'display_name' => 'Ana "Agent"' ) );
		$ticket = $this->ticket( array( 'subject' => 'Order 5 & 6 "late"', 'contact' => array( 'name' => 'Dana & Co', 'email' => 'escaping@example.test' ) ), $agent );
		$this->clear_mails();
		wp_set_current_user( $agent );
		$this->rest( 'POST', '/storedesk/v1/tickets/' . $ticket->id() . '/messages', array( 'kind' => 'reply', 'body' => '<p>Fine.</p><script>alert(3)</script>' ) );
		$mail = $this->mails( 'escaping@example.test' )[0];

		$this->assertSame( '[#' . $ticket->id() . '] Reply from Tom & "Jerry" <b>Shop</b> Ana "Agent" ' . $payload, $mail['subject'], 'the subject is plain text, and keeps the ticket number' );
		$this->assertStringNotContainsString( '<script', $mail['html'] );
		$this->assertStringNotContainsString( '<img', $mail['html'] );
		$this->assertStringNotContainsString( '<b>Shop', $mail['html'] );
		$this->assertStringContainsString( 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;Shop&lt;/b&gt;', $mail['html'] );
		$this->assertStringContainsString( '&lt;script&gt;alert(1)&lt;/script&gt;', $mail['html'] );
		$this->assertStringContainsString( '<p>Dear Dana &amp; Co &lt;img src=x onerror=alert(2)&gt;,</p>', $mail['html'] );
		$this->assertStringContainsString( 'Ana &quot;Agent&quot; answered Order 5 &amp; 6 &quot;late&quot;.<br>', $mail['html'] );
		$portal = preg_quote( $this->service( TicketLink::class )->portal_url(), '#' );
		$this->assertMatchesRegularExpression( '#Open <a href="' . $portal . '\?storedesk_ticket=\d+&\#038;storedesk_token=[^"]+">http://#', $mail['html'] );
		$this->assertStringContainsString( 'or {unknown}.', $mail['html'] );
		$this->assertStringContainsString( "Dear Dana & Co <img src=x onerror=alert(2)>,\n\nAna \"Agent\" answered Order 5 & 6 \"late\".\nOpen " . $this->service( TicketLink::class )->portal_url() . '?storedesk_ticket=', $mail['text'], 'plain text is not HTML-escaped' );
	}

	/** Empty texts mean the built-in ones; bad shapes are refused; agents cannot change them. */
	public function test_texts_validation_and_permissions(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 403, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'emails' => array( 'customer-reply' => array( 'subject' => 'Hi' ) ) ) ) );
		$this->assertStatus( 403, $this->rest( 'GET', '/storedesk/v1/email-templates' ) );
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'emails' => array( 'nonsense' => array( 'subject' => 'Hi' ) ) ) ) );
		$this->assertStatus( 400, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'emails' => array( 'customer-reply' => array( 'subject' => str_repeat( 'x', 256 ) ) ) ) ) );
		$this->assertStatus( 200, $this->rest( 'PATCH', '/storedesk/v1/settings', array( 'emails' => array( 'customer-reply' => array( 'subject' => '', 'intro' => '   ' ) ) ) ) );
		$types = array_column( $this->rest( 'GET', '/storedesk/v1/email-templates' )->get_data(), null, 'type' );
		$this->assertCount( 9, $types );
		$this->assertSame( 'Your contact details at {site_name} were changed', $types['customer-address-changed']['subject'] );
		$this->assertSame( $types['customer-reply']['default_subject'], $types['customer-reply']['subject'] );
		$this->assertContains( '{ticket_link}', $types['customer-reply']['placeholders'] );
		$this->assertIsArray( Settings::get( 'emails' ) );
	}

	/** A preview renders unsaved texts on sample data and sends nothing. */
	public function test_preview(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$res = $this->rest( 'POST', '/storedesk/v1/email-templates/customer-acknowledgement/preview', array( 'subject' => 'Got it: {ticket_subject}', 'intro' => 'Hello {customer_name} <b>!</b>' ) );
		$this->assertStatus( 200, $res );
		$this->assertSame( '[#1234] Got it: Where is my order?', $res->get_data()['subject'] );
		$this->assertStringContainsString( '<p>Hello Dana Shopper &lt;b&gt;!&lt;/b&gt;</p>', $res->get_data()['html'] );
		$this->assertStringContainsString( 'Hello Dana Shopper <b>!</b>', $res->get_data()['text'] );
		$this->assertSame( array(), $this->mails() );
		$changed = $this->rest( 'POST', '/storedesk/v1/email-templates/customer-address-changed/preview', array() );
		$this->assertStatus( 200, $changed );
		$this->assertSame( 'Your contact details at ' . get_bloginfo( 'name' ) . ' were changed', $changed->get_data()['subject'], 'about the person, not one ticket' );
		$this->assertStatus( 400, $this->rest( 'POST', '/storedesk/v1/email-templates/not-a-type/preview', array() ) );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertStatus( 403, $this->rest( 'POST', '/storedesk/v1/email-templates/customer-reply/preview', array() ) );
	}

	/** The placeholder filler on its own: HTML pieces escaped one by one, plain text untouched. */
	public function test_placeholders(): void {
		$values = array(
			'customer_name' => '<b>Bo</b>',
			'ticket_link'   => 'https://shop.example/?a=1&b="2"',
		);
		$this->assertSame( "<p>Hi &lt;b&gt;Bo&lt;/b&gt; &amp; <a href=\"https://shop.example/?a=1&#038;b=2\">https://shop.example/?a=1&amp;b=&quot;2&quot;</a></p>\n", Placeholders::html( 'Hi {customer_name} & {ticket_link}', $values ) );
		$this->assertSame( 'Hi <b>Bo</b> {nope}', Placeholders::plain( 'Hi {customer_name} {nope}', $values ) );
		$this->assertSame( 'A B', Placeholders::line( "A\r\nB", array() ) );
	}
}
