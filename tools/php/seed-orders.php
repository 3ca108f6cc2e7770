<?php
/**
 * Bulk seeder of the WooCommerce bench pass: 20,000 orders on custom order
 * tables (HPOS, sync off) bought by the bench's contacts, and a fifth of the
 * tickets linked to one of their customer's orders.
 *
 * How, fast and right: a dozen template orders go through WooCommerce's
 * CRUD (every status, one to three lines, shipping, tracking, notes, a
 * partial and a full refund), so each table and meta WooCommerce writes is
 * its own. Each template is then cloned with multi-row INSERTs into every
 * table WooCommerce wrote for it: the placeholder post that reserves the id
 * (shop_order_placehold), wc_orders, wc_order_addresses,
 * wc_order_operational_data, wc_orders_meta (the address indexes WooCommerce
 * searches, _storedesk_billing_phone in E.164 as OrderPhones writes it),
 * woocommerce_order_items and their meta, the order notes (comments and
 * their meta) and the refunds (orders of their own, with placeholders).
 * Clones get new ids, dates, order keys and tracking numbers; which
 * template an order copies follows from its id (storedesk_orders_template()),
 * so its status and total vary as a store's do. WooCommerce's analytics
 * tables (wc_order_stats…) are not written: nothing of Storedesk reads them.
 *
 * Owners: orders are cloned for "pool" shoppers (guests who never wrote to
 * the helpdesk), then handed to contacts: about half of the contacts
 * seed-bulk.php made so far buy (fewer when the pool runs short), a quarter of the buyers
 * with an account (a WordPress user with role customer, the contact linked
 * to it with proof verified_email), the others as guests found by their
 * billing email = the contact's email, or their phone. Most buy 1-5 times;
 * a heavy buyer with an account has 200 orders (15 of them placed as a
 * guest before registering), a guest wholesale buyer 150, five more 20-50.
 * Contacts seeded later (the large set after the small one) get theirs from
 * what is left of the pool, so the store keeps its 20,000 orders.
 *
 * Idempotent: orders are cloned only up to --orders; contacts are handed
 * orders once (the option storedesk_bench_orders remembers up to which
 * contact, the panel's tickets and its buyers); tickets are linked only up
 * to --linked percent. Ends by checking that WooCommerce reads the clones
 * (wc_get_order, wc_get_orders by customer, billing email and phone).
 *
 * Usage: STOREDESK_SITE=DIR php tools/php/seed-orders.php [--orders=20000] [--linked=20]
 * Prints a JSON line: what it did and what is there (see the end).
 *
 * @package Storedesk
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput, WordPress.DB.PreparedSQL -- a CLI seeder writing to a terminal; its SQL is built from integers and escaped values.
// phpcs:disable WordPress.DB.SlowDBQuery, WordPress.WP.GlobalVariablesOverride -- meta keys in its own inserts; no WordPress global is set.

require __DIR__ . '/load-wp.php';
require_once __DIR__ . '/bench-lib.php';

use Automattic\WooCommerce\Internal\DataStores\Orders\DataSynchronizer;
use Automattic\WooCommerce\Utilities\OrderUtil;
use Storedesk\Contacts\Identity;
use Storedesk\Install\Schema;
use Storedesk\Integrations\WooCommerce\OrderPhones;
use Storedesk\Integrations\WooCommerce\Tracking;
use Storedesk\Tickets\TicketMeta;

/** Order meta marking a template order, holding its key. */
const STOREDESK_ORDERS_TEMPLATE_META = '_storedesk_bench_template';

/** Option: up to which contact orders were handed out, the buyers and the panel's tickets. */
const STOREDESK_ORDERS_STATE = 'storedesk_bench_orders';

/** Billing email prefix of the pool shoppers, who never wrote to the helpdesk. */
const STOREDESK_ORDERS_POOL = 'pool-shopper-';

/** Billing email of the templates. */
const STOREDESK_ORDERS_TEMPLATE_EMAIL = 'bench-template@example.net';

$storedesk_opt     = getopt( '', array( 'orders::', 'linked::' ) );
$storedesk_target  = max( 0, (int) ( $storedesk_opt['orders'] ?? 20000 ) );
$storedesk_linked  = max( 0, min( 100, (float) ( $storedesk_opt['linked'] ?? 20 ) ) );
$storedesk_started = microtime( true );

if ( ! function_exists( 'wc_get_orders' ) || ! class_exists( OrderUtil::class ) ) {
	fwrite( STDERR, "seed-orders: WooCommerce is not active on this site.\n" );
	exit( 1 );
}
if ( ! OrderUtil::custom_orders_table_usage_is_enabled() || wc_get_container()->get( DataSynchronizer::class )->data_sync_is_enabled() ) {
	fwrite( STDERR, "seed-orders: orders must live in WooCommerce's own tables with sync off; run tools/php/order-storage.php hpos first.\n" );
	exit( 1 );
}
$wpdb->suppress_errors( false );
$wpdb->show_errors( false );
mt_srand( 20000 );

// Orders from long ago are not news: no email leaves, none is even rendered.
add_filter( 'pre_wp_mail', '__return_true' );
foreach ( array_keys( $GLOBALS['wp_filter'] ) as $storedesk_hook ) {
	remove_action( $storedesk_hook, array( 'WC_Emails', 'send_transactional_email' ) );
	remove_action( $storedesk_hook, array( 'WC_Emails', 'queue_transactional_email' ) );
}

/**
 * The shop's products: key => name, price. Made once, found by SKU.
 */
function storedesk_orders_products(): array {
	$defs = array(
		'duvet'  => array( 'Linen Duvet Cover', '89.90' ),
		'throw'  => array( 'Wool Throw', '64.00' ),
		'mug'    => array( 'Stoneware Mug', '14.50' ),
		'board'  => array( 'Oak Chopping Board', '39.00' ),
		'boots'  => array( 'Leather Chelsea Boots', '159.00' ),
		'shirt'  => array( 'Organic Cotton Shirt', '49.00' ),
		'lamp'   => array( 'Brass Desk Lamp', '129.00' ),
		'coffee' => array( 'House Blend Coffee Beans 1 kg', '24.00' ),
	);
	$out  = array();
	foreach ( $defs as $key => list( $name, $price ) ) {
		$sku = 'BENCH-' . strtoupper( $key );
		$id  = wc_get_product_id_by_sku( $sku );
		if ( ! $id ) {
			$product = new WC_Product_Simple();
			$product->set_props(
				array(
					'name'          => $name,
					'sku'           => $sku,
					'regular_price' => $price,
					'status'        => 'publish',
				)
			);
			$id = $product->save();
		}
		$out[ $key ] = wc_get_product( $id );
	}
	return $out;
}

/**
 * The templates: key => final status, payment, lines (product => quantity),
 * weight (how many of a hundred orders copy it) and extras: tracking, a
 * note to the customer, the customer's own note, a refund.
 */
