<?php
/**
 * Files shoppers send with the contact form and with portal replies.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Attachments\Attachment;
use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Attachments\AttachmentRules;
use Storedesk\Attachments\AttachmentStorage;
use Storedesk\Attachments\AttachmentUploader;
use Storedesk\Messages\Message;
use Storedesk\Settings\Settings;
use Storedesk\Support\Transaction;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Shoppers' files travel in the same multipart request as the text they
 * belong to (field "attachments[]"), not in an upload of their own ahead
 * of it. Agents upload first because they are trusted and work on drafts;
 * an anonymous visitor would otherwise leave files behind for every
 * submission that is then refused (spam, bad fields, rate limit), and a
 * separate upload route would need its own ownership and abuse rules. So:
 * every file is checked (count, type, size) before anything is written,
 * then the ticket or reply, its files and their claim are written in one
 * transaction, and files already moved are deleted if that rolls back.
 */
class ShopperUploads {

	/** The multipart field (sent as attachments[]) and the error key beside the file input. */
	public const FIELD = 'attachments';

	/** Room left in the request body for the text fields, in bytes. */
	private const TEXT_ROOM = 65536;

	/**
	 * Builds the service.
	 *
	 * @param AttachmentRules      $rules    Allowed types and sizes (the agents' own).
	 * @param AttachmentUploader   $uploader Stores and records one file.
	 * @param AttachmentRepository $repo     Rows.
	 * @param AttachmentStorage    $storage  Files.
	 */
	public function __construct( private AttachmentRules $rules, private AttachmentUploader $uploader, private AttachmentRepository $repo, private AttachmentStorage $storage ) {}

	/**
	 * What shoppers may attach now, for the file inputs; null when nothing.
	 *
	 * @return array{max_files: int, max_bytes: int, max_total_bytes: int, extensions: string[], accept: string, help: string}|null
	 */
	public function limits(): ?array {
		$max        = (int) Settings::get( 'attachment_max_files' );
		$extensions = $this->rules->allowed_extensions();
		if ( $max < 1 || ! $extensions ) {
			return null;
		}
		$bytes = $this->rules->max_bytes();
		$post  = wp_convert_hr_to_bytes( (string) ini_get( 'post_max_size' ) );
		$total = $post > 0 ? min( $max * $bytes, max( $bytes, $post - self::TEXT_ROOM ) ) : $max * $bytes;
		return array(
			'max_files'       => $max,
			'max_bytes'       => $bytes,
			'max_total_bytes' => $total,
			'extensions'      => $extensions,
			'accept'          => implode( ',', array_map( static fn( $e ) => '.' . $e, $extensions ) ),
			'help'            => sprintf(
				/* translators: 1: number of files, 2: size such as "10 MB", 3: list of file extensions */
				_n( 'Up to %1$s file of at most %2$s: %3$s.', 'Up to %1$s files of at most %2$s each: %3$s.', $max, 'storedesk' ),
				number_format_i18n( $max ),
				size_format( $bytes ),
				implode( ', ', $extensions )
			),
		);
	}

	/**
	 * The files of a request, every one checked; nothing is written here.
	 * The error names every file at fault, for the message beside the input.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array[]|WP_Error Entries like $_FILES ones.
	 */
	public function from_request( $request ) {
		$post = wp_convert_hr_to_bytes( (string) ini_get( 'post_max_size' ) );
		if ( $post > 0 && (int) $request->get_header( 'content_length' ) > $post ) {
			// PHP dropped the whole body, text and files alike; say why instead of "enter your name".
			/* translators: %s: size such as "8 MB" */
			return $this->error( 'storedesk_request_too_large', sprintf( __( 'Your files are too large together. Send at most %s in all, or fewer files.', 'storedesk' ), size_format( $post - self::TEXT_ROOM ) ), 413 );
		}
		$files = self::normalize( $request->get_file_params()[ self::FIELD ] ?? null );
		if ( ! $files ) {
			return array();
		}
		$limits = $this->limits();
		if ( null === $limits ) {
			return $this->error( 'storedesk_attachments_off', __( 'Files cannot be attached here.', 'storedesk' ), 400 );
		}
		if ( count( $files ) > $limits['max_files'] ) {
			/* translators: %s: number of files */
			return $this->error( 'storedesk_too_many_attachments', sprintf( _n( 'Attach at most %s file.', 'Attach at most %s files.', $limits['max_files'], 'storedesk' ), number_format_i18n( $limits['max_files'] ) ), 400 );
		}
		$problems = array();
		$code     = '';
		foreach ( $files as $file ) {
			$checked = $this->check( $file );
			if ( is_wp_error( $checked ) ) {
				$code       = $code ? $code : $checked->get_error_code();
				$problems[] = sprintf( /* translators: 1: file name, 2: what is wrong */ __( '%1$s: %2$s', 'storedesk' ), sanitize_file_name( wp_basename( (string) $file['name'] ) ), $checked->get_error_message() );
			}
		}
		return $problems ? $this->error( $code, implode( ' ', $problems ), 400 ) : $files;
	}

