<?php
/**
 * Files of the message an email is about.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

use Storedesk\Tests\Attachments\AttachmentTestHelpers;

/**
 * An agent's files travel with the reply to the customer, within one
 * email's budget; agents are told of files, never sent them.
 */
class MessageFilesTest extends MailTestCase {

	use AttachmentTestHelpers;

	/** Deletes the stored files before the rollback forgets their rows. */
	protected function tearDown(): void {
		$this->remove_tmp_files();
		remove_all_filters( 'storedesk_email_attachment_bytes' );
		parent::tearDown();
	}

	/**
	 * An agent's reply with files, returning the customer's email.
	 *
	 * @param array<string, string> $files Name => bytes.
	 */
	private function reply_with( array $files ): array {
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket = $this->ticket( array( 'contact' => array( 'email' => 'files@example.test' ) ) );
		$ids    = array();
		foreach ( $files as $name => $bytes ) {
			$ids[] = $this->uploaded( $ticket->id(), preg_replace( '/#\d+$/', '', $name ), $bytes );
		}
		$this->clear_mails();
		$this->assertStatus(
			201,
			$this->rest(
				'POST',
				'/storedesk/v1/tickets/' . $ticket->id() . '/messages',
				array(
					'kind'        => 'reply',
					'body'        => 'Here are the label and a photo.',
					'attachments' => $ids,
				)
			)
		);
		$mails = $this->mails( 'files@example.test' );
		$this->assertCount( 1, $mails );
		return $mails[0];
	}

	/** The customer gets the files themselves, byte for byte, each name once, and both parts say so. */
	public function test_reply_files_are_attached_for_the_customer(): void {
		$mail = $this->reply_with(
			array(
				'label.pdf'   => $this->pdf(),
				'photo.png'   => $this->png(),
				'photo.png#2' => $this->png(),
			)
		);
		$this->assertSame(
			array(
				'label.pdf'     => $this->pdf(),
				'photo.png'     => $this->png(),
				'photo (2).png' => $this->png(),
			),
			$mail['attachments']
		);
		$this->assertStringContainsString( 'Here are the label and a photo.', $mail['text'], 'the reply is still readable' );
		$this->assertStringContainsString( '* label.pdf (' . size_format( strlen( $this->pdf() ) ) . '): attached to this email', $mail['text'] );
		$this->assertStringContainsString( 'label.pdf (' . size_format( strlen( $this->pdf() ) ) . ') &middot; attached to this email', $mail['html'] );
	}

	/** Files beyond the email's budget stay on the server and the email says where they are. */
	public function test_files_over_the_budget_are_listed_not_attached(): void {
		add_filter( 'storedesk_email_attachment_bytes', fn() => strlen( $this->png() ) + 10 );
		$mail = $this->reply_with(
			array(
				'label.pdf' => $this->pdf(),
				'photo.png' => $this->png(),
			)
		);
		$this->assertSame( array( 'photo.png' ), array_keys( $mail['attachments'] ) );
		$this->assertStringContainsString( 'label.pdf (' . size_format( strlen( $this->pdf() ) ) . '): too large for email: open your request to download it', $mail['text'] );
		$this->assertStringContainsString( 'storedesk_token=', $mail['text'], 'the link to download it is there' );
	}

	/** A mentioned agent reads which files the note has and opens the ticket for them. */
	public function test_agents_get_the_list_only(): void {
		$ana    = $this->user( 'storedesk_agent' );
		$ben    = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket();
		wp_set_current_user( $ana );
		$file = $this->uploaded( $ticket->id(), 'invoice.pdf', $this->pdf() );
		$this->clear_mails();
		$note = sprintf( '<p>Is this <span data-mention="%d">@Ben</span>\'s invoice?</p>', $ben );
		$this->assertStatus(
			201,
			$this->rest(
				'POST',
				'/storedesk/v1/tickets/' . $ticket->id() . '/messages',
				array(
					'kind'        => 'note',
					'body'        => $note,
					'attachments' => array( $file ),
				)
			)
		);
		$mails = $this->mails( get_userdata( $ben )->user_email );
		$this->assertCount( 1, $mails );
		$this->assertSame( array(), $mails[0]['attachments'] );
		$this->assertStringContainsString( '* invoice.pdf (' . size_format( strlen( $this->pdf() ) ) . '): open the ticket to see it', $mails[0]['text'] );
	}
}