function storedesk_orders_templates(): array {
	$t = static fn( string $status, string $pay, array $lines, int $weight, array $extra = array() ) => compact( 'status', 'pay', 'lines', 'weight' ) + $extra;
	return array(
		'completed-1'      => $t( 'completed', 'bacs', array( 'mug' => 1 ), 18, array( 'tracking' => 'dhl' ) ),
		'completed-2'      => $t( 'completed', 'cod', array( 'duvet' => 1, 'shirt' => 2 ), 14, array( 'tracking' => 'dpd' ) ),
		'completed-3'      => $t( 'completed', 'bacs', array( 'throw' => 1, 'mug' => 4, 'coffee' => 2 ), 10, array( 'tracking' => 'royal-mail', 'note' => 'Your parcel left our warehouse today; it usually arrives within three working days.' ) ),
		'completed-boots'  => $t( 'completed', 'bacs', array( 'boots' => 1 ), 10, array( 'tracking' => 'dhl', 'customer_note' => 'Please leave the parcel with the neighbours at number 12.' ) ),
		'completed-coffee' => $t( 'completed', 'cod', array( 'coffee' => 3 ), 8 ),
		'completed-refund' => $t( 'completed', 'bacs', array( 'lamp' => 1, 'board' => 2, 'mug' => 2 ), 5, array( 'tracking' => 'ups', 'note' => 'We are sorry the lamp arrived dented: one lamp refunded, no need to send it back.', 'refund' => 'partial' ) ),
		'processing-1'     => $t( 'processing', 'bacs', array( 'shirt' => 1 ), 9 ),
		'processing-2'     => $t( 'processing', 'cod', array( 'duvet' => 1, 'throw' => 1 ), 6 ),
		'on-hold'          => $t( 'on-hold', 'bacs', array( 'lamp' => 1 ), 4 ),
		'cancelled'        => $t( 'cancelled', 'bacs', array( 'board' => 1 ), 4 ),
		'refunded'         => $t( 'refunded', 'bacs', array( 'boots' => 1 ), 4, array( 'refund' => 'full' ) ),
		'pending'          => $t( 'pending', 'cod', array( 'mug' => 2 ), 4 ),
		'failed'           => $t( 'failed', 'cod', array( 'throw' => 1 ), 4 ),
	);
}

/**
 * The template an order copies, from its id alone, weighted.
 *
 * @param int $id Order id.
 */
function storedesk_orders_template( int $id ): string {
	static $wheel = null;
	if ( null === $wheel ) {
		$wheel = array();
		foreach ( storedesk_orders_templates() as $key => $def ) {
			$wheel = array_merge( $wheel, array_fill( 0, $def['weight'], $key ) );
		}
	}
	return $wheel[ crc32( 'order-' . $id ) % count( $wheel ) ];
}

/**
 * Places a template order through WooCommerce and takes it to its final
 * status as a shop would: paid, shipped with tracking, refunded, noted.
 *
 * @param string $key      Template key.
 * @param array  $def      See storedesk_orders_templates().
 * @param array  $products Key => product.
 */
function storedesk_orders_make_template( string $key, array $def, array $products ): int {
	$t0    = time() - 3 * DAY_IN_SECONDS;
	$order = new WC_Order();
	$props = array(
		'customer_id'          => 0,
		'created_via'          => 'checkout',
		'currency'             => get_woocommerce_currency(),
		'payment_method'       => $def['pay'],
		'payment_method_title' => 'cod' === $def['pay'] ? 'Cash on delivery' : 'Direct bank transfer',
		'customer_note'        => $def['customer_note'] ?? '',
		'date_created'         => $t0,
		'status'               => 'pending',
		'billing_email'        => STOREDESK_ORDERS_TEMPLATE_EMAIL,
		'billing_phone'        => '+49 151 00000000',
	);
	foreach ( array( 'billing', 'shipping' ) as $type ) {
		$props += array(
			"{$type}_first_name" => 'Template',
			"{$type}_last_name"  => 'Shopper',
			"{$type}_address_1"  => 'Karl-Liebknecht-Straße 12',
			"{$type}_city"       => 'Leipzig',
			"{$type}_postcode"   => '04107',
			"{$type}_country"    => 'DE',
		);
	}
	$order->set_props( $props );
	$subtotal = 0.0;
	foreach ( $def['lines'] as $product => $qty ) {
		$item  = new WC_Order_Item_Product();
		$total = (float) $products[ $product ]->get_price() * $qty;
		$item->set_product( $products[ $product ] );
		$item->set_props(
			array(
				'quantity' => $qty,
				'subtotal' => $total,
				'total'    => $total,
			)
		);
		$order->add_item( $item );
		$subtotal += $total;
	}
	$shipping = new WC_Order_Item_Shipping();
	$shipping->set_props( $subtotal >= 100 ? array( 'method_title' => 'Free shipping', 'method_id' => 'free_shipping', 'total' => '0' ) : array( 'method_title' => 'Flat rate', 'method_id' => 'flat_rate', 'total' => '4.90' ) );
	$order->add_item( $shipping );
	$order->calculate_totals( false );
	$order->update_meta_data( STOREDESK_ORDERS_TEMPLATE_META, $key );
	$order->save();

	$status = $def['status'];
	if ( 'bacs' === $def['pay'] && ! in_array( $status, array( 'pending', 'failed' ), true ) ) {
		$order->update_status( 'on-hold', 'Awaiting bank transfer.' );
	}
	if ( in_array( $status, array( 'processing', 'completed', 'refunded' ), true ) ) {
		$order->set_date_paid( $t0 + HOUR_IN_SECONDS );
		$order->update_status( 'processing' );
	}
	if ( in_array( $status, array( 'completed', 'refunded' ), true ) ) {
		if ( isset( $def['tracking'] ) ) {
			$order->update_meta_data(
				Tracking::META,
				array(
					array(
						'tracking_provider'        => $def['tracking'],
						'custom_tracking_provider' => '',
						'custom_tracking_link'     => '',
						'tracking_number'          => 'TEMPLATE' . $order->get_id(),
						'date_shipped'             => $t0 + DAY_IN_SECONDS,
						'tracking_id'              => md5( $key ),
					),
				)
			);
		}
		$order->update_status( 'completed' );
		$order->set_date_completed( $t0 + DAY_IN_SECONDS );
		$order->save();
	}
	if ( in_array( $status, array( 'cancelled', 'failed' ), true ) ) {
		$order->update_status( $status );
	}
	if ( isset( $def['refund'] ) ) {
		$lines  = array();
		$amount = 0.0;
		foreach ( $order->get_items( array( 'line_item', 'shipping' ) ) as $item_id => $item ) {
			$full = 'full' === $def['refund'];
			if ( ! $full && ( $lines || ! $item->is_type( 'line_item' ) ) ) {
				continue;
			}
			$qty               = $item->is_type( 'line_item' ) ? ( $full ? $item->get_quantity() : 1 ) : 0;
			$total             = $qty ? (float) $item->get_total() / $item->get_quantity() * $qty : (float) $item->get_total();
			$lines[ $item_id ] = array(
				'qty'          => $qty,
				'refund_total' => wc_format_decimal( $total, 2 ),
			);
			$amount           += $total;
		}
		$refund = wc_create_refund(
			array(
				'order_id'      => $order->get_id(),
				'amount'        => wc_format_decimal( $amount, 2 ),
				'reason'        => 'full' === $def['refund'] ? 'Returned unworn.' : 'Arrived dented.',
				'line_items'    => $lines,
				'restock_items' => false,
			)
		);
		if ( is_wp_error( $refund ) ) {
			fwrite( STDERR, "seed-orders: template {$key}: " . $refund->get_error_message() . "\n" );
			exit( 1 );
		}
	}
	if ( isset( $def['note'] ) ) {
		$order->add_order_note( $def['note'], 1 );
	}
	return $order->get_id();
}

