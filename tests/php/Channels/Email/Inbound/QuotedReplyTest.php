<?php
/**
 * Tests for Storedesk\Channels\Email\Inbound\QuotedReply.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Inbound;

use Storedesk\Channels\Email\Inbound\QuotedReply;
use Storedesk\Tests\Channels\Email\PostsRawEmail;
use Storedesk\Tests\TestCase;

/**
 * The new words of a reply are told from the history it quotes, for each
 * big mail client and in English, Thai and Turkish; a forward, all quote,
 * is left whole.
 */
class QuotedReplyTest extends TestCase {

	use PostsRawEmail;

	/**
	 * Plain-text replies: new text, then the client's attribution and quote.
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	public function text_replies(): array {
		$quote = "> Shall we send a new lamp?\n> Storedesk\n";
		return array(
			'Gmail, English'       => array( 'Yes, please send it.', "On Sun, Dec 6, 2026 at 10:00 AM Storedesk <support@shop.test> wrote:\n{$quote}" ),
			'Gmail, wrapped'       => array( 'Yes, please.', "On Sun, Dec 6, 2026 at 10:00 AM Storedesk Support Team <support@shop.test>\nwrote:\n{$quote}" ),
			'Gmail, Thai'          => array( 'ได้ครับ ส่งมาเลย', "เมื่อ อา. 6 ธ.ค. 2026 เวลา 10:00 Storedesk <support@shop.test> เขียนว่า:\n{$quote}" ),
			'Gmail, Turkish'       => array( 'Evet, gönderin.', "6 Ara 2026 Paz, 10:00 tarihinde Storedesk <support@shop.test> şunu yazdı:\n{$quote}" ),
			'Apple Mail'           => array( 'Thanks!', "> On 6 Dec 2026, at 10:00, Storedesk <support@shop.test> wrote:\n> \n{$quote}" ),
			'Thunderbird'          => array( 'Sure.', "On 06/12/2026 10:00, Storedesk wrote:\n{$quote}" ),
			'Thunderbird, Turkish' => array( 'Tamam.', "06.12.2026 10:00 tarihinde Storedesk yazdı:\n{$quote}" ),
			'Outlook'              => array( 'Fine by me.', "________________________________\nFrom: Storedesk <support@shop.test>\nSent: Sunday, December 6, 2026 10:00 AM\nSubject: Your lamp\n\nShall we send a new lamp?" ),
			'Outlook, Turkish'     => array( 'Uygun.', "Kimden: Storedesk <support@shop.test>\nGönderildi: 6 Aralık 2026 Pazar 10:00\nKonu: Lamba\n\nYeni lamba gönderelim mi?" ),
			'Outlook, Thai'        => array( 'ตกลง', "จาก: Storedesk <support@shop.test>\nส่ง: 6 ธันวาคม 2026 10:00\nเรื่อง: โคมไฟ\n\nส่งโคมไฟใหม่ไหม" ),
			'Outlook, original'    => array( 'OK.', "-----Original Message-----\nFrom: Storedesk <support@shop.test>\nShall we?" ),
		);
	}

	/**
	 * The quote starts right after the new text.
	 *
	 * @dataProvider text_replies
	 * @param string $fresh New text.
	 * @param string $quote What the client put under it.
	 */
	public function test_plain_text_replies( string $fresh, string $quote ): void {
		$text = $fresh . "\n\n" . $quote;
		$at   = QuotedReply::in_text( $text );
		$this->assertNotNull( $at );
		$this->assertSame( $fresh, trim( mb_substr( $text, 0, $at ) ) );
		$this->assertSame( trim( $quote ), trim( mb_substr( $text, $at ) ) );
	}

	/** No quote, or nothing but a quote (a forward): nothing to fold. */
	public function test_nothing_to_fold(): void {
		$this->assertNull( QuotedReply::in_text( "Hello,\nwhere is my order?\nThanks" ) );
		$this->assertNull( QuotedReply::in_text( "---------- Forwarded message ---------\nFrom: Shop <a@shop.test>\nDate: Sun, 6 Dec 2026\n\nYour order shipped." ) );
		$html = '<div class="gmail_quote">On Sun wrote:<blockquote>Only the quote</blockquote></div>';
		$this->assertSame( $html, QuotedReply::fold_html( $html ) );
	}

	/**
	 * HTML replies of each client.
	 *
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public function html_replies(): array {
		return array(
			'Gmail'       => array( '<div dir="ltr">Yes please.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sun, Dec 6, 2026 Storedesk wrote:<br></div><blockquote class="gmail_quote">Old text</blockquote></div>', 'Yes please.', 'Old text' ),
			'Outlook web' => array( '<div>Fine.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Storedesk</div><div>Old text</div>', 'Fine.', 'Old text' ),
			'Outlook'     => array( '<div class="WordSection1"><p>Uygun.</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>Kimden:</b> Storedesk</p></div><p>Old text</p></div>', 'Uygun.', 'Old text' ),
			'Apple Mail'  => array( '<div>Thanks!</div><div><br><blockquote type="cite">On 6 Dec 2026, Storedesk wrote:<br>Old text</blockquote></div>', 'Thanks!', 'Old text' ),
			'Thunderbird' => array( '<p>Sure.</p><div class="moz-cite-prefix">On 06/12/2026 10:00, Storedesk wrote:<br></div><blockquote type="cite">Old text</blockquote>', 'Sure.', 'Old text' ),
		);
	}

	/**
	 * The quote is wrapped, the new words stay before it, the tags balance.
	 *
	 * @dataProvider html_replies
	 * @param string $html  HTML.
	 * @param string $fresh New words.
	 * @param string $old   Quoted words.
	 */
	public function test_html_replies( string $html, string $fresh, string $old ): void {
		$folded                 = QuotedReply::fold_html( $html );
		list( $before, $after ) = explode( '<div data-storedesk-quote="">', $folded, 2 ) + array( '', '' );
		$this->assertStringContainsString( $fresh, $before );
		$this->assertStringNotContainsString( $old, $before );
		$this->assertStringContainsString( $old, $after );
		$this->assertSame( substr_count( $folded, '<div' ), substr_count( $folded, '</div>' ), 'balanced' );
	}

	/** Through the intake: the HTML keeps its fold after sanitising; plain text records where its quote starts. */
	public function test_stored_replies_keep_their_fold(): void {
		$this->open_inbound();
		$html = $this->receive( "From: ada@example.test\r\nSubject: Lamp\r\nMessage-ID: <q1@x>\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<div>Yes please.</div><div class=\"gmail_quote\">On Sun wrote:<blockquote>Old text</blockquote></div>\r\n" );
		$text = $this->receive( "From: ada@example.test\r\nSubject: Lamp\r\nMessage-ID: <q2@x>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nYes please.\r\n\r\nOn Sun, Dec 6, 2026 Storedesk wrote:\r\n> Old text\r\n" );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$first = $this->rest( 'GET', '/storedesk/v1/tickets/' . $html['ticket_id'] . '/messages' )->get_data()[0];
		$this->assertMatchesRegularExpression( '#^<div>Yes please\.</div><div data-storedesk-quote="">.*Old text.*</div>$#s', $first['body'] );
		$plain = $this->rest( 'GET', '/storedesk/v1/tickets/' . $text['ticket_id'] . '/messages' )->get_data()[0];
		$this->assertSame( 'Yes please.', trim( mb_substr( $plain['body'], 0, $plain['meta']['quote_at'] ) ) );
	}
}
