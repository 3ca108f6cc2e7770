<?php
/**
 * The orphan clean-up job.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Attachments;

use Storedesk\Attachments\AttachmentCleaner;
use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Attachments\AttachmentStorage;
use Storedesk\Tests\TestCase;

/**
 * Uploads no message took within a day go, file and row; sent ones and
 * recent ones stay.
 */
class AttachmentCleanerTest extends TestCase {

	use AttachmentTestHelpers;

	/** Deletes temporary files. */
	protected function tearDown(): void {
		$this->remove_tmp_files();
		parent::tearDown();
	}

	/** Old orphans are deleted with their files; the job is scheduled by the first upload. */
	public function test_old_orphans_are_deleted(): void {
		wp_clear_scheduled_hook( AttachmentCleaner::HOOK );
		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$ticket  = $this->ticket()->id();
		$orphan  = $this->uploaded( $ticket );
		$sent    = $this->uploaded( $ticket );
		$fresh   = $this->uploaded( $ticket );
		$repo    = $this->service( AttachmentRepository::class );
		$storage = new AttachmentStorage();
		$this->assertStatus( 201, $this->rest( 'POST', "/storedesk/v1/tickets/{$ticket}/messages", array( 'kind' => 'reply', 'body' => 'Sent.', 'attachments' => array( $sent ) ) ) );
		$this->assertTrue( wp_next_scheduled( AttachmentCleaner::HOOK ) || ( function_exists( 'as_has_scheduled_action' ) && as_has_scheduled_action( AttachmentCleaner::HOOK ) ) );
		$file = $storage->absolute( $repo->find( $orphan )->path );
		$this->assertFileExists( $file );
		// Two days on, the fresh one is still younger than a day only if it was made later; make it so.
		global $wpdb;
		$wpdb->update( \Storedesk\Install\Schema::table( 'attachments' ), array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() + 2 * DAY_IN_SECONDS ) ), array( 'id' => $fresh ) );
		$deleted = $this->service( AttachmentCleaner::class )->run( time() + 2 * DAY_IN_SECONDS );
		$this->assertSame( 1, $deleted );
		$this->assertNull( $repo->find( $orphan ) );
		$this->assertFileDoesNotExist( $file );
		$this->assertNotNull( $repo->find( $sent ) );
		$this->assertFileExists( $storage->absolute( $repo->find( $sent )->path ) );
		$this->assertNotNull( $repo->find( $fresh ) );
		$this->assertSame( 0, $this->service( AttachmentCleaner::class )->run( time() + 2 * DAY_IN_SECONDS ), 'idempotent' );
		foreach ( array( $sent, $fresh ) as $id ) {
			$storage->delete( $repo->find( $id )->path );
		}
	}
}
