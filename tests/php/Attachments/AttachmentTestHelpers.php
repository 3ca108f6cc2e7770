<?php
/**
 * Uploads for the attachment tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Attachments;

use WP_REST_Request;
use WP_REST_Response;

/**
 * Real files handed to the upload route the way PHP hands multipart
 * uploads over, and cleaned up afterwards.
 */
trait AttachmentTestHelpers {

	/**
	 * Temporary files written by a test.
	 *
	 * @var string[]
	 */
	private array $tmp_files = array();

	/**
	 * Attachments a test uploaded; their rows roll back, their files must be deleted.
	 *
	 * @var int[]
	 */
	private array $uploaded_ids = array();

	/** A 1×1 PNG. */
	protected function png(): string {
		return (string) base64_decode( 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- test image bytes.
	}

	/** A small but real PDF. */
	protected function pdf(): string {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
	}

	/**
	 * POST /attachments with one file, as the current user.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $name      File name the browser sends.
	 * @param string $content   File bytes.
	 */
	protected function upload( int $ticket_id, string $name, string $content ): WP_REST_Response {
		$tmp = (string) tempnam( sys_get_temp_dir(), 'storedesk-test' );
		file_put_contents( $tmp, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->tmp_files[] = $tmp;
		$request           = new WP_REST_Request( 'POST', '/storedesk/v1/attachments' );
		$request->set_body_params( array( 'ticket_id' => $ticket_id ) );
		$request->set_file_params(
			array(
				'file' => array(
					'name'     => $name,
					'type'     => 'application/octet-stream',
					'tmp_name' => $tmp,
					'error'    => UPLOAD_ERR_OK,
					'size'     => strlen( $content ),
				),
			)
		);
		$response = rest_do_request( $request );
		$response->set_data( json_decode( (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ), true ) );
		if ( 201 === $response->get_status() ) {
			$this->uploaded_ids[] = (int) $response->get_data()['id'];
		}
		return $response;
	}

	/**
	 * Uploads and returns the new attachment's id, failing the test otherwise.
	 *
	 * @param int    $ticket_id Ticket.
	 * @param string $name      File name.
	 * @param string $content   Bytes.
	 */
	protected function uploaded( int $ticket_id, string $name = 'photo.png', ?string $content = null ): int {
		$response = $this->upload( $ticket_id, $name, $content ?? $this->png() );
		$this->assertStatus( 201, $response );
		return (int) $response->get_data()['id'];
	}

	/** Deletes the temporary files and the stored files of this test's uploads. Call before the rollback. */
	protected function remove_tmp_files(): void {
		$repo = \Storedesk\Plugin::container()->get( \Storedesk\Attachments\AttachmentRepository::class );
		foreach ( $this->uploaded_ids as $id ) {
			$found = $repo->find( $id );
			if ( $found ) {
				( new \Storedesk\Attachments\AttachmentStorage() )->delete( $found->path );
			}
		}
		$this->uploaded_ids = array();
		foreach ( $this->tmp_files as $file ) {
			if ( is_file( $file ) ) {
				unlink( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			}
		}
		$this->tmp_files = array();
	}
}
