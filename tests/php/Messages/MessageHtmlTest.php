<?php
/**
 * What HTML a message keeps.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Messages;

use Storedesk\Messages\MessageHtml;
use Storedesk\Tests\TestCase;

/**
 * Agent and customer text keeps what the composer makes, and nothing that
 * restyles the inbox, mimics it, or reports back to a sender.
 */
class MessageHtmlTest extends TestCase {

	/** The composer's vocabulary passes unchanged. */
	public function test_composer_markup_stays(): void {
		$html = '<p>Hi <strong>Dana</strong>, <em>sorry</em>.<br>See <a href="https://shop.example/track">tracking</a> or <a href="mailto:help@shop.example">mail us</a>.</p>'
			. '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quoted</p></blockquote><p><code>ORDER-12</code></p><p><span data-mention="7">@ana</span></p>';
		$this->assertSame( $html, MessageHtml::clean( $html ) );
	}

	/**
	 * The attack: a tracking pixel and a message styled as the inbox's own
	 * notice, sent as a reply or a customer message through the API.
	 */
	public function test_images_styles_and_foreign_markup_go(): void {
		$cases = array(
			'<p>Thanks<img src="https://tracker.example/p.gif?u=1" width="1"></p>' => '<p>Thanks</p>',
			'<p style="position:fixed;top:0">Your session expired</p>' => '<p>Your session expired</p>',
			'<p class="notice notice-error" id="wpbody">Log in again</p>' => '<p>Log in again</p>',
			'<a href="javascript:alert(1)">x</a>'          => '<a>x</a>',
			'<a href="/wp-admin/users.php?action=delete">x</a>' => '<a>x</a>',
			'<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>' => '<a>x</a>',
			'<a href="https://ok.example" style="color:red" target="_blank">ok</a>' => '<a href="https://ok.example">ok</a>',
			'<span data-mention="7 onclick=x" class="m">@ana</span>' => '<span>@ana</span>',
			'<div><h1>Big</h1><table><tr><td>cell</td></tr></table></div>' => 'Bigcell',
			'<iframe src="https://evil.example"></iframe><p>after</p>' => '<p>after</p>',
			'<svg><script>alert(1)</script></svg><p>x</p>' => 'alert(1)<p>x</p>',
		);
		foreach ( $cases as $in => $out ) {
			$this->assertSame( $out, MessageHtml::clean( $in ), $in );
		}
	}

	/** A reply stored through the API is cleaned the same way. */
	public function test_stored_replies_are_cleaned(): void {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket()->id();
		$sent   = $this->rest( 'POST', "/storedesk/v1/tickets/{$ticket}/messages", array( 'kind' => 'reply', 'body' => '<p style="color:red">Done<img src="https://tracker.example/p.gif"></p>' ) );
		$this->assertStatus( 201, $sent );
		$this->assertSame( '<p>Done</p>', $sent->get_data()['body'] );
	}
}
