<?php
/**
 * Multipart requests to the shopper API for the attachment tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Attachments\AttachmentStorage;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Sends real temporary files the way PHP hands a multipart "attachments[]"
 * field over, counts what is on disk, and deletes whatever a test stored
 * (rows roll back with the test, files do not).
 */
trait ShopperFiles {

	/**
	 * Stored files before the test.
	 *
	 * @var string[]
	 */
	private array $disk_before = array();

	/**
	 * Temporary upload files of the test.
	 *
	 * @var string[]
	 */
	private array $temp_uploads = array();

	/** Notes what is on disk; call from setUp(). */
	protected function note_disk(): void {
		$this->disk_before = $this->disk();
	}

	/** Deletes what the test stored and its temporary files; call from tearDown(). */
	protected function clean_disk(): void {
		foreach ( array_merge( array_diff( $this->disk(), $this->disk_before ), $this->temp_uploads ) as $file ) {
			if ( is_file( $file ) ) {
				unlink( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			}
		}
		$this->temp_uploads = array();
	}

	/** Every stored attachment file. */
	protected function disk(): array {
		$base = ( new AttachmentStorage() )->base_dir();
		if ( ! is_dir( $base ) ) {
			return array();
		}
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $base, \FilesystemIterator::SKIP_DOTS ) );
		return array_values( array_filter( array_map( 'strval', iterator_to_array( $files, false ) ), static fn( $f ) => is_file( $f ) && preg_match( '#/\d{4}/\d{2}/[0-9a-f]{32}$#', $f ) ) );
	}

	/**
	 * A POST to the shopper API with files in attachments[], as multipart.
	 *
	 * @param string $path   Route after the namespace.
	 * @param array  $params Text fields.
	 * @param array  $files  Each [name, bytes] or [name, bytes, PHP upload error].
	 * @param string $token  Guest token.
	 */
	protected function store_files( string $path, array $params, array $files, string $token = '' ): WP_REST_Response {
		$request = new WP_REST_Request( 'POST', StoreTestCase::API . $path );
		$request->set_header( 'Content-Type', 'multipart/form-data; boundary=x' );
		$request->set_body_params( $params );
		$field = array_fill_keys( array( 'name', 'type', 'tmp_name', 'error', 'size' ), array() );
		foreach ( $files as $file ) {
			$tmp = (string) tempnam( sys_get_temp_dir(), 'storedesk-shopper' );
			file_put_contents( $tmp, $file[1] ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			$this->temp_uploads[] = $tmp;
			$field['name'][]      = $file[0];
			$field['type'][]      = 'application/octet-stream';
			$field['tmp_name'][]  = $tmp;
			$field['error'][]     = $file[2] ?? UPLOAD_ERR_OK;
			$field['size'][]      = strlen( $file[1] );
		}
		if ( $files ) {
			$request->set_file_params( array( 'attachments' => $field ) );
		}
		if ( '' !== $token ) {
			$request->set_header( 'X-Storedesk-Token', $token );
		}
		$response = rest_do_request( $request );
		$response->set_data( json_decode( (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ), true ) );
		return $response;
	}

	/**
	 * A GET of a download URL as whoever is logged in now (usually nobody).
	 *
	 * @param string $url Full URL.
	 */
	protected function download( string $url ): WP_REST_Response {
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		unset( $query['rest_route'] );
		$this->assertSame( 1, preg_match( '#/storedesk/v1/attachments/(\d+)#', rawurldecode( $url ), $m ), 'a download URL' );
		$request = new WP_REST_Request( 'GET', '/storedesk/v1/attachments/' . $m[1] );
		$request->set_query_params( $query );
		return rest_do_request( $request );
	}
}