/**
 * Everything WooCommerce wrote for a template order and its refunds, by table.
 *
 * @param int $id Template order id.
 */
function storedesk_orders_read_template( int $id ): array {
	global $wpdb;
	$p     = $wpdb->prefix;
	$ids   = array_merge( array( $id ), array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$p}wc_orders WHERE parent_order_id = %d AND type = 'shop_order_refund' ORDER BY id", $id ) ) ) );
	$in    = implode( ',', $ids );
	$rows  = static fn( string $sql ) => $wpdb->get_results( $sql, ARRAY_A );
	$order = wc_get_order( $id );
	return array(
		'ids'         => $ids,
		't0'          => $order->get_date_created()->getTimestamp(),
		// The order of the fields WooCommerce joins into its address indexes.
		'index_keys'  => array(
			'billing'  => array_keys( $order->get_address( 'billing' ) ),
			'shipping' => array_keys( $order->get_address( 'shipping' ) ),
		),
		'posts'       => $rows( "SELECT * FROM {$wpdb->posts} WHERE ID IN ({$in}) ORDER BY ID" ),
		'orders'      => $rows( "SELECT * FROM {$p}wc_orders WHERE id IN ({$in}) ORDER BY id" ),
		'addresses'   => $rows( "SELECT * FROM {$p}wc_order_addresses WHERE order_id IN ({$in}) ORDER BY id" ),
		'operational' => $rows( "SELECT * FROM {$p}wc_order_operational_data WHERE order_id IN ({$in}) ORDER BY id" ),
		'meta'        => $rows( "SELECT * FROM {$p}wc_orders_meta WHERE order_id IN ({$in}) AND meta_key <> '" . STOREDESK_ORDERS_TEMPLATE_META . "' ORDER BY id" ),
		'items'       => $rows( "SELECT * FROM {$p}woocommerce_order_items WHERE order_id IN ({$in}) ORDER BY order_item_id" ),
		'itemmeta'    => $rows( "SELECT m.* FROM {$p}woocommerce_order_itemmeta m JOIN {$p}woocommerce_order_items i ON i.order_item_id = m.order_item_id WHERE i.order_id IN ({$in}) ORDER BY m.meta_id" ),
		'comments'    => $rows( "SELECT * FROM {$wpdb->comments} WHERE comment_post_ID IN ({$in}) ORDER BY comment_ID" ),
		'commentmeta' => $rows( "SELECT m.* FROM {$wpdb->commentmeta} m JOIN {$wpdb->comments} c ON c.comment_ID = m.comment_id WHERE c.comment_post_ID IN ({$in}) ORDER BY m.meta_id" ),
	);
}

/** A few addresses the pool shoppers live at: address_1, city, postcode, country, state. */
function storedesk_orders_addresses(): array {
	return array(
		array( 'Kastanienallee 21', 'Berlin', '10435', 'DE', '' ),
		array( '14 Rue de la République', 'Lyon', '69002', 'FR', '' ),
		array( 'Herrengasse 7', 'Graz', '8010', 'AT', '' ),
		array( '12 Camden Street Lower', 'Dublin 2', 'D02 XE80', 'IE', 'D' ),
		array( 'Calle de Alcalá 42', 'Madrid', '28014', 'ES', 'M' ),
		array( '221 Baker Street', 'London', 'NW1 6XE', 'GB', '' ),
		array( 'Prinsengracht 263', 'Amsterdam', '1016 GV', 'NL', '' ),
		array( 'Via Roma 8', 'Torino', '10121', 'IT', 'TO' ),
	);
}

/**
 * A billing phone as a shopper types it, from E.164 ("+447700012345" =>
 * "+44 7700 012345").
 *
 * @param string $e164 Number.
 */
function storedesk_orders_typed_phone( string $e164 ): string {
	return substr( $e164, 0, 3 ) . ' ' . substr( $e164, 3, 4 ) . ' ' . substr( $e164, 7 );
}

/**
 * Escaped tuple of a row's values, in its key order.
 *
 * @param array $row Column => value.
 */
function storedesk_orders_tuple( array $row ): string {
	return '(' . implode( ',', array_map( static fn( $v ) => null === $v ? 'NULL' : ( is_int( $v ) ? (string) $v : storedesk_bench_q( (string) $v ) ), $row ) ) . ')';
}

/**
 * Clones template orders for pool shoppers, 500 per transaction, ids after
 * everything there.
 *
 * @param int   $count     How many orders.
 * @param array $templates Key => storedesk_orders_read_template().
 */
