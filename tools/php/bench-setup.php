<?php
/**
 * Prepares a benchmark run and prints its parameters as JSON: an agent with
 * an application password (the same auth for every request), the busiest
 * agent's id, a ticket with a long thread, a tag and a word to search, and
 * the row counts; with WooCommerce also the order storage, the orders, the
 * linked tickets and the customer panel's tickets (see seed-orders.php).
 *
 * @package Storedesk
 */

require __DIR__ . '/load-wp.php';

use Storedesk\Install\Schema;

global $wpdb;
$sd_index = Schema::table( 'ticket_index' );
// The agent with the most open tickets, as the inbox list target.
$sd_agent = (int) $wpdb->get_var( "SELECT assignee_id FROM {$sd_index} WHERE status = 'open' AND assignee_id > 0 GROUP BY assignee_id ORDER BY COUNT(*) DESC LIMIT 1" ); // phpcs:ignore WordPress.DB.PreparedSQL
$sd_user  = $sd_agent ? get_userdata( $sd_agent ) : null;
$sd_pass  = $sd_user ? WP_Application_Passwords::create_new_application_password( $sd_agent, array( 'name' => 'bench ' . gmdate( 'c' ) ) ) : array( null );
// Shoppers in the storefront scenario each come from their own address
// (X-Forwarded-For) and take a second to fill the form.
\Storedesk\Settings\Settings::update( array( 'rate_limit_proxy' => true, 'form_min_seconds' => 1 ) );
if ( $sd_user ) {
	// The browser half logs in through the form; a throw-away bench site only.
	wp_set_password( 'bench-password', $sd_agent );
}
// The raw-MIME address of the email channel opens with this key.
$sd_inbound = 'bench-inbound-' . wp_generate_password( 12, false );
\Storedesk\Plugin::container()->get( \Storedesk\Settings\Secrets::class )->set( \Storedesk\Channels\Email\EmailChannel::INBOUND_KEY, $sd_inbound );
// Work an earlier, interrupted run queued would run inside this run's timings.
$sd_cron = _get_cron_array();
foreach ( is_array( $sd_cron ) ? $sd_cron : array() as $sd_time => $sd_hooks ) {
	foreach ( $sd_hooks as $sd_hook => $sd_events ) {
		foreach ( $sd_events as $sd_event ) {
			if ( str_starts_with( (string) $sd_hook, 'storedesk_' ) && empty( $sd_event['schedule'] ) ) {
				wp_unschedule_event( (int) $sd_time, (string) $sd_hook, (array) $sd_event['args'] );
			}
		}
	}
}
if ( function_exists( 'as_unschedule_all_actions' ) ) {
	as_unschedule_all_actions( '', array(), 'storedesk' );
}
delete_option( 'storedesk_jobs_lock' );
$sd_long = (int) $wpdb->get_var( "SELECT ticket_id FROM {$sd_index} WHERE message_count >= 50 ORDER BY ticket_id DESC LIMIT 1" ); // phpcs:ignore WordPress.DB.PreparedSQL
$sd_tag  = $wpdb->get_var( "SELECT t.slug FROM {$wpdb->terms} t JOIN {$wpdb->term_taxonomy} tt ON tt.term_id = t.term_id WHERE tt.taxonomy = 'storedesk_tag' ORDER BY tt.count DESC LIMIT 1" );
// With WooCommerce: where its orders live, how many there are, and the
// customer panel's tickets that seed-orders.php linked to them.
$storedesk_store = array();
if ( function_exists( 'wc_get_container' ) && class_exists( \Automattic\WooCommerce\Utilities\OrderUtil::class ) ) {
	$storedesk_hpos  = \Automattic\WooCommerce\Utilities\OrderUtil::custom_orders_table_usage_is_enabled();
	$storedesk_state = (array) get_option( 'storedesk_bench_orders', array() );
	$storedesk_store = array(
		'hpos'         => $storedesk_hpos,
		'orders'       => (int) ( $storedesk_hpos
			? $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}wc_orders WHERE type = 'shop_order'" ) // phpcs:ignore WordPress.DB.PreparedSQL
			: $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'shop_order'" ) ),
		'linked'       => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$sd_index} WHERE order_id > 0" ), // phpcs:ignore WordPress.DB.PreparedSQL
		'panel'        => (object) ( $storedesk_state['tickets'] ?? array() ),
		'panel_orders' => (object) ( $storedesk_state['orders_of'] ?? array() ),
	);
}
echo wp_json_encode(
	array(
		'user'           => $sd_user ? $sd_user->user_login : null,
		'password'       => $sd_pass[0],
		'login_pass'     => $sd_user ? 'bench-password' : null,
		'agent'          => $sd_agent,
		'ticket'         => $sd_long,
		'tag'            => $sd_tag,
		'latest_message' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT MAX(id) FROM ' . Schema::table( 'messages' ) . ' WHERE ticket_id = %d', $sd_long ) ), // phpcs:ignore WordPress.DB.PreparedSQL
		'search'         => 'refund',
		'inbound_key'    => $sd_inbound,
		'tickets'        => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$sd_index}" ), // phpcs:ignore WordPress.DB.PreparedSQL
		'messages'       => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( 'messages' ) ), // phpcs:ignore WordPress.DB.PreparedSQL
		'contacts'       => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( 'contacts' ) ), // phpcs:ignore WordPress.DB.PreparedSQL
		// Help articles (see seed-articles.php), counted as the search counts them.
		'articles'       => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'kb_terms' ) . ' WHERE term = %s', \Storedesk\KnowledgeBase\Search\ArticleIndex::DOCUMENT ) ), // phpcs:ignore WordPress.DB.PreparedSQL
		'open_mine'      => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$sd_index} WHERE status = 'open' AND assignee_id = %d", $sd_agent ) ), // phpcs:ignore WordPress.DB.PreparedSQL
	) + $storedesk_store
) . "\n";