	/**
	 * Writes a message with its files atomically: $write adds the message
	 * (and whatever belongs with it) and the files are stored and claimed
	 * for it in the same transaction. Call from_request() first.
	 *
	 * @param array[]                        $files Checked files.
	 * @param callable(): (Message|WP_Error) $write Writes the message.
	 * @return Message|WP_Error
	 * @throws \Throwable Whatever $write threw, after the files are removed.
	 */
	public function with_message( array $files, callable $write ) {
		$stored = array();
		try {
			$result = Transaction::run(
				function () use ( $files, $write, &$stored ) {
					$message = $write();
					if ( is_wp_error( $message ) || ! $files ) {
						return $message;
					}
					foreach ( $files as $file ) {
						$attachment = $this->uploader->upload( $message->ticket_id, $file, 0, $message->contact_id );
						if ( is_wp_error( $attachment ) ) {
							return $attachment;
						}
						$stored[] = $attachment;
					}
					$claimed = $this->repo->claim( array_map( static fn( Attachment $a ) => $a->id, $stored ), $message->ticket_id, 0, $message->contact_id, $message->id );
					return is_wp_error( $claimed ) ? $claimed : $message;
				}
			);
		} catch ( \Throwable $e ) {
			$this->discard( $stored );
			throw $e;
		}
		if ( is_wp_error( $result ) ) {
			$this->discard( $stored );
		}
		return $result;
	}

	/**
	 * Checks one file the way the uploader will, without storing it.
	 *
	 * @param array $file Entry like a $_FILES one.
	 * @return true|WP_Error
	 */
	private function check( array $file ) {
		$error = (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE );
		if ( UPLOAD_ERR_INI_SIZE === $error || UPLOAD_ERR_FORM_SIZE === $error ) {
			return $this->rules->too_large();
		}
		if ( UPLOAD_ERR_OK !== $error || empty( $file['tmp_name'] ) ) {
			return new WP_Error( 'storedesk_attachment_missing', __( 'The file did not arrive completely. Choose it again.', 'storedesk' ) );
		}
		$tmp     = (string) $file['tmp_name'];
		$checked = $this->rules->check( sanitize_file_name( wp_basename( (string) $file['name'] ) ), $tmp, is_file( $tmp ) ? (int) filesize( $tmp ) : 0 );
		return is_wp_error( $checked ) ? $checked : true;
	}

	/**
	 * Deletes the files of attachments whose rows were rolled back.
	 *
	 * @param Attachment[] $attachments Stored attachments.
	 */
	private function discard( array $attachments ): void {
		foreach ( $attachments as $attachment ) {
			$this->storage->delete( $attachment->path );
		}
	}

	/**
	 * A refusal for the file input.
	 *
	 * @param string $code    Stable code.
	 * @param string $message What is wrong.
	 * @param int    $status  HTTP status when it is the only problem.
	 */
	private function error( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}

	/**
	 * A list of $_FILES-like entries from one field, whether PHP gave one
	 * file ("attachments") or several ("attachments[]", "attachments[0]");
	 * empty file inputs (UPLOAD_ERR_NO_FILE) are left out.
	 *
	 * @param mixed $field What PHP put under the field name.
	 * @return array[]
	 */
	public static function normalize( $field ): array {
		if ( ! is_array( $field ) || ! isset( $field['name'] ) ) {
			return array();
		}
		$out = array();
		if ( is_array( $field['name'] ) ) {
			foreach ( array_keys( $field['name'] ) as $i ) {
				$entry = array();
				foreach ( array( 'name', 'type', 'tmp_name', 'error', 'size' ) as $key ) {
					$entry[ $key ] = $field[ $key ][ $i ] ?? null;
				}
				$out[] = $entry;
			}
		} else {
			$out[] = $field;
		}
		return array_values( array_filter( $out, static fn( $f ) => is_string( $f['name'] ) && UPLOAD_ERR_NO_FILE !== (int) ( $f['error'] ?? UPLOAD_ERR_NO_FILE ) ) );
	}
}
