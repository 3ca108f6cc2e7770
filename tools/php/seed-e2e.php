<?php
/**
 * Deterministic fixtures for the REST and end-to-end specs, written through
 * Storedesk's repositories. Idempotent, and it resets what it owns on every
 * run: the users below (password "password", role, name), the default
 * settings, two teams, three tags, three contacts and seven tickets, one per
 * status, whose subjects start with "Fixture" and carry words no other data
 * uses (velvet, porcelain, marmalade, tungsten, juniper, walnut, flamingo),
 * so specs can find them with ?search= or ?tag=e2e-fixture.
 *
 * Fixture tickets are deleted and written again on each run (their ids
 * change); specs should change only tickets they create themselves.
 *
 * Storefront fixtures: two customers (e2e_customer, e2e_customer2) who have
 * proven their addresses (as a used set-password link does), one (e2e_mallory)
 * who typed a stranger's address, e2e_victim@example.test, into their account
 * and proved nothing, the portal
 * page, a page with the contact-form block (/e2e-contact/) and one with the
 * shortcode (/e2e-classic/).
 *
 * With WooCommerce active: a product (SKU e2e-walnut-tray) and orders made
 * through WooCommerce's CRUD, so they exist on HPOS and on posts alike: two
 * of e2e_customer's, one of e2e_customer2's and one guest order billed to
 * e2e_guest_buyer@example.test; made once and kept (their ids are in the
 * option storedesk_e2e_orders and in the output, under "orders").
 *
 * Help articles for the widget's search and the form's suggestions, found
 * by their slugs (e2e-…) and reset on each run, with words no other data
 * uses (quokka, marzipan): public ones, an internal one that must never
 * show, and, with WooCommerce, one linked to the walnut tray.
 *
 * Prints the ids as JSON on stdout:
 * {"users":{login:id}, "teams":{key:id}, "tags":{key:slug}, "contacts":{key:id}, "tickets":{key:id}, "pages":{key:id}, "orders":{key:id}, "articles":{key:id}}
 *
 * Usage: STOREDESK_SITE=.wp/e2e php tools/php/seed-e2e.php
 *
 * @package Storedesk
 */

require __DIR__ . '/load-wp.php';

use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Plugin;
use Storedesk\Settings\Settings;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tickets\Tags;
use Storedesk\Tickets\TicketPostType;
use Storedesk\Tickets\TicketRepository;

/** Post meta that marks a fixture ticket, holding its key. */
const STOREDESK_E2E_META = '_storedesk_e2e_fixture';

/**
 * Stops with a message when a repository refused something.
 *
 * @param mixed  $result Repository result.
 * @param string $what   What was being saved.
 * @return mixed The result when it is not an error.
 */
function storedesk_e2e_check( $result, string $what ) {
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, "seed-e2e: {$what}: " . $result->get_error_code() . ': ' . $result->get_error_message() . "\n" );
		exit( 1 );
	}
	return $result;
}

/** Deletes the fixture tickets of an earlier run, with every row that belongs to them. */
function storedesk_e2e_delete_fixture_tickets(): int {
	global $wpdb;
	$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT post_id FROM {$wpdb->postmeta} WHERE meta_key = %s", STOREDESK_E2E_META ) ) );
	foreach ( $ids as $id ) {
		foreach ( array( 'ticket_index', 'messages', 'search', 'terms', 'participants' ) as $table ) {
			$wpdb->delete( Schema::table( $table ), array( 'ticket_id' => $id ) );
		}
		wp_delete_post( $id, true );
	}
	return count( $ids );
}

/**
 * The store's fixture orders, made once through WooCommerce's CRUD and kept
 * from run to run (an order that is gone is made again).
 *
 * @param array<string, int> $users Fixture user ids by login.
 * @return array<string, int> Order ids by key.
 */
