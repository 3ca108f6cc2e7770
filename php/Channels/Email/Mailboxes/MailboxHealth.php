<?php
/**
 * Site Health: are the mailboxes being fetched?
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

defined( 'ABSPATH' ) || exit;

/**
 * Tools → Site Health says when a mailbox cannot be fetched (a changed
 * password, a server that went away) or has not been fetched for a while
 * (WP-Cron not running), so mail does not pile up unseen.
 */
class MailboxHealth {

	/** Minutes without a fetch before Site Health says so. */
	private const LATE = 15;

	/** Hooks the test; it is built only when Site Health runs. */
	public function register(): void {
		add_filter( 'site_status_tests', array( $this, 'tests' ) );
	}

	/**
	 * Adds the test.
	 *
	 * @param array $tests Site Health tests.
	 */
	public function tests( $tests ): array {
		$tests                                  = (array) $tests;
		$tests['direct']['storedesk_mailboxes'] = array(
			'label' => __( 'Storedesk mailboxes are fetched', 'storedesk' ),
			'test'  => fn() => $this->result( \Storedesk\Plugin::container()->get( MailboxRepository::class )->all() ),
		);
		return $tests;
	}

	/**
	 * The test's result.
	 *
	 * @param Mailbox[] $mailboxes The mailboxes.
	 * @param int|null  $now       Unix time (tests).
	 */
	public function result( array $mailboxes, ?int $now = null ): array {
		$now      = $now ?? time();
		$problems = array();
		$status   = 'good';
		foreach ( $mailboxes as $mailbox ) {
			if ( ! $mailbox->imap ) {
				continue;
			}
			$state = MailboxState::of( $mailbox->id );
			if ( '' !== $state->error ) {
				$status = 'critical';
				/* translators: 1: support address, 2: why fetching failed */
				$problems[] = sprintf( __( '%1$s cannot be fetched: %2$s', 'storedesk' ), $mailbox->address, $state->error );
			} elseif ( $state->fetched_at < $now - self::LATE * MINUTE_IN_SECONDS ) {
				$status     = 'critical' === $status ? $status : 'recommended';
				$problems[] = $state->fetched_at
					/* translators: 1: support address, 2: how long ago, such as "2 hours" */
					? sprintf( __( '%1$s was last fetched %2$s ago. Mail is fetched by WP-Cron: check that it runs (a system cron calling wp-cron.php is the surest).', 'storedesk' ), $mailbox->address, human_time_diff( $state->fetched_at, $now ) )
					/* translators: %s: support address */
					: sprintf( __( '%s has not been fetched yet. Mail is fetched by WP-Cron: check that it runs.', 'storedesk' ), $mailbox->address );
			}
		}
		return array(
			'label'       => 'good' === $status ? __( 'Storedesk mailboxes are fetched', 'storedesk' ) : __( 'Storedesk cannot fetch all of its mailboxes', 'storedesk' ),
			'status'      => $status,
			'badge'       => array(
				'label' => __( 'Storedesk', 'storedesk' ),
				'color' => 'blue',
			),
			'description' => $problems ? '<ul><li>' . implode( '</li><li>', array_map( 'esc_html', $problems ) ) . '</li></ul>' : '<p>' . esc_html__( 'Every mailbox read over IMAP was fetched in the last minutes.', 'storedesk' ) . '</p>',
			'actions'     => '<p><a href="' . esc_url( admin_url( 'admin.php?page=storedesk#/settings' ) ) . '">' . esc_html__( 'Open the mailboxes in Storedesk settings', 'storedesk' ) . '</a></p>',
			'test'        => 'storedesk_mailboxes',
		);
	}
}
