<?php
/**
 * Keeping the files of a received message.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

use Storedesk\Attachments\AttachmentWriter;
use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;

defined( 'ABSPATH' ) || exit;

/**
 * Stores each file a channel received with a message under the attachment
 * rules, and records on the message what was refused and why (so an agent
 * knows a file existed) and which Content-ID each kept inline part had (so
 * an email's cid: images show).
 */
class InboundFiles {

	/**
	 * Builds the keeper.
	 *
	 * @param AttachmentWriter  $writer   Keeps one file.
	 * @param MessageRepository $messages The message's meta.
	 */
	public function __construct( private AttachmentWriter $writer, private MessageRepository $messages ) {}

	/**
	 * Keeps the files of a stored message; runs in the intake's transaction.
	 *
	 * @param InboundFile[] $files      Files.
	 * @param Message       $message    The stored message.
	 * @param int           $contact_id Its sender.
	 */
	public function keep( array $files, Message $message, int $contact_id ): void {
		$refused = array();
		$cids    = array();
		foreach ( $files as $file ) {
			$kept = $this->writer->write( $file, $message->ticket_id, $message->id, $contact_id );
			if ( is_wp_error( $kept ) ) {
				$refused[] = array(
					'name'   => sanitize_file_name( $file->name ),
					'size'   => strlen( $file->content ),
					'reason' => $kept->get_error_message(),
				);
			} elseif ( null !== $file->content_id ) {
				$cids[ $file->content_id ] = $kept->id;
			}
		}
		$meta = array_filter(
			array(
				'refused_files' => $refused,
				'inline_files'  => $cids,
			)
		);
		if ( $meta ) {
			$this->messages->merge_meta( $message, $meta );
		}
	}
}