function storedesk_orders_clone( int $count, array $templates ): void {
	global $wpdb;
	$p         = $wpdb->prefix;
	$next_post = (int) $wpdb->get_var( "SELECT COALESCE(MAX(ID), 0) FROM {$wpdb->posts}" ) + 1;
	$next_item = (int) $wpdb->get_var( "SELECT COALESCE(MAX(order_item_id), 0) FROM {$p}woocommerce_order_items" ) + 1;
	$next_note = (int) $wpdb->get_var( "SELECT COALESCE(MAX(comment_ID), 0) FROM {$wpdb->comments}" ) + 1;
	$names     = explode( ' ', 'Emma Liam Sofia Noah Yuki Olivia Mateo Chloe Lucas Amara Jonas Zoe Wei Aisha Ethan Isabella Mohammed Hannah Priya Oscar Lea Daniel Mia Tomas Grace Ahmet Nora Samuel Ana Jack' );
	$surnames  = explode( ' ', 'Schulz Walsh Garcia Dubois Tanaka Brown Rossi Martin Silva Nwosu Berg Kowalski Zhang Khan Miller Costa Farsi Fischer Sharma Nilsen Bernard Cohen Jensen Novak Lee Yilmaz Virtanen Adeyemi Petrovic Thompson' );
	$places    = storedesk_orders_addresses();
	// Two years of orders, every one at least four days old (a template's
	// notes and refunds come up to three days after it).
	$span  = 2 * YEAR_IN_SECONDS;
	$start = time() - $span - 4 * DAY_IN_SECONDS;
	$shift = static fn( $date, int $delta ) => null === $date || '' === $date || str_starts_with( (string) $date, '0000' ) ? $date : gmdate( 'Y-m-d H:i:s', (int) strtotime( $date . ' UTC' ) + $delta );
	for ( $done = 0; $done < $count; $done += 500 ) {
		$tables    = array_fill_keys( array( 'posts', 'orders', 'addresses', 'operational', 'meta', 'items', 'itemmeta', 'comments', 'commentmeta' ), array() );
		$batch_end = min( $count, $done + 500 );
		for ( $k = $done; $k < $batch_end; $k++ ) {
			$id    = $next_post;
			$tpl   = $templates[ storedesk_orders_template( $id ) ];
			$map   = array();
			$items = array();
			$notes = array();
			foreach ( $tpl['ids'] as $old ) {
				$map[ $old ] = $next_post++;
			}
			$delta = $start + (int) ( $span * $k / $count ) + mt_rand( 0, 3600 ) - $tpl['t0'];
			$first = $names[ mt_rand( 0, 29 ) ];
			$last  = $surnames[ mt_rand( 0, 29 ) ];
			$email = STOREDESK_ORDERS_POOL . $id . '@example.net';
			$e164  = '+49151' . str_pad( (string) $id, 8, '0', STR_PAD_LEFT );
			$place = $places[ mt_rand( 0, count( $places ) - 1 ) ];
			$addr  = array();
			foreach ( $tpl['posts'] as $row ) {
				$old                      = (int) $row['ID'];
				$row['ID']                = $map[ $old ];
				$row['post_parent']       = $map[ (int) $row['post_parent'] ] ?? $row['post_parent'];
				$row['guid']              = str_replace( 'p=' . $old, 'p=' . $map[ $old ], $row['guid'] );
				$row['post_date']         = $shift( $row['post_date'], $delta );
				$row['post_date_gmt']     = $shift( $row['post_date_gmt'], $delta );
				$row['post_modified']     = $shift( $row['post_modified'], $delta );
				$row['post_modified_gmt'] = $shift( $row['post_modified_gmt'], $delta );
				$tables['posts'][]        = $row;
			}
			foreach ( $tpl['orders'] as $row ) {
				$row['id']               = $map[ (int) $row['id'] ];
				$row['parent_order_id']  = $map[ (int) $row['parent_order_id'] ] ?? $row['parent_order_id'];
				$row['date_created_gmt'] = $shift( $row['date_created_gmt'], $delta );
				$row['date_updated_gmt'] = $shift( $row['date_updated_gmt'], $delta );
				if ( 'shop_order' === $row['type'] ) {
					$row['billing_email'] = $email;
				}
				$tables['orders'][] = $row;
			}
			foreach ( $tpl['addresses'] as $row ) {
				unset( $row['id'] );
				$row['order_id']   = $map[ (int) $row['order_id'] ];
				$row['first_name'] = $first;
				$row['last_name']  = $last;
				list( $row['address_1'], $row['city'], $row['postcode'], $row['country'], $row['state'] ) = $place;
				if ( 'billing' === $row['address_type'] ) {
					$row['email'] = $email;
					$row['phone'] = storedesk_orders_typed_phone( $e164 );
				}
				$addr[ $row['address_type'] ] = $row;
				$tables['addresses'][]        = $row;
			}
			foreach ( $tpl['operational'] as $row ) {
				unset( $row['id'] );
				$row['order_id']           = $map[ (int) $row['order_id'] ];
				$row['order_key']          = null === $row['order_key'] ? null : 'wc_order_' . substr( md5( 'bench-' . $row['order_id'] ), 0, 13 );
				$row['date_paid_gmt']      = $shift( $row['date_paid_gmt'], $delta );
				$row['date_completed_gmt'] = $shift( $row['date_completed_gmt'], $delta );
				$tables['operational'][]   = $row;
			}
			foreach ( $tpl['meta'] as $row ) {
				unset( $row['id'] );
				$row['order_id'] = $map[ (int) $row['order_id'] ];
				if ( OrderPhones::META === $row['meta_key'] ) {
					$row['meta_value'] = $e164;
				} elseif ( '_billing_address_index' === $row['meta_key'] || '_shipping_address_index' === $row['meta_key'] ) {
					$type              = '_billing_address_index' === $row['meta_key'] ? 'billing' : 'shipping';
					$row['meta_value'] = implode( ' ', array_map( static fn( $f ) => (string) ( $addr[ $type ][ $f ] ?? '' ), $tpl['index_keys'][ $type ] ) );
				} elseif ( Tracking::META === $row['meta_key'] ) {
					$shipments = (array) maybe_unserialize( $row['meta_value'] );
					foreach ( $shipments as &$shipment ) {
						$shipment['tracking_number'] = 'JD' . str_pad( (string) $id, 12, '0', STR_PAD_LEFT );
						$shipment['date_shipped']    = (int) $shipment['date_shipped'] + $delta;
						$shipment['tracking_id']     = md5( 'bench-' . $id );
					}
					unset( $shipment );
					$row['meta_value'] = maybe_serialize( $shipments );
				}
				$tables['meta'][] = $row;
			}
			foreach ( $tpl['items'] as $row ) {
				$items[ (int) $row['order_item_id'] ] = $next_item;
				$row['order_item_id']                 = $next_item++;
				$row['order_id']                      = $map[ (int) $row['order_id'] ];
				$tables['items'][]                    = $row;
			}
			foreach ( $tpl['itemmeta'] as $row ) {
				unset( $row['meta_id'] );
				$row['order_item_id'] = $items[ (int) $row['order_item_id'] ];
				if ( '_refunded_item_id' === $row['meta_key'] ) {
					$row['meta_value'] = (string) ( $items[ (int) $row['meta_value'] ] ?? $row['meta_value'] );
				}
				$tables['itemmeta'][] = $row;
			}
			foreach ( $tpl['comments'] as $row ) {
				$notes[ (int) $row['comment_ID'] ] = $next_note;
				$row['comment_ID']                 = $next_note++;
				$row['comment_post_ID']            = $map[ (int) $row['comment_post_ID'] ];
				$row['comment_date']               = $shift( $row['comment_date'], $delta );
				$row['comment_date_gmt']           = $shift( $row['comment_date_gmt'], $delta );
				$tables['comments'][]              = $row;
			}
			foreach ( $tpl['commentmeta'] as $row ) {
				unset( $row['meta_id'] );
				$row['comment_id']       = $notes[ (int) $row['comment_id'] ];
				$tables['commentmeta'][] = $row;
			}
		}
		$names_of = array(
			'posts'       => $wpdb->posts,
			'orders'      => "{$p}wc_orders",
			'addresses'   => "{$p}wc_order_addresses",
			'operational' => "{$p}wc_order_operational_data",
			'meta'        => "{$p}wc_orders_meta",
			'items'       => "{$p}woocommerce_order_items",
			'itemmeta'    => "{$p}woocommerce_order_itemmeta",
			'comments'    => $wpdb->comments,
			'commentmeta' => $wpdb->commentmeta,
		);
		storedesk_bench_exec( 'START TRANSACTION' );
		foreach ( $tables as $name => $rows ) {
			if ( $rows ) {
				storedesk_bench_insert( $names_of[ $name ], '`' . implode( '`,`', array_keys( $rows[0] ) ) . '`', array_map( 'storedesk_orders_tuple', $rows ) );
			}
		}
		storedesk_bench_exec( 'COMMIT' );
		storedesk_bench_progress( 'orders', $batch_end, $count );
	}
}

