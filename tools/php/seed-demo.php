<?php
/**
 * Seeds a believable demo helpdesk through Storedesk's own repositories:
 * two agents and a manager, teams, tags, ~30 customers and ~60
 * conversations on every channel over the last three weeks.
 * Idempotent: a seeded site is left alone.
 *
 * Usage: STOREDESK_SITE=.wp/dev php tools/php/seed-demo.php
 *
 * @package Storedesk
 */

require __DIR__ . '/load-wp.php';

use Storedesk\Messages\MessageRepository;
use Storedesk\Plugin;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tickets\Tags;
use Storedesk\Tickets\TicketRepository;

if ( get_option( 'storedesk_demo_seeded' ) ) {
	echo "Demo data already present.\n";
	return;
}
mt_srand( 20261122 );
$sd_c        = Plugin::container();
$sd_tickets  = $sd_c->get( TicketRepository::class );
$sd_messages = $sd_c->get( MessageRepository::class );

$sd_users = array();
foreach ( array( array( 'agent.ana', 'Ana Ortiz', 'storedesk_agent' ), array( 'agent.ben', 'Ben Okafor', 'storedesk_agent' ), array( 'manager.mia', 'Mia Lindqvist', 'storedesk_manager' ) ) as list( $sd_login, $sd_name, $sd_role ) ) {
	$sd_id = username_exists( $sd_login );
	if ( ! $sd_id ) {
		list( $sd_first, $sd_last ) = explode( ' ', $sd_name );
		$sd_id = wp_insert_user( array( 'user_login' => $sd_login, 'user_pass' => 'password', 'user_email' => $sd_login . '@demo-store.test', 'display_name' => $sd_name, 'first_name' => $sd_first, 'last_name' => $sd_last, 'role' => $sd_role ) );
	}
	$sd_users[ $sd_login ] = (int) $sd_id;
}
$sd_agents = array( $sd_users['agent.ana'], $sd_users['agent.ben'], $sd_users['manager.mia'] );

$sd_teams = array();
foreach ( array( 'Orders & shipping' => array( 'agent.ana', 'agent.ben' ), 'Returns' => array( 'agent.ben' ), 'Product questions' => array( 'agent.ana', 'manager.mia' ) ) as $sd_name => $sd_members ) {
	$sd_team              = $sd_c->get( TeamRepository::class )->save( array( 'name' => $sd_name, 'members' => array_map( fn( $l ) => $sd_users[ $l ], $sd_members ) ) );
	$sd_teams[ $sd_name ] = $sd_team['id'];
}
$sd_tag_names = array( 'Refund', 'Exchange', 'Late delivery', 'Damaged', 'Wrong item', 'Sizing', 'Discount code', 'Invoice', 'Wholesale', 'VIP', 'Feedback', 'Bug', 'Gift', 'Subscription', 'Address change' );
foreach ( $sd_tag_names as $sd_tag ) {
	$sd_c->get( Tags::class )->create( $sd_tag );
}

$sd_people = array( array( 'Emma Schulz', 'emma.schulz@example.de', '+49 151 23456789' ), array( 'Liam Walsh', 'liam.walsh@example.ie', null ), array( 'Sofía García', 'sofia.garcia@example.es', '+34 612 345 678' ), array( 'Noah Dubois', 'noah.dubois@example.fr', null ), array( 'Yuki Tanaka', 'yuki.tanaka@example.jp', '+81 90 1234 5678' ), array( 'Olivia Brown', 'olivia.brown@example.co.uk', '+44 7700 900123' ), array( 'Mateo Rossi', 'mateo.rossi@example.it', null ), array( 'Chloé Martin', 'chloe.martin@example.fr', '+33 6 12 34 56 78' ), array( 'Lucas Silva', 'lucas.silva@example.com.br', '+55 11 91234 5678' ), array( 'Amara Nwosu', 'amara.nwosu@example.ng', null ), array( 'Jonas Berg', 'jonas.berg@example.se', '+46 70 123 45 67' ), array( 'Zoë Kowalski', 'zoe.kowalski@example.pl', null ), array( 'Wei Zhang', 'wei.zhang@example.cn', '+86 138 0013 8000' ), array( 'Aisha Khan', 'aisha.khan@example.pk', null ), array( 'Ethan Miller', 'ethan.miller@example.com', '+1 415 555 0134' ), array( 'Isabella Costa', 'isabella.costa@example.pt', null ), array( 'Mohammed Al-Farsi', 'm.alfarsi@example.ae', '+971 50 123 4567' ), array( 'Hannah Fischer', 'hannah.fischer@example.at', null ), array( 'Priya Sharma', 'priya.sharma@example.in', '+91 98765 43210' ), array( 'Oscar Nilsen', 'oscar.nilsen@example.no', null ), array( 'Léa Bernard', 'lea.bernard@example.be', null ), array( 'Daniel Cohen', 'daniel.cohen@example.il', '+972 52 123 4567' ), array( 'Mia Jensen', 'mia.jensen@example.dk', null ), array( 'Tomás Novák', 'tomas.novak@example.cz', '+420 601 123 456' ), array( 'Grace Lee', 'grace.lee@example.kr', null ), array( 'Ahmet Yılmaz', 'ahmet.yilmaz@example.tr', '+90 532 123 45 67' ), array( 'Nora Virtanen', 'nora.virtanen@example.fi', null ), array( 'Samuel Adeyemi', 'samuel.adeyemi@example.gh', '+233 24 123 4567' ), array( 'Ana Petrović', 'ana.petrovic@example.rs', null ), array( 'Jack Thompson', 'jack.thompson@example.com.au', '+61 412 345 678' ) );

