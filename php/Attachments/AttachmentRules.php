<?php
/**
 * What may be uploaded.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

use Storedesk\Settings\Settings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Checks an upload against the store's allowed types and size. The type is
 * judged by the file's content as well as its name (a .txt that is really
 * HTML is refused), and some types are never accepted whatever the
 * settings say: anything a browser or server might run.
 */
class AttachmentRules {

	/** Extension => content type of every type the settings may allow. */
	public const TYPES = array(
		'jpg'  => 'image/jpeg',
		'jpeg' => 'image/jpeg',
		'png'  => 'image/png',
		'gif'  => 'image/gif',
		'webp' => 'image/webp',
		'heic' => 'image/heic',
		'pdf'  => 'application/pdf',
		'txt'  => 'text/plain',
		'csv'  => 'text/csv',
		'rtf'  => 'application/rtf',
		'doc'  => 'application/msword',
		'docx' => 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		'xls'  => 'application/vnd.ms-excel',
		'xlsx' => 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		'ppt'  => 'application/vnd.ms-powerpoint',
		'pptx' => 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		'odt'  => 'application/vnd.oasis.opendocument.text',
		'ods'  => 'application/vnd.oasis.opendocument.spreadsheet',
		'odp'  => 'application/vnd.oasis.opendocument.presentation',
		'zip'  => 'application/zip',
	);

	/** Allowed unless the settings say otherwise: images, PDF, text and office documents. */
	public const DEFAULT_TYPES = array( 'jpg', 'jpeg', 'png', 'gif', 'webp', 'pdf', 'txt', 'csv', 'rtf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp' );

	/** Default size limit in megabytes. */
	public const DEFAULT_MAX_MB = 10;

	/** Extensions refused whatever the settings say. */
	private const NEVER = '/\.(svgz?|x?html?|xht|shtml|php\d?|phtml|phar|pl|py|cgi|js|mjs|jsp|asp|aspx|exe|com|bat|cmd|msi|dll|scr|sh|bash|ps1|vbs|jar|app|apk|dmg|htaccess)$/i';

	/** Content types refused whatever the name says. */
	private const NEVER_MIME = '#^(text/html|application/xhtml|image/svg|application/x-(dosexec|executable|msdownload|sharedlib|mach-binary|elf|php|httpd-php|sh|shellscript)|text/x-(php|shellscript|script)|application/(javascript|x-javascript)|text/javascript)#i';

	/** Extensions allowed now. */
	public function allowed_extensions(): array {
		$set = Settings::get( 'attachment_types' );
		$set = is_array( $set ) ? $set : self::DEFAULT_TYPES;
		return array_values( array_intersect( array_map( 'strtolower', $set ), array_keys( self::TYPES ) ) );
	}

	/** Largest upload in bytes: the setting, capped by what PHP accepts. */
	public function max_bytes(): int {
		$mb = (int) ( Settings::get( 'attachment_max_mb' ) ?? self::DEFAULT_MAX_MB );
		return (int) min( max( 1, $mb ) * 1048576, wp_max_upload_size() );
	}

	/**
	 * The checked content type of an upload, or why it is refused.
	 *
	 * @param string $name     Original file name.
	 * @param string $tmp_path Uploaded file.
	 * @param int    $size     Bytes.
	 * @return string|WP_Error
	 */
	public function check( string $name, string $tmp_path, int $size ) {
		if ( $size <= 0 || ! is_file( $tmp_path ) ) {
			return new WP_Error( 'storedesk_attachment_empty', __( 'The file is empty.', 'storedesk' ), array( 'status' => 400 ) );
		}
		if ( $size > $this->max_bytes() ) {
			return $this->too_large();
		}
		$allowed = array_intersect_key( self::TYPES, array_flip( $this->allowed_extensions() ) );
		if ( preg_match( self::NEVER, $name ) ) {
			return $this->refused( $allowed );
		}
		// WordPress's own check: extension in our list and content that agrees with it.
		$checked = wp_check_filetype_and_ext( $tmp_path, $name, $allowed );
		if ( empty( $checked['type'] ) || ! in_array( $checked['type'], $allowed, true ) ) {
			return $this->refused( $allowed );
		}
		$real = function_exists( 'finfo_open' ) ? (string) finfo_file( finfo_open( FILEINFO_MIME_TYPE ), $tmp_path ) : '';
		if ( preg_match( self::NEVER_MIME, $real ) ) {
			return $this->refused( $allowed );
		}
		return (string) $checked['type'];
	}

	/** The error for a file over the limit. */
	public function too_large(): WP_Error {
		/* translators: %s: size limit such as "10 MB" */
		return new WP_Error( 'storedesk_attachment_too_large', sprintf( __( 'The file is larger than %s.', 'storedesk' ), size_format( $this->max_bytes() ) ), array( 'status' => 413 ) );
	}

	/**
	 * The error for a type that is not allowed, listing what is.
	 *
	 * @param array $allowed Extension => type.
	 */
	private function refused( array $allowed ): WP_Error {
		return new WP_Error(
			'storedesk_attachment_type',
			/* translators: %s: list of file extensions */
			sprintf( __( 'This type of file cannot be attached. Allowed: %s.', 'storedesk' ), implode( ', ', array_keys( $allowed ) ) ),
			array(
				'status'  => 415,
				'allowed' => array_keys( $allowed ),
			)
		);
	}
}