/**
 * How many orders a buyer places: mostly one to five.
 */
function storedesk_orders_how_many(): int {
	$r = mt_rand( 1, 100 );
	return $r <= 35 ? 1 : ( $r <= 60 ? 2 : ( $r <= 78 ? 3 : ( $r <= 90 ? 4 : 5 ) ) );
}

/**
 * Hands pool orders to the contacts after $state['upto']: picks the buyers
 * (the heavy ones on the first run), makes the accounts, rewrites each
 * order's customer, billing email, names, phone and address indexes.
 *
 * @param array $state See STOREDESK_ORDERS_STATE.
 * @return array The state, and 'buyers' and 'accounts' made.
 */
function storedesk_orders_assign( array $state ): array {
	global $wpdb;
	$p = $wpdb->prefix;
	// seed-bulk.php's contacts only, not the shoppers and mailers the bench's own requests add.
	$contacts = $wpdb->get_results( $wpdb->prepare( 'SELECT id, name, email, phone FROM ' . Schema::table( 'contacts' ) . ' WHERE id > %d AND merged_into = 0 AND email LIKE %s ORDER BY id', $state['upto'], 'customer%' . $wpdb->esc_like( '@example.test' ) ), OBJECT_K );
	if ( ! $contacts ) {
		return array_merge(
			$state,
			array(
				'buyers'   => 0,
				'accounts' => 0,
			)
		);
	}
	$pool = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$p}wc_orders WHERE type = 'shop_order' AND customer_id = 0 AND billing_email LIKE %s ORDER BY id", $wpdb->esc_like( STOREDESK_ORDERS_POOL ) . '%' ) ) );
	mt_srand( 7 + (int) $state['upto'] );
	shuffle( $pool );
	$plan = array(); // contact id => [orders, account?, guest orders first].
	if ( ! $state['upto'] ) {
		// The heavy buyers write in the most: each has tickets to open the panel from.
		$busy = array_map(
			'intval',
			$wpdb->get_col( 'SELECT contact_id FROM ' . Schema::table( 'ticket_index' ) . ' WHERE contact_id > 0 GROUP BY contact_id HAVING MAX(message_count) < 50 ORDER BY COUNT(*) DESC, contact_id LIMIT 200' )
		);
		$busy = array_values( array_filter( $busy, static fn( $id ) => isset( $contacts[ $id ] ) ) );
		if ( count( $busy ) < 8 ) {
			fwrite( STDERR, "seed-orders: too few contacts with tickets to pick the panel's buyers.\n" );
			exit( 1 );
		}
		$phoned                        = array_values( array_filter( $busy, static fn( $id ) => null !== $contacts[ $id ]->phone ) );
		$state['heavy']                = $busy[0];
		$state['heavy_guest']          = $phoned[0] === $busy[0] ? $phoned[1] : $phoned[0];
		$state['typical']              = end( $phoned );
		$plan[ $busy[0] ]              = array( 200, true, 15 );
		$plan[ $state['heavy_guest'] ] = array( 150, false, 0 );
		$plan[ $state['typical'] ]     = array( 3, false, 0 );
		$medium                        = array_slice( array_values( array_diff( $busy, array_keys( $plan ) ) ), 0, 5 );
		foreach ( $medium as $i => $id ) {
			$plan[ $id ] = array( mt_rand( 20, 50 ), $i < 2, 0 );
		}
	}
	$fixed  = array_sum( array_column( $plan, 0 ) );
	$others = array_diff( array_keys( $contacts ), array_keys( $plan ) );
	// Half the contacts buy, fewer when the pool runs short; some of the pool stays with shoppers who never write.
	$share = min( 0.5, max( 0, count( $pool ) - $fixed ) * 0.85 / ( 2.37 * max( 1, count( $others ) ) ) );
	foreach ( $others as $id ) {
		if ( mt_rand() / mt_getrandmax() < $share ) {
			$n           = storedesk_orders_how_many();
			$account     = 0 === mt_rand( 0, 3 );
			$plan[ $id ] = array( $n, $account, $account && $n >= 2 && mt_rand( 0, 9 ) < 3 ? 1 : 0 );
		}
	}
	$dates = array();
	foreach ( array_chunk( $pool, 5000 ) as $chunk ) {
		foreach ( $wpdb->get_results( "SELECT id, date_created_gmt FROM {$p}wc_orders WHERE id IN (" . implode( ',', $chunk ) . ')' ) as $row ) {
			$dates[ (int) $row->id ] = (string) $row->date_created_gmt;
		}
	}
	$next_user = (int) $wpdb->get_var( "SELECT COALESCE(MAX(ID), 0) FROM {$wpdb->users}" ) + 1;
	$pass      = wp_hash_password( 'password' );
	$users     = array();
	$usermeta  = array();
	$links     = array();
	$owners    = array();
	$buyers    = 0;
	foreach ( $plan as $cid => list( $n, $account, $guest_first ) ) {
		$mine = array_splice( $pool, 0, $n );
		if ( ! $mine ) {
			break;
		}
		++$buyers;
		usort( $mine, static fn( $a, $b ) => strcmp( $dates[ $a ], $dates[ $b ] ) );
		$contact              = $contacts[ $cid ];
		list( $first, $last ) = array_pad( explode( ' ', (string) $contact->name, 2 ), 2, '' );
		$e164                 = $contact->phone ? Identity::phone( (string) $contact->phone ) : null;
		$e164                 = $e164 ? $e164 : '+49152' . str_pad( (string) $cid, 8, '0', STR_PAD_LEFT );
		$uid                  = 0;
		if ( $account ) {
			$uid        = $next_user++;
			$login      = 'bench_customer_' . $cid;
			$registered = gmdate( 'Y-m-d H:i:s', (int) strtotime( $dates[ $mine[ min( $guest_first, count( $mine ) - 1 ) ] ] . ' UTC' ) - HOUR_IN_SECONDS );
			$users[]    = '(' . implode( ',', array( $uid, storedesk_bench_q( $login ), storedesk_bench_q( $pass ), storedesk_bench_q( $login ), storedesk_bench_q( $contact->email ), "''", storedesk_bench_q( $registered ), "''", '0', storedesk_bench_q( $contact->name ) ) ) . ')';
			$meta       = array(
				'nickname'                     => $login,
				'first_name'                   => $first,
				'last_name'                    => $last,
				'rich_editing'                 => 'true',
				'syntax_highlighting'          => 'true',
				'comment_shortcuts'            => 'false',
				'admin_color'                  => 'fresh',
				'use_ssl'                      => '0',
				'show_admin_bar_front'         => 'true',
				'locale'                       => '',
				$wpdb->prefix . 'capabilities' => serialize( array( 'customer' => true ) ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- as WordPress stores roles.
				$wpdb->prefix . 'user_level'   => '0',
				'storedesk_verified_email'     => strtolower( (string) $contact->email ),
				'billing_first_name'           => $first,
				'billing_last_name'            => $last,
				'billing_email'                => (string) $contact->email,
				'billing_phone'                => storedesk_orders_typed_phone( $e164 ),
				'paying_customer'              => '1',
			);
			foreach ( $meta as $key => $value ) {
				$usermeta[] = "({$uid}," . storedesk_bench_q( $key ) . ',' . storedesk_bench_q( $value ) . ')';
			}
			$links[] = "({$cid},{$uid})";
		}
		foreach ( $mine as $i => $order_id ) {
			$owners[] = '(' . implode( ',', array( $order_id, $i < $guest_first ? 0 : $uid, storedesk_bench_q( $contact->email ), storedesk_bench_q( $first ), storedesk_bench_q( $last ), storedesk_bench_q( storedesk_orders_typed_phone( $e164 ) ), storedesk_bench_q( $e164 ) ) ) . ')';
		}
	}
	$addresses = "{$p}wc_order_addresses";
	$index     = static function ( string $type ) use ( $p ): string {
		// As WooCommerce joins them (OrdersTableDataStore::update_address_index_meta()).
		$fields = array( 'first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country' );
		$fields = array_merge( $fields, 'billing' === $type ? array( 'email', 'phone' ) : array( 'phone' ) );
		$join   = implode( ', ', array_map( static fn( $f ) => "COALESCE(a.{$f}, '')", $fields ) );
		return "UPDATE {$p}wc_orders_meta m JOIN sd_owner w ON w.order_id = m.order_id JOIN {$p}wc_order_addresses a ON a.order_id = m.order_id AND a.address_type = '{$type}' SET m.meta_value = CONCAT_WS(' ', {$join}) WHERE m.meta_key = '_{$type}_address_index'";
	};
	storedesk_bench_exec( 'CREATE TEMPORARY TABLE IF NOT EXISTS sd_owner (order_id bigint unsigned PRIMARY KEY, customer_id bigint unsigned, email varchar(320), first_name varchar(100), last_name varchar(100), phone varchar(100), e164 varchar(32))' );
	storedesk_bench_exec( 'CREATE TEMPORARY TABLE IF NOT EXISTS sd_account (contact_id bigint unsigned PRIMARY KEY, user_id bigint unsigned)' );
	storedesk_bench_exec( 'START TRANSACTION' );
	if ( $users ) {
		storedesk_bench_insert( $wpdb->users, 'ID,user_login,user_pass,user_nicename,user_email,user_url,user_registered,user_activation_key,user_status,display_name', $users );
		storedesk_bench_insert( $wpdb->usermeta, 'user_id,meta_key,meta_value', $usermeta );
		storedesk_bench_insert( 'sd_account', 'contact_id,user_id', $links );
		storedesk_bench_exec( 'UPDATE ' . Schema::table( 'contacts' ) . " c JOIN sd_account l ON l.contact_id = c.id SET c.user_id = l.user_id, c.user_proof = 'verified_email'" );
	}
	if ( $owners ) {
		storedesk_bench_insert( 'sd_owner', 'order_id,customer_id,email,first_name,last_name,phone,e164', $owners );
		storedesk_bench_exec( "UPDATE {$p}wc_orders o JOIN sd_owner w ON w.order_id = o.id SET o.customer_id = w.customer_id, o.billing_email = w.email" );
		storedesk_bench_exec( "UPDATE {$addresses} a JOIN sd_owner w ON w.order_id = a.order_id SET a.first_name = w.first_name, a.last_name = w.last_name, a.email = IF(a.address_type = 'billing', w.email, a.email), a.phone = IF(a.address_type = 'billing', w.phone, a.phone)" );
		storedesk_bench_exec( "UPDATE {$p}wc_orders_meta m JOIN sd_owner w ON w.order_id = m.order_id SET m.meta_value = w.e164 WHERE m.meta_key = '" . OrderPhones::META . "'" );
		storedesk_bench_exec( $index( 'billing' ) );
		storedesk_bench_exec( $index( 'shipping' ) );
	}
	$state['upto'] = max( array_keys( $contacts ) );
	update_option( STOREDESK_ORDERS_STATE, $state, false );
	storedesk_bench_exec( 'COMMIT' );
	storedesk_bench_exec( 'DROP TEMPORARY TABLE sd_owner' );
	storedesk_bench_exec( 'DROP TEMPORARY TABLE sd_account' );
	return array_merge(
		$state,
		array(
			'buyers'   => $buyers,
			'accounts' => count( $users ),
		)
	);
}

