<?php
/**
 * Schema install, roles and uninstall.
 *
 * @package Storedesk
 */

namespace Storedesk\Tests\Install;

use Storedesk\Install\Installer;
use Storedesk\Install\Roles;
use Storedesk\Install\Schema;
use Storedesk\Tests\TestCase;

/**
 * The schema is one definition, installed once per version.
 */
class InstallerTest extends TestCase {

	/** Every table exists with the inbox indexes the queries rely on. */
	public function test_tables_and_indexes_exist(): void {
		global $wpdb;
		foreach ( Schema::names() as $name ) {
			$this->assertSame( Schema::table( $name ), $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', Schema::table( $name ) ) ) );
		}
		$keys = array_unique( $wpdb->get_col( 'SHOW INDEX FROM ' . Schema::table( 'ticket_index' ), 2 ) );
		foreach ( array( 'PRIMARY', 'assignee_status_activity', 'status_activity', 'channel_status_activity', 'team_status_activity', 'contact_activity' ) as $key ) {
			$this->assertContains( $key, $keys );
		}
		$this->assertSame( Schema::VERSION, get_option( Installer::VERSION_OPTION ) );
	}

	/** Running the installer again changes nothing and keeps data. */
	public function test_install_is_idempotent(): void {
		$ticket = $this->ticket();
		Installer::maybe_upgrade();
		$this->assertNotNull( $this->service( \Storedesk\Tickets\TicketRepository::class )->find( $ticket->id() ) );
		$this->assertSame( Schema::VERSION, get_option( Installer::VERSION_OPTION ) );
	}

	/** Roles carry the capabilities; site managers get the manager set. */
	public function test_roles(): void {
		$agent = get_role( 'storedesk_agent' );
		$this->assertTrue( $agent->has_cap( Roles::EDIT_TICKETS ) );
		$this->assertFalse( $agent->has_cap( Roles::MANAGE ) );
		$this->assertFalse( $agent->has_cap( Roles::VIEW_ALL ) );
		$this->assertTrue( get_role( 'storedesk_manager' )->has_cap( Roles::MERGE_CONTACTS ) );
		$this->assertTrue( get_role( 'administrator' )->has_cap( Roles::REPORTS ) );
		if ( get_role( 'shop_manager' ) ) {
			$this->assertTrue( get_role( 'shop_manager' )->has_cap( Roles::MANAGE ) );
		}
	}

	/** The post type and statuses are registered and hidden from core screens. */
	public function test_post_type_and_statuses(): void {
		$type = get_post_type_object( 'storedesk_ticket' );
		$this->assertFalse( $type->public );
		$this->assertFalse( $type->show_in_rest );
		foreach ( array( 'open', 'pending', 'on-hold', 'resolved', 'closed', 'spam' ) as $status ) {
			$this->assertNotNull( get_post_status_object( 'sd-' . $status ), $status );
		}
		$this->assertTrue( taxonomy_exists( 'storedesk_tag' ) );
	}

	/** Reinstalling keeps capabilities a role editor added or removed on our roles. */
	public function test_reinstall_keeps_role_customisations(): void {
		$agent = get_role( 'storedesk_agent' );
		$agent->add_cap( 'edit_posts' );
		Roles::install();
		$this->assertTrue( get_role( 'storedesk_agent' )->has_cap( 'edit_posts' ) );
		$agent->remove_cap( 'edit_posts' );
	}

	/** Version 3 adds the rate-limit counters' table to a site upgraded from 2. */
	public function test_migration_to_3_adds_counters(): void {
		global $wpdb;
		$table = Schema::table( 'counters' );
		$wpdb->query( "DROP TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		update_option( Installer::VERSION_OPTION, '2' );
		Installer::maybe_upgrade();
		$this->assertSame( Schema::VERSION, get_option( Installer::VERSION_OPTION ) );
		$this->assertSame( array( 'name', 'hits', 'expires_at' ), $wpdb->get_col( "SHOW COLUMNS FROM {$table}" ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * Version 4 distrusts links made by email alone: the account stays on the
	 * contact for agents, but its portal no longer shows the contact's
	 * tickets until the customer proves the address. Links made with a proof,
	 * and contacts without an account, stay as they are.
	 */
	public function test_migration_to_4_distrusts_email_links(): void {
		global $wpdb;
		$user    = $this->user( 'subscriber' );
		$email   = get_userdata( $user )->user_email;
		$ticket  = $this->ticket( array( 'contact' => array( 'email' => $email ) ) );
		$proven  = $this->ticket();
		$guest   = $this->ticket();
		$table   = Schema::table( 'contacts' );
		$as_in_3 = static fn( int $id, int $user_id, string $proof ) => $wpdb->update( $table, array( 'user_id' => $user_id, 'user_proof' => $proof ), array( 'id' => $id ) );
		// Version 3 linked by email alone at creation; dbDelta gives that row an empty proof.
		$as_in_3( $ticket->contact_id(), $user, '' );
		$as_in_3( $proven->contact_id(), $this->user( 'subscriber' ), 'magic_link' );
		$shopper = $this->service( \Storedesk\Storefront\Shopper::class );
		update_option( Installer::VERSION_OPTION, '3' );
		Installer::maybe_upgrade();
		$this->assertSame( Schema::VERSION, get_option( Installer::VERSION_OPTION ) );
		$proof = static fn( $t ) => (string) $wpdb->get_var( $wpdb->prepare( "SELECT user_proof FROM {$table} WHERE id = %d", $t->contact_id() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$this->assertSame( 'legacy_email', $proof( $ticket ) );
		$this->assertSame( 'magic_link', $proof( $proven ) );
		$this->assertSame( '', $proof( $guest ) );
		$this->assertSame( array(), $shopper->contact_ids( $user ) );
		$this->assertFalse( $shopper->owns( $this->service( \Storedesk\Tickets\TicketIndex::class )->get( $ticket->id() ), $user ) );
	}

	/**
	 * Upgrading from schema 1 creates the attachments table and the guarded
	 * private folder, once. DROP/CREATE TABLE commit implicitly in MariaDB,
	 * which ends the test's transaction: so this test writes nothing but the
	 * schema, the version option and the guard files, and leaves all three
	 * as it found them.
	 */
	public function test_migration_to_2_adds_attachments(): void {
		global $wpdb;
		$storage = new \Storedesk\Attachments\AttachmentStorage();
		foreach ( array( '.htaccess', 'index.php' ) as $guard ) {
			if ( is_file( $storage->base_dir() . '/' . $guard ) ) {
				unlink( $storage->base_dir() . '/' . $guard ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			}
		}
		$table = Schema::table( 'attachments' );
		$wpdb->query( "DROP TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		update_option( Installer::VERSION_OPTION, '1' );
		Installer::maybe_upgrade();
		$this->assertSame( Schema::VERSION, get_option( Installer::VERSION_OPTION ) );
		$this->assertSame( $table, $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
		$columns = $wpdb->get_col( "SHOW COLUMNS FROM {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$this->assertSame( array( 'id', 'ticket_id', 'message_id', 'user_id', 'contact_id', 'name', 'mime', 'size', 'path', 'created_at' ), $columns );
		$this->assertContains( 'message_created', array_unique( $wpdb->get_col( "SHOW INDEX FROM {$table}", 2 ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$this->assertStringContainsString( 'Require all denied', (string) file_get_contents( $storage->base_dir() . '/.htaccess' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->assertFileExists( $storage->base_dir() . '/index.php' );
		// Once: a current version runs nothing again, and a rerun of the install keeps the guards.
		unlink( $storage->base_dir() . '/index.php' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		Installer::maybe_upgrade();
		$this->assertFileDoesNotExist( $storage->base_dir() . '/index.php', 'the migration ran once' );
		$storage->protect();
		$this->assertFileExists( $storage->base_dir() . '/index.php' );
		$this->assertContains( 'attachments', Schema::names() );
	}
}
