<?php
/**
 * Files a channel received, kept as attachments.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

use Storedesk\Conversations\InboundFile;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps the bytes of a received file under the same rules as an upload
 * (types, size, content that agrees with the name), attached to its message
 * at once. A refused file is reported, not kept: the message still is.
 */
class AttachmentWriter {

	/**
	 * Builds the writer.
	 *
	 * @param AttachmentRules      $rules   Types and size.
	 * @param AttachmentStorage    $storage Files.
	 * @param AttachmentRepository $repo    Rows.
	 */
	public function __construct( private AttachmentRules $rules, private AttachmentStorage $storage, private AttachmentRepository $repo ) {}

	/**
	 * Keeps one file of a message.
	 *
	 * @param InboundFile $file       The file.
	 * @param int         $ticket_id  Ticket.
	 * @param int         $message_id Message it came with.
	 * @param int         $contact_id Customer who sent it.
	 * @return Attachment|WP_Error
	 */
	public function write( InboundFile $file, int $ticket_id, int $message_id, int $contact_id ) {
		$tmp = (string) tempnam( get_temp_dir(), 'storedesk-inbound' );
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_file_put_contents -- a temporary file of our own.
		file_put_contents( $tmp, $file->content );
		try {
			$name = sanitize_file_name( $file->name );
			$size = strlen( $file->content );
			$mime = $this->rules->check( $name, $tmp, $size );
			if ( is_wp_error( $mime ) ) {
				return $mime;
			}
			$path = $this->storage->store_file( $tmp );
			if ( is_wp_error( $path ) ) {
				return $path;
			}
			$row = $this->repo->add( compact( 'name', 'mime', 'size', 'path', 'contact_id', 'ticket_id' ) );
			if ( is_wp_error( $row ) ) {
				$this->storage->delete( $path );
				return $row;
			}
			$claimed = $this->repo->claim( array( $row->id ), $ticket_id, 0, $contact_id, $message_id );
			return is_wp_error( $claimed ) ? $claimed : $row;
		} finally {
			wp_delete_file( $tmp );
		}
	}
}
