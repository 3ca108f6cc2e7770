<?php
/**
 * Accepting an upload.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Checks, stores and records one uploaded file for a ticket, for agents
 * (REST) and customers (the storefront) alike. The caller has already
 * checked that the uploader may write to the ticket.
 */
class AttachmentUploader {

	/**
	 * Builds the uploader.
	 *
	 * @param AttachmentRules      $rules   What is allowed.
	 * @param AttachmentStorage    $storage Files.
	 * @param AttachmentRepository $repo    Rows.
	 * @param AttachmentCleaner    $cleaner Orphan clean-up job.
	 */
	public function __construct(
		private AttachmentRules $rules,
		private AttachmentStorage $storage,
		private AttachmentRepository $repo,
		private AttachmentCleaner $cleaner,
	) {}

	/**
	 * Accepts one entry of $_FILES.
	 *
	 * @param int   $ticket_id  Ticket.
	 * @param array $file       name, tmp_name, size, error as PHP gives them.
	 * @param int   $user_id    Uploading agent, or 0.
	 * @param int   $contact_id Uploading customer, or 0.
	 * @return Attachment|WP_Error
	 */
	public function upload( int $ticket_id, array $file, int $user_id, int $contact_id = 0 ) {
		$error = (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE );
		if ( UPLOAD_ERR_INI_SIZE === $error || UPLOAD_ERR_FORM_SIZE === $error ) {
			return $this->rules->too_large();
		}
		if ( UPLOAD_ERR_OK !== $error || empty( $file['tmp_name'] ) ) {
			return new WP_Error( 'storedesk_attachment_missing', __( 'No file arrived. Choose a file and try again.', 'storedesk' ), array( 'status' => 400 ) );
		}
		$name = sanitize_file_name( wp_basename( (string) ( $file['name'] ?? '' ) ) );
		$size = (int) filesize( (string) $file['tmp_name'] );
		$mime = $this->rules->check( $name, (string) $file['tmp_name'], $size );
		if ( is_wp_error( $mime ) ) {
			return $mime;
		}
		$path = $this->storage->store( (string) $file['tmp_name'] );
		if ( is_wp_error( $path ) ) {
			return $path;
		}
		$attachment = $this->repo->add( compact( 'name', 'mime', 'size', 'path', 'user_id', 'contact_id', 'ticket_id' ) );
		if ( is_wp_error( $attachment ) ) {
			$this->storage->delete( $path );
			return $attachment;
		}
		// Orphans exist only after an upload, so this is where the clean-up gets scheduled.
		$this->cleaner->schedule();
		return $attachment;
	}
}
