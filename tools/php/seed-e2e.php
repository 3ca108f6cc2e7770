<?php
/**
 * Fixture users for the REST and end-to-end specs (idempotent): a manager,
 * two agents and a subscriber, all with the password "password", and the
 * default settings. Specs create the tickets they need through the API.
 *
 * Usage: STOREDESK_SITE=.wp/e2e php tools/php/seed-e2e.php
 *
 * @package Storedesk
 */

require __DIR__ . '/load-wp.php';

$sd_users = array(
	'e2e_manager'    => array( 'storedesk_manager', 'Maria Manager' ),
	'e2e_agent'      => array( 'storedesk_agent', 'Alex Agent' ),
	'e2e_agent2'     => array( 'storedesk_agent', 'Bo Agent' ),
	'e2e_subscriber' => array( 'subscriber', 'Sam Subscriber' ),
);
$sd_ids   = array();
foreach ( $sd_users as $sd_login => list( $sd_role, $sd_name ) ) {
	$sd_id = username_exists( $sd_login );
	$sd_id = $sd_id ? $sd_id : wp_insert_user(
		array(
			'user_login'   => $sd_login,
			'user_pass'    => 'password',
			'user_email'   => $sd_login . '@example.test',
			'display_name' => $sd_name,
			'role'         => $sd_role,
		)
	);
	$sd_ids[ $sd_login ] = (int) $sd_id;
}
delete_option( \Storedesk\Settings\Settings::OPTION );
echo wp_json_encode( $sd_ids ) . "\n";
