<?php
/**
 * Where attachment files live.
 *
 * @package Storedesk
 */

namespace Storedesk\Attachments;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps files in uploads/storedesk-private/ under random names without an
 * extension. The folder stays inside wp_upload_dir() so offload plugins
 * (S3 and the like) still see it; a deny-all .htaccess and an empty
 * index.php stop Apache from serving or listing it, and on servers that
 * ignore .htaccess the 128-bit random names are not guessable. Downloads go
 * through the REST endpoint, which checks access, never through a file URL.
 */
class AttachmentStorage {

	public const FOLDER = 'storedesk-private';

	/** Absolute path of the private folder (not created). */
	public function base_dir(): string {
		$uploads = wp_upload_dir( null, false );
		return trailingslashit( $uploads['basedir'] ) . self::FOLDER;
	}

	/**
	 * Creates the folder with its guards; safe to call again.
	 *
	 * @return true|WP_Error
	 */
	public function protect() {
		$dir = $this->base_dir();
		if ( ! wp_mkdir_p( $dir ) ) {
			return new WP_Error( 'storedesk_storage_unwritable', __( 'The attachments folder could not be created. Check that the uploads folder is writable.', 'storedesk' ), array( 'status' => 500 ) );
		}
		$guards = array(
			'.htaccess' => "# Storedesk: attachments are served only through the REST API, after an access check.\n<IfModule mod_authz_core.c>\n\tRequire all denied\n</IfModule>\n<IfModule !mod_authz_core.c>\n\tDeny from all\n</IfModule>\nOptions -Indexes\n",
			'index.php' => "<?php\n// Silence is golden.\n",
		);
		foreach ( $guards as $file => $content ) {
			if ( ! is_file( $dir . '/' . $file ) && false === file_put_contents( $dir . '/' . $file, $content ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_file_put_contents -- tiny guard files, before WP_Filesystem is available.
				return new WP_Error( 'storedesk_storage_unwritable', __( 'The attachments folder could not be protected. Check that the uploads folder is writable.', 'storedesk' ), array( 'status' => 500 ) );
			}
		}
		return true;
	}

	/**
	 * Moves an uploaded temporary file into the folder under a fresh random name.
	 *
	 * @param string $tmp_path Uploaded file.
	 * @return string|WP_Error Stored path relative to the folder.
	 */
	public function store( string $tmp_path ) {
		// Tests hand over ordinary files, as WordPress core's own upload tests do.
		return $this->place( $tmp_path, is_uploaded_file( $tmp_path ) ? 'move_uploaded_file' : ( defined( 'STOREDESK_TESTING' ) ? 'copy' : null ) );
	}

	/**
	 * Copies a file Storedesk wrote itself (an email's attachment) into the folder.
	 *
	 * @param string $path Our temporary file.
	 * @return string|WP_Error Stored path relative to the folder.
	 */
	public function store_file( string $path ) {
		return $this->place( $path, 'copy' );
	}

	/**
	 * Puts a file into the folder under a fresh random name.
	 *
	 * @param string        $from The file.
	 * @param callable|null $how  How it gets there: move_uploaded_file or copy; null refuses.
	 * @return string|WP_Error
	 */
	private function place( string $from, ?callable $how ) {
		$protected = $this->protect();
		if ( is_wp_error( $protected ) ) {
			return $protected;
		}
		$relative = gmdate( 'Y/m' ) . '/' . bin2hex( random_bytes( 16 ) );
		$target   = $this->base_dir() . '/' . $relative;
		wp_mkdir_p( dirname( $target ) );
		$moved = $how && $how( $from, $target );
		if ( ! $moved ) {
			return new WP_Error( 'storedesk_upload_failed', __( 'The file could not be saved. Try again.', 'storedesk' ), array( 'status' => 500 ) );
		}
		chmod( $target, 0640 ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_chmod -- readable by the web server only.
		return $relative;
	}

	/**
	 * Absolute path of a stored file; null for a path that leaves the folder.
	 *
	 * @param string $relative Stored path.
	 */
	public function absolute( string $relative ): ?string {
		if ( ! preg_match( '#^\d{4}/\d{2}/[0-9a-f]{32}$#', $relative ) ) {
			return null;
		}
		return $this->base_dir() . '/' . $relative;
	}

	/**
	 * Deletes the folder and every file in it. Only for an uninstall that was
	 * asked to delete data: the files are worthless once their rows are gone.
	 */
	public function delete_all(): void {
		$dir = $this->base_dir();
		if ( ! is_dir( $dir ) ) {
			return;
		}
		$items = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $dir, \FilesystemIterator::SKIP_DOTS ), \RecursiveIteratorIterator::CHILD_FIRST );
		foreach ( $items as $item ) {
			if ( $item->isDir() && ! $item->isLink() ) {
				rmdir( $item->getPathname() ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- uninstall runs without WP_Filesystem credentials.
			} else {
				wp_delete_file( $item->getPathname() );
			}
		}
		rmdir( $dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- as above.
	}

	/**
	 * Deletes a stored file; a file already gone is fine.
	 *
	 * @param string $relative Stored path.
	 */
	public function delete( string $relative ): void {
		$file = $this->absolute( $relative );
		if ( $file && is_file( $file ) ) {
			wp_delete_file( $file );
		}
	}
}