function storedesk_e2e_orders( array $users ): array {
	$product_id = wc_get_product_id_by_sku( 'e2e-walnut-tray' );
	$product    = $product_id ? wc_get_product( $product_id ) : new WC_Product_Simple();
	$product->set_name( 'E2E walnut tray' );
	$product->set_sku( 'e2e-walnut-tray' );
	$product->set_regular_price( '24.00' );
	$product->set_status( 'publish' );
	$product->save();
	$known  = (array) get_option( 'storedesk_e2e_orders', array() );
	$orders = array();
	foreach ( array(
		'cora_recent' => array( $users['e2e_customer'], 'e2e_customer@example.test', 'processing', 2, 3 ),
		'cora_old'    => array( $users['e2e_customer'], 'e2e_customer@example.test', 'completed', 1, 40 ),
		'dev'         => array( $users['e2e_customer2'], 'e2e_customer2@example.test', 'processing', 1, 5 ),
		'guest'       => array( 0, 'e2e_guest_buyer@example.test', 'processing', 1, 2 ),
	) as $key => list( $customer, $email, $status, $qty, $days ) ) {
		$order = isset( $known[ $key ] ) ? wc_get_order( (int) $known[ $key ] ) : false;
		if ( ! $order instanceof WC_Order ) {
			$order = storedesk_e2e_check( wc_create_order( array( 'customer_id' => $customer ) ), "order {$key}" );
			$order->add_product( $product, $qty );
			$order->set_billing_first_name( $customer ? 'E2E' : 'Guest' );
			$order->set_billing_last_name( 'Buyer' );
			$order->set_billing_country( 'DE' );
			$order->set_payment_method( 'bacs' );
			$order->set_payment_method_title( 'Direct bank transfer' );
			$order->calculate_totals( false );
			$order->set_date_created( time() - $days * DAY_IN_SECONDS );
		}
		$order->set_customer_id( $customer );
		$order->set_billing_email( $email );
		$order->set_status( $status );
		$order->save();
		$orders[ $key ] = $order->get_id();
	}
	update_option( 'storedesk_e2e_orders', $orders, false );
	return $orders;
}

/**
 * The help articles of the widget specs, written again on each run.
 *
 * @param int $tray The walnut tray's product id, 0 without WooCommerce.
 * @return array<string, int> Article ids by key.
 */
function storedesk_e2e_articles( int $tray ): array {
	$out = array();
	foreach ( array(
		'lantern'  => array( 'e2e-quokka-lantern-returns', 'Returning a quokka lantern', '<p>Pack the quokka lantern in its own box, print the prepaid return label from your order page and drop the parcel at any post office within 30 days.</p>', \Storedesk\KnowledgeBase\Visibility::PUBLIC ),
		'marzipan' => array( 'e2e-marzipan-allergens', 'Marzipan allergens explained', '<p>Our marzipan is made from almonds and sugar, so it contains nuts. It is made in a kitchen that also handles milk.</p>', \Storedesk\KnowledgeBase\Visibility::PUBLIC ),
		'internal' => array( 'e2e-quokka-lantern-supplier', 'Quokka lantern supplier codes', '<p>Internal: the quokka lantern supplier code is QL-7.</p>', \Storedesk\KnowledgeBase\Visibility::INTERNAL ),
		'tray'     => array( 'e2e-walnut-tray-oiling', 'Oiling your walnut tray', '<p>Rub a little food-safe oil into the walnut tray once a month and let it dry overnight.</p>', \Storedesk\KnowledgeBase\Visibility::PUBLIC ),
	) as $key => list( $slug, $title, $content, $visibility ) ) {
		$found = get_posts(
			array(
				'post_type'        => \Storedesk\KnowledgeBase\ArticlePostType::POST_TYPE,
				'name'             => $slug,
				'post_status'      => 'any',
				'numberposts'      => 1,
				'suppress_filters' => true,
			)
		);
		$id    = storedesk_e2e_check(
			wp_insert_post(
				array(
					'ID'           => $found ? $found[0]->ID : 0,
					'post_type'    => \Storedesk\KnowledgeBase\ArticlePostType::POST_TYPE,
					'post_status'  => 'publish',
					'post_name'    => $slug,
					'post_title'   => $title,
					'post_content' => $content,
					'meta_input'   => array( \Storedesk\KnowledgeBase\Visibility::META => $visibility ),
				),
				true
			),
			"article {$key}"
		);
		if ( $tray ) {
			\Storedesk\KnowledgeBase\Products\ProductLinks::link( $id, 'tray' === $key ? array( $tray ) : array() );
		}
		$out[ $key ] = (int) $id;
	}
	Plugin::container()->get( \Storedesk\KnowledgeBase\Search\ArticleIndex::class )->flush();
	return $out;
}

