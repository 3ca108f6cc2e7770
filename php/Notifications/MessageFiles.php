<?php
/**
 * The files of the message an email is about.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Attachments\AttachmentStorage;
use Storedesk\Messages\Message;

defined( 'ABSPATH' ) || exit;

/**
 * Customers get an agent's files attached to the reply itself, as from any
 * person's email, because many of them have no account to fetch them with.
 * Agents get the list only: the ticket link opens them. Files beyond the
 * size budget of one email (which mail servers refuse around 10 to 25 MB)
 * are listed as not attached, so nobody thinks they are missing.
 */
class MessageFiles {

	/** Default budget of attached bytes in one email (10 MB). */
	public const MAX_BYTES = 10485760;

	/**
	 * Builds the helper.
	 *
	 * @param AttachmentRepository $attachments Attachment rows.
	 * @param AttachmentStorage    $storage     Private files.
	 */
	public function __construct( private AttachmentRepository $attachments, private AttachmentStorage $storage ) {}

	/**
	 * The message's files as the recipient should read of them (name, size,
	 * a note), and what to attach (file name => absolute path, as wp_mail()
	 * takes it).
	 *
	 * @param Message|null $message  Message, null for an email about none.
	 * @param string       $audience customer or agent.
	 * @return array{list: array<int, array{name: string, size: string, note: string}>, attach: array<string, string>}
	 */
	public function of( ?Message $message, string $audience ): array {
		$out = array(
			'list'   => array(),
			'attach' => array(),
		);
		if ( ! $message || $message->id <= 0 ) {
			return $out;
		}
		// Only an agent's reply carries its files to the customer; their own come back as a list.
		$attach = 'customer' === $audience && 'reply' === $message->kind;
		/**
		 * Filters how many bytes of files one customer email may carry; 0 attaches none.
		 *
		 * @since 0.2.0
		 * @param int $bytes Budget in bytes (default 10 MB).
		 */
		$budget = $attach ? (int) apply_filters( 'storedesk_email_attachment_bytes', self::MAX_BYTES ) : 0;
		foreach ( $this->attachments->for_message( $message->id ) as $file ) {
			$path = $this->storage->absolute( $file->path );
			if ( $attach && null !== $path && is_readable( $path ) && $file->size <= $budget ) {
				$budget -= $file->size;
				$out['attach'][ $this->unique( $file->name, $out['attach'] ) ] = $path;
				$note = __( 'attached to this email', 'storedesk' );
			} elseif ( $attach ) {
				$note = __( 'too large for email: open your request to download it', 'storedesk' );
			} elseif ( 'customer' === $audience ) {
				$note = __( 'received', 'storedesk' );
			} else {
				$note = __( 'open the ticket to see it', 'storedesk' );
			}
			$out['list'][] = array(
				'name' => $file->name,
				'size' => size_format( $file->size ),
				'note' => $note,
			);
		}
		return $out;
	}

	/**
	 * A file name not yet used in this email (two "photo.jpg" would collide).
	 *
	 * @param string                $name  File name.
	 * @param array<string, string> $taken Names used so far.
	 */
	private function unique( string $name, array $taken ): string {
		$base = $name;
		for ( $n = 2; isset( $taken[ $name ] ); $n++ ) {
			$dot  = strrpos( $base, '.' );
			$name = false === $dot ? "{$base} ({$n})" : substr( $base, 0, $dot ) . " ({$n})" . substr( $base, $dot );
		}
		return $name;
	}
}