/**
 * Each buyer's orders, oldest first: contact id => [id, created (timestamp), status without wc-, template].
 */
function storedesk_orders_by_contact(): array {
	global $wpdb;
	$p     = $wpdb->prefix;
	$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT id, billing_email, status, date_created_gmt FROM {$p}wc_orders WHERE type = 'shop_order' AND billing_email NOT LIKE %s AND billing_email <> %s ORDER BY date_created_gmt, id", $wpdb->esc_like( STOREDESK_ORDERS_POOL ) . '%', STOREDESK_ORDERS_TEMPLATE_EMAIL ) );
	$by    = array();
	$email = array();
	foreach ( array_chunk( array_values( array_unique( wp_list_pluck( $rows, 'billing_email' ) ) ), 1000 ) as $chunk ) {
		foreach ( $wpdb->get_results( 'SELECT id, email FROM ' . Schema::table( 'contacts' ) . " WHERE email IN ('" . implode( "','", array_map( 'esc_sql', $chunk ) ) . "')" ) as $c ) {
			$email[ strtolower( (string) $c->email ) ] = (int) $c->id;
		}
	}
	foreach ( $rows as $row ) {
		$cid = $email[ strtolower( (string) $row->billing_email ) ] ?? 0;
		if ( $cid ) {
			$by[ $cid ][] = array( (int) $row->id, (int) strtotime( $row->date_created_gmt . ' UTC' ), substr( (string) preg_replace( '/^wc-/', '', (string) $row->status ), 0, 20 ), storedesk_orders_template( (int) $row->id ) );
		}
	}
	return $by;
}

