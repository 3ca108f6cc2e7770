<?php
/**
 * Errors a shopper reads beside the fields.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * One shape for "these fields need your attention", whether the form was
 * sent by fetch or posted without JavaScript.
 */
final class FieldErrors {

	/**
	 * Field errors with the files' problem beside the file input; when PHP
	 * dropped the whole body (too large), that alone, as a 413.
	 *
	 * @param array<string, string> $fields  Field => message.
	 * @param WP_Error|null         $files   Refusal from ShopperUploads::from_request().
	 * @param string                $code    Stable code.
	 * @param string                $message Summary.
	 */
	public static function of( array $fields, ?WP_Error $files = null, string $code = 'storedesk_invalid_fields', string $message = '' ): WP_Error {
		$data = array( 'status' => 400 );
		if ( $files ) {
			$fields[ ShopperUploads::FIELD ] = $files->get_error_message();
			$data['attachment_code']         = $files->get_error_code();
			if ( 'storedesk_request_too_large' === $files->get_error_code() ) {
				return new WP_Error( 'storedesk_request_too_large', $files->get_error_message(), array_merge( $data, array( 'status' => 413, 'fields' => $fields ) ) );
			}
		}
		return new WP_Error( $code, '' !== $message ? $message : __( 'Some fields need your attention.', 'storedesk' ), $data + array( 'fields' => $fields ) );
	}
}