/** Writes the fixtures; returns their ids. */
function storedesk_seed_e2e(): array {
	$c        = Plugin::container();
	$tickets  = $c->get( TicketRepository::class );
	$messages = $c->get( MessageRepository::class );
	$contacts = $c->get( ContactRepository::class );
	$teams    = $c->get( TeamRepository::class );
	$tag_repo = $c->get( Tags::class );
	$out      = array();

	// Fixtures are history, not news: no notification emails while they are written.
	add_filter( 'storedesk_notification_email', '__return_false' );

	// Users: created, or reset to their fixture state (without "your password changed" mail).
	add_filter( 'send_password_change_email', '__return_false' );
	add_filter( 'send_email_change_email', '__return_false' );
	$users = array(
		'e2e_manager'    => array( 'storedesk_manager', 'Maria Manager' ),
		'e2e_agent'      => array( 'storedesk_agent', 'Alex Agent' ),
		'e2e_agent2'     => array( 'storedesk_agent', 'Bo Agent' ),
		'e2e_subscriber' => array( 'subscriber', 'Sam Subscriber' ),
		// Shoppers with accounts, for the portal specs (WooCommerce's role when it is active).
		'e2e_customer'   => array( get_role( 'customer' ) ? 'customer' : 'subscriber', 'Cora Customer' ),
		'e2e_customer2'  => array( get_role( 'customer' ) ? 'customer' : 'subscriber', 'Dev Customer' ),
		'e2e_mallory'    => array( get_role( 'customer' ) ? 'customer' : 'subscriber', 'Mallory Customer', 'e2e_victim@example.test' ),
	);
	foreach ( $users as $login => $user ) {
		list( $role, $name ) = $user;
		$fields              = array(
			'user_pass'    => 'password',
			'user_email'   => $user[2] ?? $login . '@example.test',
			'display_name' => $name,
			'first_name'   => strtok( $name, ' ' ),
			'role'         => $role,
		);
		$id                  = username_exists( $login );
		$id                  = $id ? wp_update_user( array( 'ID' => $id ) + $fields ) : wp_insert_user( array( 'user_login' => $login ) + $fields );
		storedesk_e2e_check( $id, "user {$login}" );
		$out['users'][ $login ] = (int) $id;
	}
	$u = $out['users'];
	// WordPress's own first-visit guide in the block editor (a modal, with a picture
	// from s.w.org this closed network cannot reach) is seen and closed already.
	global $wpdb;
	foreach ( array_merge( array_values( $u ), array( 1 ) ) as $storedesk_user ) {
		update_user_meta( (int) $storedesk_user, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	}
	$proof = $c->get( \Storedesk\Contacts\AccountProof::class );
	$proof->remember( $u['e2e_customer'] );
	$proof->remember( $u['e2e_customer2'] );
	delete_user_meta( $u['e2e_mallory'], 'storedesk_verified_email' );

	// Store settings back to their defaults (agent_scope "all").
	delete_option( Settings::OPTION );
	// Storefront: the specs send X-Forwarded-For so each one has its own rate-limit
	// bucket, as a store behind a reverse proxy does; a one-second fill time keeps
	// the browser specs realistic without waiting. Day-long windows: a spec that
	// counts to a limit must not see its window end halfway (windows are fixed,
	// aligned to the clock; see awayFromWindowEdge() in tests/rest/store-helpers.ts).
	Settings::update(
		array(
			'rate_limit_proxy'  => true,
			'rate_limit_window' => DAY_IN_SECONDS,
			'form_min_seconds'  => 1,
			'form_fields'       => array( array( 'key' => 'order_no', 'label' => 'Order number', 'type' => 'text' ) ),
		)
	);
	$out['pages']['portal']  = $c->get( \Storedesk\Storefront\Portal::class )->ensure_page();
	$form_page               = get_page_by_path( 'e2e-contact' );
	$out['pages']['contact'] = $form_page ? $form_page->ID : storedesk_e2e_check(
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Contact',
				'post_name'    => 'e2e-contact',
				'post_content' => '<!-- wp:storedesk/contact-form /-->',
			),
			true
		),
		'contact page'
	);
	$classic_page            = get_page_by_path( 'e2e-classic' );
	$out['pages']['classic'] = $classic_page ? $classic_page->ID : storedesk_e2e_check(
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Contact (shortcode)',
				'post_name'    => 'e2e-classic',
				'post_content' => '[storedesk_contact_form]',
			),
			true
		),
		'shortcode page'
	);

	// Teams, found by name so their ids stay the same from run to run.
	$existing = array_column( $teams->all(), 'id', 'name' );
	foreach ( array(
		'orders'  => array( 'E2E Orders', array( $u['e2e_agent'], $u['e2e_agent2'] ) ),
		'returns' => array( 'E2E Returns', array( $u['e2e_agent2'], $u['e2e_manager'] ) ),
	) as $key => list( $name, $members ) ) {
		$team                 = storedesk_e2e_check(
			$teams->save(
				array(
					'name'        => $name,
					'description' => 'Fixture team for the end-to-end specs.',
					'members'     => $members,
				),
				(int) ( $existing[ $name ] ?? 0 )
			),
			"team {$name}"
		);
		$out['teams'][ $key ] = (int) $team['id'];
	}

	foreach ( array(
		'fixture' => 'E2E Fixture',
		'parcel'  => 'E2E Parcel',
		'refund'  => 'E2E Refund',
	) as $key => $name ) {
		$out['tags'][ $key ] = storedesk_e2e_check( $tag_repo->create( $name ), "tag {$name}" )['slug'];
	}

	// Contacts, reset to their fixture name and notes.
	foreach ( array(
		'fiona' => array( 'Fixture Fiona', 'fiona.fixture@example.test', '+44 7700 900555' ),
		'farid' => array( 'Fixture Farid', 'farid.fixture@example.test', null ),
		'greta' => array( 'Fixture Greta', null, '+49 170 5550123' ),
	) as $key => list( $name, $email, $phone ) ) {
		$contact                 = $email ? $contacts->find_by_identity( 'email', $email ) : $contacts->find_by_identity( 'phone', (string) $phone );
		$contact                 = $contact
			? storedesk_e2e_check( $contacts->update( $contact->id, array( 'name' => $name, 'notes' => 'Fixture contact.' ) ), "contact {$name}" )
			: storedesk_e2e_check( $contacts->create( array_filter( array( 'name' => $name, 'email' => $email, 'phone' => $phone, 'notes' => 'Fixture contact.' ) ) ), "contact {$name}" );
		$out['contacts'][ $key ] = $contact->id;
	}

	// Tickets: deleted and written again, one per status.
	storedesk_e2e_delete_fixture_tickets();
	$t        = $out['tags'];
	$fixtures = array(
		'parcel'     => array( 'Fixture parcel: velvet armchair stuck in depot', 'email', 'open', 'high', 'e2e_agent', 'orders', array( $t['fixture'], $t['parcel'] ), 'fiona', array( array( 'customer', 'My velvet armchair has been in the depot for a week.' ), array( 'note', 'Depot confirms the armchair is there; missing a door code.' ), array( 'reply', 'We asked the depot to deliver tomorrow morning.' ), array( 'customer', 'Tomorrow works, thank you.' ) ) ),
		'refund'     => array( 'Fixture refund: porcelain teapot cracked', 'form', 'pending', 'normal', 'e2e_agent2', 'returns', array( $t['fixture'], $t['refund'] ), 'farid', array( array( 'customer', 'The porcelain teapot arrived with a crack in the lid.' ), array( 'reply', 'Sorry! Could you send a photo of the crack?' ) ) ),
		'unassigned' => array( 'Fixture question: marmalade subscription pause', 'chat', 'open', 'low', null, null, array( $t['fixture'] ), 'greta', array( array( 'customer', 'Can I pause my marmalade subscription for August?' ) ) ),
		'onhold'     => array( 'Fixture hold: tungsten lamp rewiring', 'phone', 'on-hold', 'urgent', 'e2e_agent', 'orders', array( $t['fixture'] ), 'fiona', array( array( 'customer', 'Caller asks whether the tungsten lamp can be rewired for UK plugs.' ), array( 'note', 'Waiting for the supplier to answer.' ) ) ),
		'resolved'   => array( 'Fixture resolved: juniper candle scent', 'whatsapp', 'resolved', 'normal', 'e2e_agent2', null, array( $t['fixture'] ), 'fiona', array( array( 'customer', 'Is the juniper candle scent strong?' ), array( 'reply', 'It is gentle; one candle scents a small room.' ) ) ),
		'closed'     => array( 'Fixture closed: walnut desk assembly', 'sms', 'closed', 'low', null, 'orders', array( $t['fixture'] ), 'greta', array( array( 'customer', 'Walnut desk instructions are missing page 3.' ), array( 'reply', 'Here is the full manual as a link.' ) ) ),
		'spam'       => array( 'Fixture spam: flamingo lottery winner', 'email', 'spam', 'low', null, null, array( $t['fixture'] ), 'farid', array( array( 'customer', 'You won the flamingo lottery, send your bank details.' ) ) ),
	);
	$start    = time() - 7 * DAY_IN_SECONDS;
	$n        = 0;
	foreach ( $fixtures as $key => list( $subject, $channel, $status, $priority, $assignee, $team, $tags, $contact, $thread ) ) {
		$time     = $start + ( $n++ ) * 6 * HOUR_IN_SECONDS;
		$agent_id = $assignee ? $u[ $assignee ] : $u['e2e_manager'];
		$ticket   = storedesk_e2e_check(
			$tickets->create(
				array(
					'subject'    => $subject,
					'channel'    => $channel,
					'priority'   => $priority,
					'team'       => $team ? $out['teams'][ $team ] : 0,
					'tags'       => $tags,
					'contact_id' => $out['contacts'][ $contact ],
					'message'    => array(
						'body'   => $thread[0][1],
						'format' => 'text',
					),
					'created_at' => gmdate( 'c', $time ),
				),
				'phone' === $channel ? $agent_id : 0
			),
			"ticket {$key}"
		);
		update_post_meta( $ticket->id(), STOREDESK_E2E_META, $key );
		foreach ( array_slice( $thread, 1 ) as $step ) {
			$time       += 20 * MINUTE_IN_SECONDS;
			$is_customer = 'customer' === $step[0];
			storedesk_e2e_check(
				$messages->add(
					$ticket->id(),
					array(
						'kind'       => $step[0],
						'body'       => $step[1],
						'format'     => 'text',
						'channel'    => $channel,
						'author_id'  => $is_customer ? 0 : $agent_id,
						'contact_id' => $is_customer ? $out['contacts'][ $contact ] : 0,
						'created_at' => gmdate( 'Y-m-d H:i:s', $time ),
					)
				),
				"message of ticket {$key}"
			);
		}
		$change = array();
		if ( $assignee ) {
			$change['assignee'] = $u[ $assignee ];
		}
		if ( 'open' !== $status ) {
			$change['status'] = $status;
		}
		if ( $change ) {
			storedesk_e2e_check( $tickets->update( $ticket->id(), $change, $u['e2e_manager'] ), "ticket {$key}" );
		}
		$out['tickets'][ $key ] = $ticket->id();
	}
	if ( \Storedesk\Integrations\WooCommerce\Store::active() ) {
		$out['orders'] = storedesk_e2e_orders( $u );
	}
	$out['articles'] = storedesk_e2e_articles( \Storedesk\Integrations\WooCommerce\Store::active() ? (int) wc_get_product_id_by_sku( 'e2e-walnut-tray' ) : 0 );
	return $out;
}

if ( ! post_type_exists( TicketPostType::POST_TYPE ) ) {
	fwrite( STDERR, "seed-e2e: Storedesk is not active on this site.\n" );
	exit( 1 );
}
echo wp_json_encode( storedesk_seed_e2e() ) . "\n";
