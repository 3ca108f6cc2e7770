<?php
/**
 * The private folder's life cycle.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Attachments;

use Storedesk\Attachments\AttachmentStorage;
use Storedesk\Tests\TestCase;

/**
 * Files go into a guarded folder and, on an uninstall that deletes data,
 * leave with it. Runs in its own uploads folder so no other test's files
 * are touched.
 */
class AttachmentStorageTest extends TestCase {

	/**
	 * Uploads folder of this test.
	 *
	 * @var string
	 */
	private string $uploads;

	/** Points wp_upload_dir() at a fresh folder. */
	protected function setUp(): void {
		parent::setUp();
		$this->uploads = sys_get_temp_dir() . '/storedesk-storage-' . bin2hex( random_bytes( 4 ) );
		add_filter( 'upload_dir', array( $this, 'uploads' ) );
	}

	/** Removes the filter and anything left behind. */
	protected function tearDown(): void {
		remove_filter( 'upload_dir', array( $this, 'uploads' ) );
		if ( is_dir( $this->uploads ) ) {
			exec( 'rm -rf ' . escapeshellarg( $this->uploads ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- test clean-up.
		}
		parent::tearDown();
	}

	/**
	 * The filter callback.
	 *
	 * @param array $dirs Upload dirs.
	 */
	public function uploads( array $dirs ): array {
		$dirs['basedir'] = $this->uploads;
		return $dirs;
	}

	/** Stored files are guarded, found by their path and all gone after delete_all(). */
	public function test_store_guard_and_delete_all(): void {
		$storage = new AttachmentStorage();
		$tmp     = (string) tempnam( sys_get_temp_dir(), 'storedesk-test' );
		file_put_contents( $tmp, 'receipt' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$first  = $storage->store( $tmp );
		$second = $storage->store( $tmp );
		unlink( $tmp ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->assertIsString( $first );
		$this->assertNotSame( $first, $second, 'every file gets its own random name' );
		$this->assertStringStartsWith( $this->uploads . '/storedesk-private/', (string) $storage->absolute( $first ) );
		$this->assertStringEqualsFile( (string) $storage->absolute( $second ), 'receipt' );
		$this->assertStringContainsString( 'Require all denied', (string) file_get_contents( $this->uploads . '/storedesk-private/.htaccess' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->assertNull( $storage->absolute( '../../wp-config.php' ) );
		file_put_contents( $this->uploads . '/keep.txt', 'not ours' ); // phpcs:ignore WordPress.WP.AlternativeFunctions

		$storage->delete_all();

		$this->assertDirectoryDoesNotExist( $storage->base_dir() );
		$this->assertFileExists( $this->uploads . '/keep.txt', 'files outside the private folder stay' );
		$storage->delete_all(); // A second uninstall finds nothing to do.
		$this->assertDirectoryDoesNotExist( $storage->base_dir() );
	}
}
