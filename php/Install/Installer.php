<?php
/**
 * Schema install and migrations.
 *
 * @package Storedesk
 */

namespace Storedesk\Install;

defined( 'ABSPATH' ) || exit;

/**
 * Brings the database to the current schema version exactly once.
 *
 * Migrations are a version → callbacks map, as in WooCommerce's WC_Install;
 * each callback must be idempotent because a crash can interrupt the run.
 */
final class Installer {

	public const VERSION_OPTION = 'storedesk_db_version';

	/**
	 * Data migrations keyed by the schema version that introduced them.
	 *
	 * @return array<int|string, callable[]>
	 */
	private static function migrations(): array {
		return array(
			// 2: the attachments table (from Schema) and its private, guarded upload folder.
			'2'  => array( static fn() => ( new \Storedesk\Attachments\AttachmentStorage() )->protect() ),
			// 4: contacts linked to an account by its email alone prove nothing (see AccountProof).
			'4'  => array( array( self::class, 'distrust_email_links' ) ),
			// 6: search by the terms table, filled in the background from the documents.
			'6'  => array( array( \Storedesk\Search\TermBackfill::class, 'schedule' ) ),
			// 7: the customer's name, email and phone among each ticket's terms.
			'7'  => array( array( \Storedesk\Search\TermBackfill::class, 'schedule_customers' ) ),
			// 8: tags with their tickets' status and channel, filled in the background.
			'8'  => array( array( \Storedesk\Tickets\TagIndex::class, 'schedule' ) ),
			// 9: identities typed by address: WhatsApp and SMS numbers are phone identities.
			'9'  => array( array( self::class, 'type_phone_identities' ) ),
			// 11: failed jobs and deliveries are kept in their tables; the email failure log goes.
			'11' => array( static fn() => delete_option( 'storedesk_mail_failures' ) ),
			// 14: the linked order's status in the index, for the inbox's order filters.
			'14' => array( array( \Storedesk\Integrations\WooCommerce\OrderStatusSync::class, 'schedule' ) ),
		);
	}

	/**
	 * Makes every WhatsApp or SMS number a phone identity; a number some
	 * contact already has as a phone keeps that one.
	 */
	public static function type_phone_identities(): void {
		global $wpdb;
		$table = Schema::table( 'contact_identities' );
		foreach ( array( 'whatsapp', 'sms' ) as $channel ) {
			// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
			// The derived table lets MySQL read the table it deletes from.
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE channel = %s AND external_id IN (SELECT external_id FROM (SELECT external_id FROM {$table} WHERE channel = 'phone') AS phones)", $channel ) );
			$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET channel = 'phone' WHERE channel = %s", $channel ) );
			// phpcs:enable
		}
	}

	/** Marks every link made before proofs existed as unverified until the customer proves it. */
	public static function distrust_email_links(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'contacts' ) . " SET user_proof = %s WHERE user_id > 0 AND user_proof = ''", \Storedesk\Contacts\AccountProof::LEGACY ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/** Activation hook: tables, roles, and rewrite rules for the new post types. */
	public static function activate(): void {
		self::install();
		update_option( 'storedesk_flush_rewrite', 1 );
	}

	/** Deactivation keeps every ticket, contact and setting. */
	public static function deactivate(): void {
		flush_rewrite_rules( false );
	}

	/** Runs on every load; cheap when the stored version is current. */
	public static function maybe_upgrade(): void {
		if ( get_option( self::VERSION_OPTION ) !== Schema::VERSION ) {
			self::install();
		}
	}

	/** Creates or alters tables, runs pending migrations, records the version. */
	public static function install(): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$from = (string) get_option( self::VERSION_OPTION, '0' );
		dbDelta( Schema::statements() );
		Roles::install();
		foreach ( self::migrations() as $version => $callbacks ) {
			if ( version_compare( $from, (string) $version, '<' ) ) {
				array_map( 'call_user_func', $callbacks );
			}
		}
		update_option( self::VERSION_OPTION, Schema::VERSION );
		// A version may bring URLs (the help centre's), which WordPress knows only after a flush.
		update_option( 'storedesk_flush_rewrite', 1 );
	}
}