// Each story: subject, channel, team, tags, then the thread as [kind, text] in order.
$sd_stories = array(
	array( 'Where is my order #{n}?', 'email', 'Orders & shipping', array( 'Late delivery' ), array( array( 'customer', 'Hi, I ordered a week ago and tracking has not moved since Monday. Can you check what is going on?' ), array( 'note', 'Carrier shows it stuck at the Leipzig hub. Opened a trace.' ), array( 'reply', 'Thanks for your patience! The parcel is held at the carrier hub; we have asked them to release it and will update you within 24 hours.' ), array( 'customer', 'Great, thank you for looking into it.' ) ) ),
	array( 'Wrong size — can I exchange?', 'form', 'Returns', array( 'Exchange', 'Sizing' ), array( array( 'customer', 'The boots are lovely but a size too small. Can I swap them for a 42?' ), array( 'reply', 'Of course! I have reserved a size 42 for you. Use the prepaid label attached and we will ship the new pair as soon as the return is scanned.' ) ) ),
	array( 'Discount code not working', 'chat', 'Product questions', array( 'Discount code' ), array( array( 'customer', 'The code WINTER15 says it is invalid at checkout.' ), array( 'reply', 'Sorry about that — WINTER15 excludes items already on sale. I can apply 10% manually instead, would that help?' ), array( 'customer', 'Yes please!' ) ) ),
	array( 'Item arrived damaged', 'email', 'Returns', array( 'Damaged', 'Refund' ), array( array( 'customer', 'The ceramic vase arrived in pieces. Photos attached. I would like a refund.' ), array( 'note', 'Photos confirm breakage. Packaging insufficient — flag to warehouse.' ), array( 'reply', 'I am so sorry! A full refund is on its way and you do not need to send anything back.' ) ) ),
	array( 'Phone call: change delivery address', 'phone', 'Orders & shipping', array( 'Address change' ), array( array( 'customer', 'Customer called: moving next week, wants the order delivered to her new address in Malmö.' ), array( 'note', 'Updated the address in the order; label not printed yet.' ) ) ),
	array( 'Do you ship to Canada?', 'messenger', 'Product questions', array(), array( array( 'customer', 'Hey! Do you ship to Toronto and how long does it take?' ), array( 'reply', 'We do! Delivery to Canada takes 5–8 business days, duties included at checkout.' ) ) ),
	array( 'Invoice with VAT number', 'email', 'Orders & shipping', array( 'Invoice' ), array( array( 'customer', 'Could you reissue the invoice for my last order with our company VAT number DE123456789?' ) ) ),
	array( 'Is the jacket waterproof?', 'whatsapp', 'Product questions', array(), array( array( 'customer', 'Hi, is the Nordic jacket fully waterproof or just water resistant?' ), array( 'reply', 'It is fully waterproof (20,000 mm) with taped seams.' ), array( 'customer', 'Perfect, ordering now 🙂' ) ) ),
	array( 'Wholesale pricing', 'form', 'Product questions', array( 'Wholesale' ), array( array( 'customer', 'We run three cafés and would like to stock your mugs. Do you offer wholesale pricing?' ) ) ),
	array( 'Refund not received', 'sms', 'Returns', array( 'Refund' ), array( array( 'customer', 'Returned the shirt 2 weeks ago, still no refund.' ), array( 'reply', 'Your return was received on the 3rd; the refund was issued today and should show in 3–5 days.' ) ) ),
	array( 'Subscription renewal question', 'line', 'Orders & shipping', array( 'Subscription' ), array( array( 'customer', 'When does my coffee subscription renew, and can I skip a month?' ), array( 'reply', 'It renews on the 1st. I have skipped December for you.' ) ) ),
	array( 'Gift wrapping for order', 'wechat', 'Orders & shipping', array( 'Gift' ), array( array( 'customer', 'Can you add gift wrapping and a note to my order?' ) ) ),
	array( 'Website bug at checkout', 'chat', 'Product questions', array( 'Bug' ), array( array( 'customer', 'The checkout button does nothing on my phone (Safari).' ), array( 'note', 'Reproduced on iOS 18 Safari — passing to the web team.' ) ) ),
	array( 'Great service, thank you!', 'email', null, array( 'Feedback' ), array( array( 'customer', 'Just wanted to say the team was super helpful with my exchange. Thanks!' ), array( 'reply', 'That made our day — thank you for letting us know!' ) ) ),
	array( 'Received the wrong colour', 'email', 'Returns', array( 'Wrong item', 'Exchange' ), array( array( 'customer', 'I ordered the sage green throw and received a grey one.' ), array( 'reply', 'Apologies for the mix-up! The green one ships today by express; keep the grey one or return it, whichever you prefer.' ), array( 'customer', 'I will send the grey one back, thanks.' ) ) ),
);
$sd_statuses   = array( 'open', 'open', 'open', 'pending', 'on-hold', 'resolved', 'resolved', 'closed', 'open', 'pending' );
$sd_priorities = array( 'normal', 'normal', 'normal', 'high', 'low', 'urgent' );
$sd_created    = 0;
for ( $sd_i = 0; $sd_i < 60; $sd_i++ ) {
	list( $sd_subject, $sd_channel, $sd_team, $sd_tags, $sd_thread ) = $sd_stories[ $sd_i % count( $sd_stories ) ];
	$sd_person = $sd_people[ ( $sd_i * 7 ) % count( $sd_people ) ];
	$sd_start  = time() - ( 21 * DAY_IN_SECONDS ) + $sd_i * 8 * HOUR_IN_SECONDS + mt_rand( 0, 3600 );
	$sd_agent  = $sd_agents[ $sd_i % 3 ];
	$sd_phone  = in_array( $sd_channel, array( 'sms', 'whatsapp', 'phone' ), true ) && $sd_person[2];
	$sd_ticket = $sd_tickets->create(
		array(
			'subject'    => str_replace( '{n}', (string) ( 1040 + $sd_i ), $sd_subject ),
			'channel'    => $sd_channel,
			'priority'   => $sd_priorities[ $sd_i % count( $sd_priorities ) ],
			'team'       => $sd_team ? $sd_teams[ $sd_team ] : 0,
			'tags'       => array_map( 'sanitize_title', $sd_tags ),
			'contact'    => array_filter( array( 'name' => $sd_person[0], 'email' => $sd_phone ? null : $sd_person[1], 'phone' => $sd_phone ? $sd_person[2] : null ) ),
			'message'    => array( 'body' => '<p>' . esc_html( $sd_thread[0][1] ) . '</p>' ),
			'created_at' => gmdate( 'c', $sd_start ),
		),
		'phone' === $sd_channel ? $sd_agent : 0
	);
	if ( is_wp_error( $sd_ticket ) ) {
		fwrite( STDERR, $sd_ticket->get_error_message() . "\n" );
		exit( 1 );
	}
	$sd_time = $sd_start;
	foreach ( array_slice( $sd_thread, 1 ) as list( $sd_kind, $sd_text ) ) {
		$sd_time += mt_rand( 20, 300 ) * MINUTE_IN_SECONDS;
		$sd_messages->add( $sd_ticket->id(), array( 'kind' => $sd_kind, 'body' => '<p>' . esc_html( $sd_text ) . '</p>', 'channel' => $sd_channel, 'author_id' => 'customer' === $sd_kind ? 0 : $sd_agent, 'contact_id' => 'customer' === $sd_kind ? $sd_ticket->contact_id() : 0, 'created_at' => gmdate( 'Y-m-d H:i:s', $sd_time ) ) );
	}
	$sd_status = 58 <= $sd_i ? 'spam' : $sd_statuses[ $sd_i % count( $sd_statuses ) ];
	$sd_change = array( 'status' => $sd_status );
	if ( 0 !== $sd_i % 4 ) {
		$sd_change['assignee'] = $sd_agent;
	}
	if ( 'open' !== $sd_status || isset( $sd_change['assignee'] ) ) {
		$sd_tickets->update( $sd_ticket->id(), $sd_change, $sd_agent );
	}
	++$sd_created;
}
update_option( 'storedesk_demo_seeded', gmdate( 'c' ) );
printf( "Seeded %d tickets for %d customers, %d tags, %d teams, agents agent.ana and agent.ben, manager manager.mia (password: password).\n", $sd_created, count( $sd_people ), count( $sd_tag_names ), count( $sd_teams ) );