/**
 * Links tickets to their customer's orders, in the index and in the post
 * meta (the source of truth): first the panel's tickets, then others up to
 * the share asked for. Long threads (the "ticket view" scenario's) stay
 * unlinked, so that scenario reads the same with and without orders.
 *
 * @param array $state  See STOREDESK_ORDERS_STATE.
 * @param float $linked Percent of the tickets to link.
 * @return array The state, and 'linked' now.
 */
function storedesk_orders_link( array $state, float $linked ): array {
	global $wpdb;
	$index  = Schema::table( 'ticket_index' );
	$orders = storedesk_orders_by_contact();
	$links  = array(); // ticket id => [order id, status].
	$pick   = static function ( array $mine, int $created ): array {
		// The last order before the ticket, else the first after it.
		$best = $mine[0];
		foreach ( $mine as $order ) {
			if ( $order[1] <= $created ) {
				$best = $order;
			}
		}
		return $best;
	};
	foreach ( array( 'heavy', 'heavy_guest', 'typical' ) as $who ) {
		$cid = (int) ( $state[ $who ] ?? 0 );
		if ( ! $cid || ! empty( $state['tickets'][ $who ] ) || empty( $orders[ $cid ] ) ) {
			continue;
		}
		$ticket = (int) $wpdb->get_var( $wpdb->prepare( "SELECT ticket_id FROM {$index} WHERE contact_id = %d AND message_count < 50 ORDER BY ticket_id DESC LIMIT 1", $cid ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		// The heavy buyer's ticket is about their newest order with the most in it: lines, a refund, notes.
		$rich  = array_values( array_filter( $orders[ $cid ], static fn( $o ) => 'completed-refund' === $o[3] ) );
		$order = 'heavy' === $who && $rich ? end( $rich ) : end( $orders[ $cid ] );
		if ( $ticket ) {
			$links[ $ticket ]           = array( $order[0], $order[2] );
			$state['tickets'][ $who ]   = $ticket;
			$state['orders_of'][ $who ] = count( $orders[ $cid ] );
		}
	}
	$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$index}" );
	$have  = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$index} WHERE order_id > 0" ) + count( $links );
	$want  = (int) round( $total * $linked / 100 ) - $have;
	if ( $want > 0 ) {
		$candidates = array();
		foreach ( array_chunk( array_keys( $orders ), 1000 ) as $chunk ) {
			foreach ( $wpdb->get_results( "SELECT ticket_id, contact_id, created_at FROM {$index} WHERE order_id = 0 AND message_count < 50 AND contact_id IN (" . implode( ',', $chunk ) . ')' ) as $row ) {
				if ( ! isset( $links[ (int) $row->ticket_id ] ) ) {
					$candidates[] = $row;
				}
			}
		}
		mt_srand( $total );
		shuffle( $candidates );
		foreach ( array_slice( $candidates, 0, $want ) as $row ) {
			$order                          = $pick( $orders[ (int) $row->contact_id ], (int) strtotime( $row->created_at . ' UTC' ) );
			$links[ (int) $row->ticket_id ] = array( $order[0], $order[2] );
		}
	}
	storedesk_bench_exec( 'CREATE TEMPORARY TABLE IF NOT EXISTS sd_link (ticket_id bigint unsigned PRIMARY KEY, order_id bigint unsigned, status varchar(20))' );
	foreach ( array_chunk( $links, 5000, true ) as $chunk ) {
		$rows = array();
		$meta = array();
		foreach ( $chunk as $ticket => list( $order, $status ) ) {
			$rows[] = "({$ticket},{$order}," . storedesk_bench_q( $status ) . ')';
			$meta[] = "({$ticket},'" . TicketMeta::KEYS['order_id'] . "','{$order}')";
			$meta[] = "({$ticket},'" . TicketMeta::KEYS['order_status'] . "'," . storedesk_bench_q( $status ) . ')';
		}
		storedesk_bench_exec( 'START TRANSACTION' );
		storedesk_bench_exec( 'DELETE FROM sd_link' );
		storedesk_bench_insert( 'sd_link', 'ticket_id,order_id,status', $rows );
		storedesk_bench_exec( "UPDATE {$index} t JOIN sd_link l ON l.ticket_id = t.ticket_id SET t.order_id = l.order_id, t.order_status = l.status" );
		storedesk_bench_exec( "DELETE m FROM {$wpdb->postmeta} m JOIN sd_link l ON l.ticket_id = m.post_id WHERE m.meta_key IN ('" . TicketMeta::KEYS['order_id'] . "','" . TicketMeta::KEYS['order_status'] . "')" );
		storedesk_bench_insert( $wpdb->postmeta, 'post_id,meta_key,meta_value', $meta );
		storedesk_bench_exec( 'COMMIT' );
	}
	storedesk_bench_exec( 'DROP TEMPORARY TABLE sd_link' );
	update_option( STOREDESK_ORDERS_STATE, array_diff_key( $state, array_flip( array( 'buyers', 'accounts' ) ) ), false );
	return array_merge( $state, array( 'linked' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$index} WHERE order_id > 0" ) ) );
}

/**
 * Whether WooCommerce reads what was written: a cloned order of every
 * template in full, and the queries the customer panel makes find each
 * panel buyer's orders. Returns the problems found.
 *
 * @param array $state See STOREDESK_ORDERS_STATE.
 */
function storedesk_orders_verify( array $state ): array {
	global $wpdb;
	$p        = $wpdb->prefix;
	$problems = array();
	$seen     = array();
	foreach ( $wpdb->get_col( "SELECT id FROM {$p}wc_orders WHERE type = 'shop_order' ORDER BY id DESC LIMIT 400" ) as $id ) {
		$key = storedesk_orders_template( (int) $id );
		if ( isset( $seen[ $key ] ) ) {
			continue;
		}
		$seen[ $key ] = true;
		$def          = storedesk_orders_templates()[ $key ];
		$order        = wc_get_order( (int) $id );
		if ( ! $order instanceof WC_Order ) {
			$problems[] = "order {$id} does not load";
			continue;
		}
		$lines = array();
		foreach ( $order->get_items() as $item ) {
			$lines[] = $item->get_quantity();
		}
		$paid = (float) $order->get_total() - (float) $order->get_shipping_total();
		$sum  = (float) $order->get_subtotal();
		if ( $order->get_status() !== $def['status'] || array_values( $def['lines'] ) !== $lines || abs( $paid - $sum ) > 0.01 || ! $order->get_billing_email() || ! $order->get_date_created() || ! $order->get_order_key() ) {
			$problems[] = "order {$id} ({$key}) reads wrong: " . $order->get_status() . ', ' . wp_json_encode( $lines ) . ", total {$order->get_total()}";
		}
		if ( isset( $def['refund'] ) && ( ! $order->get_refunds() || (float) $order->get_total_refunded() <= 0 ) ) {
			$problems[] = "order {$id} ({$key}) has lost its refund";
		}
		if ( isset( $def['tracking'] ) && ! str_starts_with( (string) ( $order->get_meta( Tracking::META )[0]['tracking_number'] ?? '' ), 'JD' ) ) {
			$problems[] = "order {$id} ({$key}) has no tracking of its own";
		}
		if ( isset( $def['note'] ) && ! wc_get_order_notes(
			array(
				'order_id' => (int) $id,
				'type'     => 'customer',
			)
		) ) {
			$problems[] = "order {$id} ({$key}) has lost its note to the customer";
		}
	}
	$find     = static fn( array $args ) => count(
		wc_get_orders(
			$args + array(
				'type'   => 'shop_order',
				'limit'  => -1,
				'return' => 'ids',
				'status' => array_keys( wc_get_order_statuses() ),
			)
		)
	);
	$contacts = Schema::table( 'contacts' );
	foreach ( array( 'heavy', 'heavy_guest', 'typical' ) as $who ) {
		$contact = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$contacts} WHERE id = %d", (int) ( $state[ $who ] ?? 0 ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! $contact ) {
			$problems[] = "no {$who} buyer";
			continue;
		}
		$account = (int) $contact->user_id ? $find( array( 'customer_id' => (int) $contact->user_id ) ) : 0;
		$guest   = $find(
			array(
				'customer_id'   => 0,
				'billing_email' => (string) $contact->email,
			)
		);
		$phone   = $contact->phone ? $find( array( 'customer_id' => 0 ) + OrderPhones::query( array( (string) Identity::phone( (string) $contact->phone ) ) ) ) : $guest;
		$want    = array(
			'heavy'       => array( 185, 15 ),
			'heavy_guest' => array( 0, 150 ),
			'typical'     => array( 0, 3 ),
		)[ $who ];
		if ( array( $account, $guest ) !== $want || $phone !== $guest || ( $want[0] && 'verified_email' !== $contact->user_proof ) ) {
			$problems[] = "{$who} buyer's orders found: {$account} on the account, {$guest} by billing email, {$phone} by phone; expected {$want[0]}, {$want[1]}, {$want[1]}";
		}
		$ticket = (int) ( $state['tickets'][ $who ] ?? 0 );
		$linked = $ticket ? (int) $wpdb->get_var( $wpdb->prepare( 'SELECT order_id FROM ' . Schema::table( 'ticket_index' ) . ' WHERE ticket_id = %d', $ticket ) ) : 0; // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( ! $linked || (int) get_post_meta( $ticket, TicketMeta::KEYS['order_id'], true ) !== $linked ) {
			$problems[] = "{$who} buyer's ticket {$ticket} is not linked";
		}
	}
	return $problems;
}

// The products and templates, through WooCommerce.
$storedesk_products  = storedesk_orders_products();
$storedesk_templates = array();
foreach ( storedesk_orders_templates() as $storedesk_key => $storedesk_def ) {
	$storedesk_found                       = wc_get_orders(
		array(
			'type'       => 'shop_order',
			'limit'      => 1,
			'return'     => 'ids',
			'status'     => array_keys( wc_get_order_statuses() ),
			'meta_query' => array(
				array(
					'key'   => STOREDESK_ORDERS_TEMPLATE_META,
					'value' => $storedesk_key,
				),
			),
		)
	);
	$storedesk_id                          = $storedesk_found ? (int) $storedesk_found[0] : storedesk_orders_make_template( $storedesk_key, $storedesk_def, $storedesk_products );
	$storedesk_templates[ $storedesk_key ] = storedesk_orders_read_template( $storedesk_id );
}

// The clones, up to the count asked for.
$storedesk_have   = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}wc_orders WHERE type = 'shop_order'" );
$storedesk_cloned = max( 0, $storedesk_target - $storedesk_have );
if ( $storedesk_cloned ) {
	storedesk_orders_clone( $storedesk_cloned, $storedesk_templates );
}
$storedesk_cloned_at = microtime( true );

// Their buyers, and the tickets about them.
$storedesk_state = array_diff_key( (array) get_option( STOREDESK_ORDERS_STATE, array() ), array_flip( array( 'buyers', 'accounts' ) ) ) + array(
	'upto'        => 0,
	'heavy'       => 0,
	'heavy_guest' => 0,
	'typical'     => 0,
	'tickets'     => array(),
	'orders_of'   => array(),
);
$storedesk_state = storedesk_orders_assign( $storedesk_state );
$storedesk_state = storedesk_orders_link( $storedesk_state, $storedesk_linked );

// WooCommerce's per-customer totals (cached in user meta) and object caches start afresh.
$wpdb->query( "DELETE FROM {$wpdb->usermeta} WHERE meta_key IN ('wc_order_count', 'wc_money_spent', 'wc_last_order', '_order_count', '_money_spent', '_last_order')" );
wp_cache_flush();
if ( $storedesk_cloned || $storedesk_state['buyers'] ) {
	foreach ( array( 'wc_orders', 'wc_order_addresses', 'wc_order_operational_data', 'wc_orders_meta', 'woocommerce_order_items', 'woocommerce_order_itemmeta', 'users', 'usermeta', 'posts', 'postmeta', 'comments', 'commentmeta' ) as $storedesk_t ) {
		$wpdb->query( "ANALYZE TABLE {$wpdb->prefix}{$storedesk_t}" );
	}
	foreach ( array( 'contacts', 'ticket_index' ) as $storedesk_t ) {
		$wpdb->query( 'ANALYZE TABLE ' . Schema::table( $storedesk_t ) );
	}
	storedesk_bench_settle();
}
$storedesk_problems = storedesk_orders_verify( $storedesk_state );
foreach ( $storedesk_problems as $storedesk_problem ) {
	fwrite( STDERR, "seed-orders: {$storedesk_problem}\n" );
}
echo wp_json_encode(
	array(
		'seconds'       => round( microtime( true ) - $storedesk_started, 1 ),
		'clone_seconds' => round( $storedesk_cloned_at - $storedesk_started, 1 ),
		'cloned'        => $storedesk_cloned,
		'orders'        => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}wc_orders WHERE type = 'shop_order'" ),
		'buyers'        => $storedesk_state['buyers'],
		'accounts'      => $storedesk_state['accounts'],
		'linked'        => $storedesk_state['linked'],
		'panel_tickets' => $storedesk_state['tickets'],
		'panel_orders'  => $storedesk_state['orders_of'],
		'verified'      => ! $storedesk_problems,
	)
) . "\n";
exit( $storedesk_problems ? 1 : 0 );
