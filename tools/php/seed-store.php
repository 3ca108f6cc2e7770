<?php
/**
 * Makes the demo site a store: categories, products with pictures drawn
 * here (the machines have no internet and git holds no binaries), shipping
 * and payment methods, accounts for five of seed-demo.php's customers and
 * guest orders for three more, orders over the last 60 days in every
 * status (real refunds, shipment tracking, notes), and conversations tied
 * to those orders: demo tickets that are about an order get it linked, and
 * four new ones name their order's real number.
 *
 * Orders go through WooCommerce's CRUD only, so they land in whichever
 * order storage the store uses (HPOS or posts).
 *
 * Idempotent: once the option storedesk_demo_store_seeded is set it does
 * nothing; an interrupted run resumes (terms, products, pictures, users,
 * orders and tickets each carry a key they are found by, and every step of
 * an order checks whether it was taken).
 *
 * Usage: STOREDESK_SITE=.wp/dev php tools/php/seed-store.php
 * Prints a summary, then the line `Store: {json}` (store.php).
 *
 * @package Storedesk
 */

use Storedesk\Contacts\AccountProof;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Plugin;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tickets\Tags;
use Storedesk\Tickets\TicketRepository;

// seed-demo.php loads WordPress and brings its people and helpers.
require_once __DIR__ . '/seed-demo.php';
require_once __DIR__ . '/store.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

/** Order meta holding a demo order's key. */
const STOREDESK_STORE_ORDER_META = '_storedesk_demo_order';

/** Attachment meta holding a demo picture's key. */
const STOREDESK_STORE_IMAGE_META = '_storedesk_demo_image';

// Emails about orders from weeks ago are not news: none leaves while
// seeding, and WooCommerce's are not even written (it renders a template
// for each status change).
add_filter( 'pre_wp_mail', '__return_true' );
foreach ( array_keys( $GLOBALS['wp_filter'] ) as $storedesk_hook ) {
	remove_action( $storedesk_hook, array( 'WC_Emails', 'send_transactional_email' ) );
	remove_action( $storedesk_hook, array( 'WC_Emails', 'queue_transactional_email' ) );
}

/**
 * The shoppers among seed-demo.php's people (name, email and phone come
 * from there): those with a login get a customer account, the others buy
 * as guests, found by their billing address.
 */
function storedesk_store_shoppers(): array {
	$a = static fn( string $address_1, string $city, string $postcode, string $country, string $state = '', string $company = '' ) => compact( 'address_1', 'city', 'postcode', 'country', 'state', 'company' );
	return array(
		'emma'   => array( 'emma.schulz', $a( 'Kastanienallee 21', 'Berlin', '10435', 'DE', 'DE-BE' ) ),
		'noah'   => array( 'noah.dubois', $a( '14 Rue de la République', 'Lyon', '69002', 'FR' ) ),
		'hannah' => array( 'hannah.fischer', $a( 'Herrengasse 7', 'Graz', '8010', 'AT', '', 'Café Fischer GmbH' ) ),
		'jack'   => array( 'jack.obrien', $a( '88 Hay Street', 'Perth', '6000', 'AU', 'WA', "O'Brien Homewares" ) ),
		'priya'  => array( 'priya.sharma', $a( '42 MG Road', 'Bengaluru', '560001', 'IN', 'KA' ) ),
		'ethan'  => array( '', $a( '500 Valencia Street', 'San Francisco', '94110', 'US', 'CA' ) ),
		'chloe'  => array( '', $a( '8 Rue Sainte-Catherine', 'Bordeaux', '33000', 'FR' ) ),
		'liam'   => array( '', $a( '12 Camden Street Lower', 'Dublin 2', 'D02 XE80', 'IE', 'D' ) ),
	);
}

/** Product categories by slug: name, description. */
function storedesk_store_categories(): array {
	return array(
		'bedding'  => array( 'Bedding & Textiles', 'Linen and wool for bed and sofa, washed soft.' ),
		'kitchen'  => array( 'Kitchen & Table', 'Stoneware, glass and wood for everyday meals.' ),
		'clothing' => array( 'Clothing & Shoes', 'Natural fibres and leather made to last.' ),
		'living'   => array( 'Furniture & Lighting', 'Solid oak and brass for small rooms.' ),
	);
}

/**
 * Products by key (the SKU is SD-KEY): the things the demo conversations
 * talk about. A variable product lists its options as attribute => value =>
 * [price, stock, colour of its picture or ''].
 */
function storedesk_store_products(): array {
	$p = static fn( string $name, string $category, string $price, string $sale, int $stock, string $colour, string $shape, string $text, array $options = array() ) => compact( 'name', 'category', 'price', 'sale', 'stock', 'colour', 'shape', 'text', 'options' );
	return array(
		'duvet'     => $p(
			'Linen Duvet Cover',
			'bedding',
			'89.90',
			'',
			0,
			'#c4a484',
			'stripes',
			'Stonewashed European linen with wooden buttons: cool in summer, warm in winter.',
			array(
				'Size' => array(
					'Single' => array( '69.90', 10, '' ),
					'Double' => array( '89.90', 16, '' ),
					'King'   => array( '109.90', 6, '' ),
				),
			)
		),
		'sheets'    => $p( 'Linen Sheet Set', 'bedding', '74.50', '', 18, '#d8c3a5', 'square', 'A fitted sheet and a flat sheet in washed linen that softens with every wash.' ),
		'pillow'    => $p( 'Linen Pillowcases (Pair)', 'bedding', '29.90', '24.90', 40, '#e0b1a4', 'ring', 'Two envelope pillowcases, 50 × 75 cm, to match the duvet cover.' ),
		'throw'     => $p(
			'Wool Throw',
			'bedding',
			'64.00',
			'',
			0,
			'#9caf88',
			'stripes',
			'Lambswool throw, 130 × 170 cm, woven in Portugal.',
			array(
				'Colour' => array(
					'Sage green' => array( '64.00', 12, '#9caf88' ),
					'Grey'       => array( '64.00', 9, '#8e9499' ),
				),
			)
		),
		'board'     => $p( 'Walnut Serving Board', 'kitchen', '45.00', '', 25, '#6b4f3a', 'square', 'Oiled walnut, 45 × 20 cm, for bread, cheese and everything in between.' ),
		'vase'      => $p( 'Ceramic Vase', 'kitchen', '38.50', '32.00', 12, '#d98e73', 'circle', 'Hand-thrown stoneware vase, 24 cm tall, matt glaze.' ),
		'carafe'    => $p( 'Glass Carafe Set', 'kitchen', '34.90', '', 20, '#7fb7c9', 'triangle', 'A one-litre carafe and two tumblers in mouth-blown glass.' ),
		'mug'       => $p( 'Stoneware Mug', 'kitchen', '16.90', '', 150, '#5d7b8c', 'circle', 'A 350 ml mug that keeps coffee hot; dishwasher safe.' ),
		'boots'     => $p( 'Leather Ankle Boots', 'clothing', '149.00', '129.00', 9, '#7a4b2a', 'diamond', 'Full-grain leather boots with a Goodyear-welted sole.' ),
		'jumper'    => $p( 'Merino Wool Jumper', 'clothing', '99.00', '', 14, '#2f4858', 'hexagon', 'Extra-fine merino, crew neck, knitted in one piece.' ),
		'shirt'     => $p( 'Linen Shirt', 'clothing', '59.00', '', 22, '#8fb3d1', 'square', 'Relaxed linen shirt with mother-of-pearl buttons.' ),
		'jacket'    => $p( 'Nordic Rain Jacket', 'clothing', '189.00', '', 7, '#c0392b', 'triangle', 'Fully waterproof (20,000 mm) with taped seams; true to size.' ),
		'kidsboots' => $p( "Kids' Rain Boots", 'clothing', '39.90', '34.90', 30, '#f4c430', 'diamond', 'Natural rubber boots with a warm lining, EU sizes 24 to 36.' ),
		'shelf'     => $p( 'Oak Wall Shelf (80 cm)', 'living', '79.00', '', 0, '#c8a165', 'stripes', 'Solid oak shelf with hidden brackets. Next batch in about two weeks.' ),
		'lamp'      => $p( 'Brass Table Lamp', 'living', '119.00', '', 6, '#b8860b', 'arch', 'Brushed brass with a linen shade and a dimmer on the cord.' ),
	);
}

/**
 * Orders by key: customer, days ago, final status, payment, items (product
 * key or key:option => quantity), and optionally the customer's note, notes
 * as [text, to the customer, hours after the order], shipment tracking as
 * [provider, number], a refund as [item => quantity, reason, days after the
 * order] (partial unless the status is refunded), and the demo ticket
 * (subject) it belongs to with the hours between order and ticket.
 */
function storedesk_store_orders(): array {
	return array(
		'liam-mugs'    => array( 'liam', 58, 'completed', 'bacs', array( 'mug' => 4, 'board' => 1 ), 'refund' => array( array( 'mug' => 1 ), 'One mug arrived broken; the customer kept the other three.', 6 ) ),
		'emma-jumper'  => array( 'emma', 55, 'completed', 'bacs', array( 'jumper' => 1, 'mug' => 2 ) ),
		'ethan-carafe' => array( 'ethan', 50, 'completed', 'cod', array( 'carafe' => 1 ) ),
		'hannah-cafes' => array( 'hannah', 45, 'completed', 'bacs', array( 'mug' => 24, 'carafe' => 6 ), 'note' => 'Please deliver before 10:00, the café opens at 11.' ),
		'ethan-shirt'  => array( 'ethan', 35, 'refunded', 'cod', array( 'shirt' => 1 ), 'refund' => array( array( 'shirt' => 1 ), 'Returned: too small, the customer asked for a refund.', 19 ), 'notes' => array( array( 'Return scanned at the warehouse; the refund was missed and is issued by hand now.', false, 19 * 24 ) ), 'ticket' => array( 'Refund not received', 20 * 24 ) ),
		'jack-perth'   => array( 'jack', 30, 'completed', 'bacs', array( 'board' => 3, 'sheets' => 2 ), 'note' => 'For the shop: please pack the boards separately.', 'tracking' => array( 'Australia Post', '33AB1234567801000935000' ), 'notes' => array( array( 'Packed in double-walled boxes for the long trip.', false, 40 ) ) ),
		'noah-boots'   => array( 'noah', 24, 'completed', 'cod', array( 'boots' => 1 ), 'tracking' => array( 'Colissimo', '6A12345678901' ), 'notes' => array( array( 'Exchange: size 42 came back, size 43 sent with a new tracking number.', false, 7 * 24 ) ), 'ticket' => array( 'Wrong size, can I exchange?', 5 * 24 ) ),
		'priya-throw'  => array( 'priya', 18, 'completed', 'bacs', array( 'throw:Sage green' => 1 ), 'notes' => array( array( 'Grey throw shipped instead of sage green. Replacement sent by express; the grey one comes back with a prepaid label.', false, 5 * 24 ) ), 'ticket' => array( 'Wrong item in my parcel', 4 * 24 ) ),
		'emma-jacket'  => array( 'emma', 12, 'completed', 'bacs', array( 'jacket' => 1 ), 'tracking' => array( 'DHL', '00340434161094042557' ), 'notes' => array( array( 'Your jacket is on its way with DHL; you can follow it with the tracking number in your account.', true, 49 ) ) ),
		'hannah-vases' => array( 'hannah', 8, 'processing', 'cod', array( 'vase' => 4 ) ),
		'chloe-duvet'  => array( 'chloe', 6, 'processing', 'bacs', array( 'duvet:Double' => 1, 'pillow' => 1 ), 'note' => 'A gift: please leave the invoice out of the parcel.', 'notes' => array( array( 'Pillowcases added at the customer\'s request; the difference was paid by payment link.', false, 3 ) ), 'ticket' => array( 'Can I change my order?', 1 ) ),
		'liam-boots'   => array( 'liam', 4, 'on-hold', 'bacs', array( 'boots' => 1, 'jumper' => 1 ) ),
		'emma-lamp'    => array( 'emma', 3, 'cancelled', 'bacs', array( 'lamp' => 1 ), 'notes' => array( array( 'Cancelled at the customer\'s request before payment.', false, 21 ) ) ),
		'jack-duvet'   => array( 'jack', 2, 'processing', 'bacs', array( 'duvet:King' => 2, 'pillow' => 2 ) ),
		'priya-boots'  => array( 'priya', 1, 'pending', 'bacs', array( 'kidsboots' => 1 ) ),
	);
}

/**
 * New conversations about an order, by the order's key: {order} is its
 * number, {tracking} its tracking number, {first} the customer's first
 * name, {agent} the replying agent's; the first step is the customer's.
 */
function storedesk_store_conversations(): array {
	return array(
		'hannah-cafes' => array(
			'subject' => 'Invoice for order #{order} with our VAT number',
			'channel' => 'email',
			'after'   => 30,
			'status'  => 'resolved',
			'assign'  => 'mia',
			'tags'    => array( 'Invoice', 'Wholesale' ),
			'thread'  => array(
				array( 'customer', 'Hello, could you make out the invoice for order #{order} to Café Fischer GmbH with our VAT number ATU12345678? Our accountant needs it by Friday.' ),
				array( 'reply', 'Hi {first}, done: the invoice for order #{order} now carries your company name and VAT number, and you can download it from your account. {agent}' ),
				array( 'customer', 'Perfect, thank you!' ),
			),
		),
		'jack-perth'   => array(
			'subject' => 'Tracking for order #{order}?',
			'channel' => 'form',
			'after'   => 5 * 24,
			'status'  => 'resolved',
			'assign'  => 'ben',
			'tags'    => array( 'Late delivery', 'VIP' ),
			'thread'  => array(
				array( 'customer', 'G\'day, order #{order} left your warehouse a few days ago. Is there a tracking number? It goes to my shop in Perth.' ),
				array( 'reply', 'Hi {first}, it is with Australia Post under tracking number {tracking}, and should reach Perth by Friday. {agent}' ),
			),
		),
		'liam-boots'   => array(
			'subject' => 'Paid order #{order} by bank transfer',
			'channel' => 'email',
			'after'   => 70,
			'status'  => 'open',
			'assign'  => '',
			'tags'    => array(),
			'thread'  => array(
				array( 'customer', 'Hi, I paid order #{order} by bank transfer on Monday but it still says "on hold". Could you check it came through? I would like the boots before the weekend.' ),
			),
		),
		'emma-lamp'    => array(
			'subject' => 'Please cancel order #{order}',
			'channel' => 'email',
			'after'   => 20,
			'status'  => 'resolved',
			'assign'  => 'ana',
			'tags'    => array(),
			'thread'  => array(
				array( 'customer', 'Hello, I ordered the brass table lamp yesterday (order #{order}) but my mother just gave me hers. Could you cancel the order before it ships?' ),
				array( 'reply', 'Hi {first}, no problem: order #{order} is cancelled, and since it was still awaiting payment nothing was charged. {agent}' ),
			),
		),
	);
}

/**
 * A seeded thing's key and when it would have happened, within the past.
 *
 * @param int $time Unix time.
 */
function storedesk_store_past( int $time ): int {
	return min( $time, time() - 10 * MINUTE_IN_SECONDS );
}

/**
 * A TrueType font for the pictures' captions, or '' for GD's built-in one.
 * The DejaVu fonts come with fontconfig, which php-gd pulls in on Debian.
 */
function storedesk_store_font(): string {
	$fonts = array_merge(
		array( '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' ),
		(array) glob( '/usr/share/fonts/truetype/*/*.ttf' )
	);
	foreach ( $fonts as $font ) {
		if ( is_readable( $font ) ) {
			return $font;
		}
	}
	return '';
}

/**
 * A colour of an image from #rrggbb, mixed toward white by $light (0 to 1)
 * or toward black by -$light.
 *
 * @param GdImage $img   Image.
 * @param string  $hex   Colour.
 * @param float   $light How much lighter (or, negative, darker).
 */
function storedesk_store_colour( $img, string $hex, float $light = 0.0 ): int {
	$rgb = array_map( 'hexdec', str_split( ltrim( $hex, '#' ), 2 ) );
	$to  = $light > 0 ? 255 : 0;
	$mix = static fn( int $c ) => (int) round( $c + ( $to - $c ) * abs( $light ) );
	return imagecolorallocate( $img, $mix( $rgb[0] ), $mix( $rgb[1] ), $mix( $rgb[2] ) );
}

/**
 * Draws a product's shape centred at ($x, $y) with radius $r.
 *
 * @param GdImage $img   Image.
 * @param string  $shape circle, ring, square, triangle, diamond, hexagon, stripes or arch.
 * @param int     $x     Centre.
 * @param int     $y     Centre.
 * @param int     $r     Radius.
 * @param int     $ink   Colour.
 * @param int     $bg    Background colour (for holes).
 */
function storedesk_store_shape( $img, string $shape, int $x, int $y, int $r, int $ink, int $bg ): void {
	$polygon = static function ( int $sides, float $turn ) use ( $x, $y, $r ): array {
		$points = array();
		for ( $i = 0; $i < $sides; $i++ ) {
			$a        = $turn + 2 * M_PI * $i / $sides;
			$points[] = (int) round( $x + $r * cos( $a ) );
			$points[] = (int) round( $y + $r * sin( $a ) );
		}
		return $points;
	};
	switch ( $shape ) {
		case 'ring':
			imagefilledellipse( $img, $x, $y, 2 * $r, 2 * $r, $ink );
			imagefilledellipse( $img, $x, $y, $r, $r, $bg );
			break;
		case 'square':
			imagefilledrectangle( $img, $x - $r + 40, $y - $r + 40, $x + $r - 40, $y + $r - 40, $ink );
			break;
		case 'triangle':
			imagefilledpolygon( $img, $polygon( 3, -M_PI / 2 ), $ink );
			break;
		case 'diamond':
			imagefilledpolygon( $img, $polygon( 4, -M_PI / 2 ), $ink );
			break;
		case 'hexagon':
			imagefilledpolygon( $img, $polygon( 6, 0 ), $ink );
			break;
		case 'stripes':
			for ( $i = 0; $i < 5; $i++ ) {
				$top = $y - $r + 20 + $i * (int) ( 2 * $r / 5 );
				imagefilledrectangle( $img, $x - $r, $top, $x + $r, $top + (int) ( $r / 4 ), $ink );
			}
			break;
		case 'arch':
			imagefilledarc( $img, $x, $y, 2 * $r, 2 * $r, 180, 360, $ink, IMG_ARC_PIE );
			imagefilledrectangle( $img, $x - 16, $y, $x + 16, $y + $r - 40, $ink );
			imagefilledrectangle( $img, $x - $r / 2, $y + $r - 40, $x + $r / 2, $y + $r, $ink );
			break;
		default:
			imagefilledellipse( $img, $x, $y, 2 * $r, 2 * $r, $ink );
	}
}

/**
 * Writes a caption centred at height $y.
 *
 * @param GdImage $img  Image.
 * @param string  $text Caption.
 * @param int     $y    Baseline.
 * @param int     $size Font size (points).
 * @param int     $ink  Colour.
 */
function storedesk_store_caption( $img, string $text, int $y, int $size, int $ink ): void {
	$font = storedesk_store_font();
	if ( '' !== $font ) {
		$box = imagettfbbox( $size, 0, $font, $text );
		imagettftext( $img, $size, 0, (int) ( ( imagesx( $img ) - ( $box[2] - $box[0] ) ) / 2 ), $y, $ink, $font, $text );
		return;
	}
	// GD's own font is 9 px wide and 15 high: drawn small, then enlarged.
	$small = imagecreatetruecolor( 9 * strlen( $text ), 15 );
	imagefill( $small, 0, 0, imagecolorallocate( $small, 255, 0, 255 ) );
	imagecolortransparent( $small, imagecolorallocate( $small, 255, 0, 255 ) );
	imagestring( $small, 5, 0, 0, $text, $ink );
	$scale = $size / 10;
	imagecopyresized( $img, $small, (int) ( ( imagesx( $img ) - imagesx( $small ) * $scale ) / 2 ), (int) ( $y - 15 * $scale ), 0, 0, (int) ( imagesx( $small ) * $scale ), (int) ( 15 * $scale ), imagesx( $small ), 15 );
}

/**
 * An 800 × 800 PNG: the product's shape in its colour on a pale ground,
 * with its name. Drawn at twice the size and scaled down, which smooths
 * the edges GD draws hard.
 *
 * @param string $name   Caption.
 * @param string $colour #rrggbb.
 * @param string $shape  See storedesk_store_shape().
 */
function storedesk_store_draw( string $name, string $colour, string $shape ): string {
	$big = imagecreatetruecolor( 1600, 1600 );
	$bg  = storedesk_store_colour( $big, $colour, 0.85 );
	imagefill( $big, 0, 0, $bg );
	storedesk_store_shape( $big, $shape, 820, 700, 470, storedesk_store_colour( $big, $colour, 0.6 ), $bg );
	storedesk_store_shape( $big, $shape, 800, 680, 470, storedesk_store_colour( $big, $colour ), $bg );
	storedesk_store_caption( $big, $name, 1420, 72, storedesk_store_colour( $big, $colour, -0.65 ) );
	storedesk_store_caption( $big, 'Storedesk Demo Store', 1520, 36, storedesk_store_colour( $big, $colour, -0.35 ) );
	$img = imagecreatetruecolor( 800, 800 );
	imagecopyresampled( $img, $big, 0, 0, 0, 0, 800, 800, 1600, 1600 );
	ob_start();
	imagepng( $img, null, 6 );
	return (string) ob_get_clean();
}

/**
 * A picture in the media library, drawn and imported once per key.
 *
 * @param string $key    Picture key.
 * @param string $name   Caption and title.
 * @param string $colour #rrggbb.
 * @param string $shape  See storedesk_store_shape().
 */
function storedesk_store_picture( string $key, string $name, string $colour, string $shape ): int {
	$found = get_posts(
		array(
			'post_type'   => 'attachment',
			'post_status' => 'inherit',
			'meta_key'    => STOREDESK_STORE_IMAGE_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- once per picture, while seeding.
			'meta_value'  => $key, // phpcs:ignore WordPress.DB.SlowDBQuery
			'fields'      => 'ids',
			'numberposts' => 1,
		)
	);
	$id    = $found ? (int) $found[0] : storedesk_store_import( $key, $name, storedesk_store_draw( $name, $colour, $shape ) );
	// Also for a picture a stopped run imported without its sizes.
	if ( ! wp_get_attachment_metadata( $id ) ) {
		wp_update_attachment_metadata( $id, wp_generate_attachment_metadata( $id, get_attached_file( $id ) ) );
	}
	return $id;
}

/**
 * Puts a PNG in the uploads and the media library, carrying its key from
 * the start so that a stopped run never leaves one nobody finds.
 *
 * @param string $key  Picture key.
 * @param string $name Title and alternative text.
 * @param string $png  Image.
 */
function storedesk_store_import( string $key, string $name, string $png ): int {
	$upload = wp_upload_bits( "demo-{$key}.png", null, $png );
	if ( $upload['error'] ) {
		storedesk_demo_check( new WP_Error( 'storedesk_upload', $upload['error'] ), "picture {$key}" );
	}
	return storedesk_demo_check(
		wp_insert_attachment(
			array(
				'post_mime_type' => 'image/png',
				'post_title'     => $name,
				'post_status'    => 'inherit',
				'meta_input'     => array(
					STOREDESK_STORE_IMAGE_META => $key,
					'_wp_attachment_image_alt' => $name,
				),
			),
			$upload['file'],
			0,
			true
		),
		"picture {$key}"
	);
}

/**
 * The product categories, made once; returns slug => term id.
 */
function storedesk_store_make_categories(): array {
	$ids = array();
	foreach ( storedesk_store_categories() as $slug => list( $name, $description ) ) {
		$term         = get_term_by( 'slug', $slug, 'product_cat' );
		$ids[ $slug ] = $term ? (int) $term->term_id : (int) storedesk_demo_check(
			wp_insert_term(
				$name,
				'product_cat',
				array(
					'slug'        => $slug,
					'description' => $description,
				)
			),
			"category {$name}"
		)['term_id'];
	}
	return $ids;
}

/**
 * A simple or variable product, made once (found by SKU); returns its id.
 *
 * @param string $key        Product key.
 * @param array  $def        See storedesk_store_products().
 * @param array  $categories Slug => term id.
 */
function storedesk_store_product( string $key, array $def, array $categories ): int {
	$sku   = 'SD-' . strtoupper( $key );
	$found = wc_get_product_id_by_sku( $sku );
	if ( $found ) {
		// A stopped run may have saved a variable product before its variations.
		storedesk_store_variations( wc_get_product( $found ), $def );
		return $found;
	}
	$product = $def['options'] ? new WC_Product_Variable() : new WC_Product_Simple();
	$product->set_props(
		array(
			'name'              => $def['name'],
			'sku'               => $sku,
			'status'            => 'publish',
			'description'       => $def['text'],
			'short_description' => $def['text'],
			'category_ids'      => array( $categories[ $def['category'] ] ),
			'image_id'          => storedesk_store_picture( $key, $def['name'], $def['colour'], $def['shape'] ),
			'featured'          => in_array( $key, array( 'duvet', 'jacket', 'lamp' ), true ),
		)
	);
	if ( ! $def['options'] ) {
		$product->set_props(
			array(
				'regular_price'  => $def['price'],
				'sale_price'     => $def['sale'],
				'manage_stock'   => true,
				'stock_quantity' => $def['stock'],
			)
		);
	}
	$attributes = array();
	foreach ( $def['options'] as $name => $values ) {
		$attribute = new WC_Product_Attribute();
		$attribute->set_name( $name );
		$attribute->set_options( array_keys( $values ) );
		$attribute->set_visible( true );
		$attribute->set_variation( true );
		$attributes[] = $attribute;
	}
	$product->set_attributes( $attributes );
	$id = $product->save();
	storedesk_store_variations( $product, $def );
	return $id;
}

/**
 * A variable product's variations, one per option (those not made yet),
 * each with its price and stock, and a picture of its own when its colour
 * differs.
 *
 * @param WC_Product $product Variable product.
 * @param array      $def     See storedesk_store_products().
 */
function storedesk_store_variations( WC_Product $product, array $def ): void {
	foreach ( $def['options'] as $name => $values ) {
		foreach ( $values as $value => list( $price, $stock, $colour ) ) {
			$sku = $product->get_sku() . '-' . strtoupper( sanitize_title( $value ) );
			if ( wc_get_product_id_by_sku( $sku ) ) {
				continue;
			}
			$variation = new WC_Product_Variation();
			$variation->set_props(
				array(
					'parent_id'      => $product->get_id(),
					'sku'            => $sku,
					'regular_price'  => $price,
					'manage_stock'   => true,
					'stock_quantity' => $stock,
					'attributes'     => array( sanitize_title( $name ) => $value ),
					'image_id'       => $colour ? storedesk_store_picture( strtolower( $sku ), "{$def['name']} – {$value}", $colour, $def['shape'] ) : 0,
				)
			);
			$variation->save();
		}
	}
	WC_Product_Variable::sync( $product->get_id() );
}

/**
 * The product an order line names: a key, or key:option for a variation.
 *
 * @param string $line     Order line key.
 * @param array  $products Product key => id.
 */
function storedesk_store_line_product( string $line, array $products ): WC_Product {
	list( $key, $option ) = array_pad( explode( ':', $line, 2 ), 2, '' );
	$product              = wc_get_product( $products[ $key ] );
	foreach ( $option ? $product->get_children() : array() as $child ) {
		$variation = wc_get_product( $child );
		if ( in_array( $option, $variation->get_attributes(), true ) ) {
			return $variation;
		}
	}
	return $product;
}

/**
 * A customer account for a shopper, made once through WooCommerce (role
 * customer, billing and shipping address), and their demo contact linked
 * to it as proven: the customer signed in sees their conversations, and
 * agents see their orders.
 *
 * @param string                           $login   Username.
 * @param array                            $person  From storedesk_demo_people().
 * @param array                            $address See storedesk_store_shoppers().
 * @param \Storedesk\Contacts\Contact|null $contact Demo contact, if any.
 */
function storedesk_store_customer( string $login, array $person, array $address, $contact ): int {
	$user = get_user_by( 'email', $person['email'] );
	if ( ! $user ) {
		list( $first, $last ) = array_pad( explode( ' ', $person['name'], 2 ), 2, '' );
		$customer             = new WC_Customer();
		$customer->set_props(
			array(
				'username'     => $login,
				'email'        => $person['email'],
				'password'     => 'password',
				'first_name'   => $first,
				'last_name'    => $last,
				'display_name' => $person['name'],
			)
		);
		storedesk_store_addresses( $customer, $person, $address );
		$customer->save();
		$user = get_userdata( $customer->get_id() );
	}
	if ( $contact ) {
		Plugin::container()->get( AccountProof::class )->remember( $user->ID );
		Plugin::container()->get( ContactRepository::class )->link_user( $contact->id, $user->ID, 'verified_email' );
	}
	return $user->ID;
}

/**
 * Billing and shipping address of a customer or an order.
 *
 * @param WC_Customer|WC_Order $object  Customer or order.
 * @param array                $person  From storedesk_demo_people().
 * @param array                $address See storedesk_store_shoppers().
 */
function storedesk_store_addresses( $object, array $person, array $address ): void {
	list( $first, $last ) = array_pad( explode( ' ', $person['name'], 2 ), 2, '' );
	$fields               = array(
		'first_name' => $first,
		'last_name'  => $last,
	) + $address;
	$props                = array(
		'billing_email' => (string) $person['email'],
		'billing_phone' => (string) $person['phone'],
	);
	foreach ( $fields as $field => $value ) {
		$props[ "billing_{$field}" ]  = $value;
		$props[ "shipping_{$field}" ] = $value;
	}
	$object->set_props( $props );
}

/**
 * The shipping line of an order: the zones storedesk_store_setup() makes,
 * worked out for the destination and what the goods cost.
 *
 * @param string $country  Destination.
 * @param float  $subtotal Goods.
 */
function storedesk_store_shipping_line( string $country, float $subtotal ): WC_Order_Item_Shipping {
	$item = new WC_Order_Item_Shipping();
	$eu   = in_array( $country, WC()->countries->get_european_union_countries(), true );
	if ( $eu && $subtotal >= 100 ) {
		$item->set_props( array( 'method_title' => 'Free shipping', 'method_id' => 'free_shipping', 'total' => '0' ) );
	} else {
		$item->set_props( array( 'method_title' => 'Flat rate', 'method_id' => 'flat_rate', 'total' => $eu ? '4.90' : '14.90' ) );
	}
	return $item;
}

/**
 * A demo order as the shop's checkout leaves it (pending, everything
 * filled in), saved once with its key, so a resumed run finds it.
 *
 * @param string $key      Order key.
 * @param array  $def      See storedesk_store_orders().
 * @param array  $shopper  Person, address and account.
 * @param array  $products Product key => id.
 * @param int    $time     When it was placed.
 */
function storedesk_store_place_order( string $key, array $def, array $shopper, array $products, int $time ): WC_Order {
	$order = new WC_Order();
	$order->set_props(
		array(
			'customer_id'          => $shopper['user'],
			'created_via'          => 'checkout',
			'currency'             => get_woocommerce_currency(),
			'payment_method'       => $def[3],
			'payment_method_title' => 'cod' === $def[3] ? 'Cash on delivery' : 'Direct bank transfer',
			'customer_note'        => $def['note'] ?? '',
			'date_created'         => $time,
			'status'               => 'pending',
		)
	);
	storedesk_store_addresses( $order, $shopper['person'], $shopper['address'] );
	$subtotal = 0.0;
	foreach ( $def[4] as $line => $qty ) {
		$product = storedesk_store_line_product( $line, $products );
		$total   = wc_get_price_excluding_tax( $product, array( 'qty' => $qty ) );
		$item    = new WC_Order_Item_Product();
		$item->set_product( $product );
		$item->set_props( array( 'quantity' => $qty, 'subtotal' => $total, 'total' => $total ) );
		$order->add_item( $item );
		$subtotal += $total;
	}
	$order->add_item( storedesk_store_shipping_line( $shopper['address']['country'], $subtotal ) );
	$order->calculate_totals( false );
	$order->update_meta_data( STOREDESK_STORE_ORDER_META, $key );
	$order->save();
	return $order;
}

/**
 * Runs one step of an order's history and dates the notes it left (status
 * changes, stock, refunds) at the moment the step happened.
 *
 * @param WC_Order $order Order.
 * @param int      $time  When the step happened.
 * @param callable $step  Takes the order.
 */
function storedesk_store_step( WC_Order $order, int $time, callable $step ): void {
	$ids    = static fn() => wp_list_pluck( wc_get_order_notes( array( 'order_id' => $order->get_id() ) ), 'id' );
	$before = $ids();
	$step( $order );
	$gmt = gmdate( 'Y-m-d H:i:s', storedesk_store_past( $time ) );
	foreach ( array_diff( $ids(), $before ) as $note ) {
		wp_update_comment(
			array(
				'comment_ID'       => $note,
				'comment_date'     => get_date_from_gmt( $gmt ),
				'comment_date_gmt' => $gmt,
			)
		);
	}
}

/**
 * Moves an order from pending to its final status as a shop would, in
 * steps that each check whether they were taken: paid (bank transfers the
 * next day), shipped with tracking, refunded with its lines and restocked.
 *
 * @param WC_Order $order Order.
 * @param array    $def   See storedesk_store_orders().
 * @param int      $time  When it was placed.
 */
function storedesk_store_advance( WC_Order $order, array $def, int $time ): void {
	$target = $def[2];
	$bacs   = 'bacs' === $def[3];
	$paid   = in_array( $target, array( 'processing', 'completed', 'refunded' ), true );
	if ( $bacs && $order->has_status( 'pending' ) && ! in_array( $target, array( 'pending', 'cancelled' ), true ) ) {
		storedesk_store_step( $order, $time + 60, static fn( $o ) => $o->update_status( 'on-hold', 'Awaiting bank transfer.' ) );
	}
	if ( $paid && $order->has_status( array( 'pending', 'on-hold' ) ) ) {
		$at = $time + ( $bacs ? 20 * HOUR_IN_SECONDS : 120 );
		$order->set_date_paid( storedesk_store_past( $at ) );
		storedesk_store_step( $order, $at, static fn( $o ) => $o->update_status( 'processing' ) );
	}
	if ( in_array( $target, array( 'completed', 'refunded' ), true ) && $order->has_status( 'processing' ) ) {
		storedesk_store_ship( $order, $def, $time + 2 * DAY_IN_SECONDS );
	}
	if ( 'cancelled' === $target && $order->has_status( 'pending' ) ) {
		// Just after the agent's answer in the conversation about it.
		storedesk_store_step( $order, $time + 20 * HOUR_IN_SECONDS + 20 * MINUTE_IN_SECONDS, static fn( $o ) => $o->update_status( 'cancelled' ) );
	}
	if ( isset( $def['refund'] ) && ! $order->get_refunds() ) {
		storedesk_store_refund( $order, $def['refund'], 'refunded' === $target, $time );
	}
	foreach ( $def['notes'] ?? array() as list( $text, $to_customer, $hours ) ) {
		if ( ! in_array( $text, wp_list_pluck( wc_get_order_notes( array( 'order_id' => $order->get_id() ) ), 'content' ), true ) ) {
			storedesk_store_step( $order, $time + $hours * HOUR_IN_SECONDS, static fn( $o ) => $o->add_order_note( $text, $to_customer ? 1 : 0, true ) );
		}
	}
}

/**
 * Completes an order, with the tracking of its parcel in the format of
 * the WooCommerce Shipment Tracking extension (order meta
 * _wc_shipment_tracking_items).
 *
 * @param WC_Order $order Order.
 * @param array    $def   See storedesk_store_orders().
 * @param int      $time  When it shipped.
 */
function storedesk_store_ship( WC_Order $order, array $def, int $time ): void {
	$time = storedesk_store_past( $time );
	if ( isset( $def['tracking'] ) ) {
		list( $provider, $number ) = $def['tracking'];
		$order->update_meta_data(
			'_wc_shipment_tracking_items',
			array(
				array(
					'tracking_provider'        => sanitize_title( $provider ),
					'custom_tracking_provider' => '',
					'custom_tracking_link'     => '',
					'tracking_number'          => $number,
					'date_shipped'             => $time,
					'tracking_id'              => md5( "{$provider}-{$number}" ),
				),
			)
		);
	}
	storedesk_store_step( $order, $time, static fn( $o ) => $o->update_status( 'completed' ) );
	// Completing stamps the time it happens; the parcel left in the past.
	$order->set_date_completed( $time );
	$order->save();
}

/**
 * A real refund of some lines (and, when full, the shipping), with the
 * goods put back in stock; a full one turns the order refunded.
 *
 * @param WC_Order $order  Order.
 * @param array    $refund [line => quantity, reason, days after the order].
 * @param bool     $full   Whether everything is refunded.
 * @param int      $time   When the order was placed.
 */
function storedesk_store_refund( WC_Order $order, array $refund, bool $full, int $time ): void {
	list( $lines, $reason, $days ) = $refund;
	$refunded                      = array();
	$amount                        = 0.0;
	foreach ( $order->get_items( array( 'line_item', 'shipping' ) ) as $item_id => $item ) {
		$qty = $item->is_type( 'line_item' ) ? storedesk_store_refund_qty( $item, $lines ) : 0;
		if ( ! $qty && ! ( $full && $item->is_type( 'shipping' ) ) ) {
			continue;
		}
		$total                = $qty ? (float) $item->get_total() / $item->get_quantity() * $qty : (float) $item->get_total();
		$refunded[ $item_id ] = array(
			'qty'          => $qty,
			'refund_total' => wc_format_decimal( $total, wc_get_price_decimals() ),
		);
		$amount              += $total;
	}
	$at = storedesk_store_past( $time + $days * DAY_IN_SECONDS );
	storedesk_store_step(
		$order,
		$at,
		static fn( $o ) => storedesk_demo_check(
			wc_create_refund(
				array(
					'order_id'      => $o->get_id(),
					'amount'        => wc_format_decimal( $amount, wc_get_price_decimals() ),
					'reason'        => $reason,
					'line_items'    => $refunded,
					'restock_items' => true,
					'date_created'  => $at,
				)
			),
			'refund of order ' . $o->get_id()
		)
	);
}

/**
 * How many of an order line a refund takes back.
 *
 * @param WC_Order_Item_Product $item  Order line.
 * @param array                 $lines Product key (as in storedesk_store_orders()) => quantity.
 */
function storedesk_store_refund_qty( WC_Order_Item_Product $item, array $lines ): int {
	$sku = (string) wc_get_product( $item->get_product_id() )->get_sku();
	return (int) ( $lines[ strtolower( substr( $sku, 3 ) ) ] ?? 0 );
}

/**
 * Shipping zones and payment methods, so the shop's checkout works: flat
 * rate in the EU with free shipping from 100, a dearer flat rate elsewhere,
 * bank transfer and cash on delivery.
 */
function storedesk_store_setup(): void {
	// WooCommerce finishes a new shop on the first wp-admin visit (HPOS on
	// while it has no orders); done here, before the orders, so the demo
	// store is laid out as any new shop.
	WC_Install::newly_installed();
	// A store with nothing for sale and no orders is as good as new: one
	// whose WooCommerce was installed before the demo (in dollars) becomes
	// the demo's euro store before anything is priced.
	if ( ! wc_get_products( array( 'limit' => 1, 'return' => 'ids', 'status' => 'any' ) ) && ! wc_get_orders( array( 'limit' => 1, 'return' => 'ids' ) ) ) {
		storedesk_store_settings();
	}
	if ( ! WC_Shipping_Zones::get_zones() ) {
		$eu = new WC_Shipping_Zone();
		$eu->set_zone_name( 'European Union' );
		foreach ( WC()->countries->get_european_union_countries() as $country ) {
			$eu->add_location( $country, 'country' );
		}
		$eu->save();
		storedesk_store_rate( $eu, 'flat_rate', array( 'cost' => '4.90' ) );
		storedesk_store_rate( $eu, 'free_shipping', array( 'requires' => 'min_amount', 'min_amount' => '100' ) );
		storedesk_store_rate( new WC_Shipping_Zone( 0 ), 'flat_rate', array( 'cost' => '14.90' ) );
	}
	update_option( 'woocommerce_bacs_settings', array( 'enabled' => 'yes', 'title' => 'Direct bank transfer', 'description' => 'Pay into our account; your order ships once the money arrives.' ) + (array) get_option( 'woocommerce_bacs_settings', array() ) );
	update_option( 'woocommerce_bacs_accounts', array( array( 'account_name' => 'Storedesk Demo Store', 'account_number' => '0532013000', 'bank_name' => 'Demo Bank Leipzig', 'sort_code' => '37040044', 'iban' => 'DE89370400440532013000', 'bic' => 'COBADEFFXXX' ) ) );
	update_option( 'woocommerce_cod_settings', array( 'enabled' => 'yes', 'title' => 'Cash on delivery' ) + (array) get_option( 'woocommerce_cod_settings', array() ) );
}

/**
 * Adds a shipping method with its settings to a zone.
 *
 * @param WC_Shipping_Zone $zone     Zone.
 * @param string           $method   Method id.
 * @param array            $settings Its settings.
 */
function storedesk_store_rate( WC_Shipping_Zone $zone, string $method, array $settings ): void {
	$instance = $zone->add_shipping_method( $method );
	update_option( "woocommerce_{$method}_{$instance}_settings", $settings + array( 'title' => 'flat_rate' === $method ? 'Flat rate' : 'Free shipping' ) );
}

/**
 * The demo ticket of a contact with a subject, as seed-demo.php made it.
 *
 * @param int    $contact_id Contact.
 * @param string $subject    Subject.
 * @return object|null ticket_id, order_id, assignee_id, created_at, updated_at.
 */
function storedesk_store_demo_ticket( int $contact_id, string $subject ) {
	global $wpdb;
	return $wpdb->get_row( $wpdb->prepare( 'SELECT i.ticket_id, i.order_id, i.assignee_id, i.created_at, i.updated_at FROM ' . Schema::table( 'ticket_index' ) . " i JOIN {$wpdb->postmeta} m ON m.post_id = i.ticket_id AND m.meta_key = %s WHERE i.contact_id = %d AND i.subject = %s LIMIT 1", STOREDESK_DEMO_META, $contact_id, $subject ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
}

/**
 * Links a demo ticket to its order through the ticket repository (index
 * column, meta and the "linked order" event), dated as its agent would
 * have done it; the ticket's change time stays where the demo left it.
 *
 * @param object $ticket   From storedesk_store_demo_ticket().
 * @param int    $order_id Order.
 * @param int    $actor    Agent.
 */
function storedesk_store_link( $ticket, int $order_id, int $actor ): void {
	global $wpdb;
	if ( (int) $ticket->order_id === $order_id ) {
		return;
	}
	$id     = (int) $ticket->ticket_id;
	$before = storedesk_demo_last_message( $id );
	storedesk_demo_check( Plugin::container()->get( TicketRepository::class )->update( $id, array( 'order_id' => $order_id ), $actor ), "order link of ticket {$id}" );
	$at = storedesk_store_link_time( $id, $ticket->created_at );
	$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'messages' ) . " SET created_at = %s WHERE ticket_id = %d AND id > %d AND kind = 'event'", $at, $id, $before ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'ticket_index' ) . ' SET updated_at = %s WHERE ticket_id = %d', $ticket->updated_at, $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
}

/**
 * When an agent would have linked a ticket's order: just before they first
 * answered or noted something, else ten minutes after it arrived.
 *
 * @param int    $id         Ticket.
 * @param string $created_at When it arrived (UTC).
 */
function storedesk_store_link_time( int $id, string $created_at ): string {
	global $wpdb;
	$first = $wpdb->get_var( $wpdb->prepare( 'SELECT MIN(created_at) FROM ' . Schema::table( 'messages' ) . " WHERE ticket_id = %d AND kind IN ('reply', 'note')", $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	$time  = $first ? strtotime( $first . ' UTC' ) - MINUTE_IN_SECONDS : strtotime( $created_at . ' UTC' ) + 10 * MINUTE_IN_SECONDS;
	return gmdate( 'Y-m-d H:i:s', $time );
}

/**
 * A new conversation about an order, made once (found by its demo key),
 * through the plugin's repositories as seed-demo.php makes its own.
 *
 * @param string   $key     Order key.
 * @param array    $story   See storedesk_store_conversations().
 * @param WC_Order $order   Its order.
 * @param array    $shopper Person, contact, account.
 * @param array    $staff   Short name => user id.
 */
function storedesk_store_conversation( string $key, array $story, WC_Order $order, array $shopper, array $staff ): int {
	global $wpdb;
	$found = $wpdb->get_var( $wpdb->prepare( "SELECT post_id FROM {$wpdb->postmeta} WHERE meta_key = %s AND meta_value = %s", STOREDESK_DEMO_META, "store-{$key}" ) );
	if ( $found ) {
		return (int) $found;
	}
	$c        = Plugin::container();
	$author   = $story['assign'] ? $staff[ $story['assign'] ] : $staff['ben'];
	$tracking = (array) $order->get_meta( '_wc_shipment_tracking_items' );
	$fill     = static fn( string $text ) => strtr(
		$text,
		array(
			'{order}'    => $order->get_order_number(),
			'{first}'    => strtok( $shopper['person']['name'], ' ' ),
			'{agent}'    => strtok( (string) get_the_author_meta( 'display_name', $author ), ' ' ),
			'{tracking}' => $tracking[0]['tracking_number'] ?? '',
		)
	);
	$time     = storedesk_store_past( $order->get_date_created()->getTimestamp() + $story['after'] * HOUR_IN_SECONDS );
	$team     = array_column( $c->get( TeamRepository::class )->all(), 'id', 'name' )['Orders & shipping'] ?? 0;
	$ticket   = storedesk_demo_check(
		$c->get( TicketRepository::class )->create(
			array(
				'subject'    => $fill( $story['subject'] ),
				'channel'    => $story['channel'],
				'team'       => $team,
				'tags'       => array_map( static fn( $t ) => $c->get( Tags::class )->create( $t )['slug'], $story['tags'] ),
				'contact_id' => $shopper['contact']->id,
				'order_id'   => $order->get_id(),
				'message'    => array(
					'body'        => '<p>' . esc_html( $fill( $story['thread'][0][1] ) ) . '</p>',
					'format'      => 'html',
					'external_id' => 'email' === $story['channel'] ? "<demo-store-{$key}-0@mail.example>" : null,
				),
				'created_at' => gmdate( 'c', $time ),
			) + ( 'form' === $story['channel'] ? array( 'sender' => $shopper['user'] ) : array() ),
			0
		),
		"ticket about {$key}"
	);
	update_post_meta( $ticket->id(), STOREDESK_DEMO_META, "store-{$key}" );
	storedesk_store_thread( $ticket->id(), $story, $shopper, $author, $time, $fill );
	return $ticket->id();
}

/**
 * The rest of a new conversation: its assignment, the messages after the
 * first, and its final status, each dated as seed-demo.php dates its own.
 *
 * @param int      $id      Ticket.
 * @param array    $story   See storedesk_store_conversations().
 * @param array    $shopper Person, contact.
 * @param int      $author  Replying agent.
 * @param int      $time    When the ticket arrived.
 * @param callable $fill    Fills a step's text in.
 */
function storedesk_store_thread( int $id, array $story, array $shopper, int $author, int $time, callable $fill ): void {
	$tickets = Plugin::container()->get( TicketRepository::class );
	$change  = static function ( array $fields, int $when ) use ( $tickets, $id, $author ) {
		$before = storedesk_demo_last_message( $id );
		storedesk_demo_check( $tickets->update( $id, $fields, $author ), "change of ticket {$id}" );
		storedesk_demo_backdate( $id, $before, gmdate( 'Y-m-d H:i:s', storedesk_store_past( $when ) ) );
	};
	if ( $story['assign'] ) {
		$time += 12 * MINUTE_IN_SECONDS;
		$change( array( 'assignee' => $author ), $time );
	}
	foreach ( array_slice( $story['thread'], 1 ) as $i => list( $kind, $text ) ) {
		$time    += ( 'customer' === $kind ? 90 : 25 ) * MINUTE_IN_SECONDS;
		$customer = 'customer' === $kind;
		storedesk_demo_check(
			Plugin::container()->get( MessageRepository::class )->add(
				$id,
				array(
					'kind'        => $kind,
					'body'        => '<p>' . esc_html( $fill( $text ) ) . '</p>',
					'format'      => 'html',
					'channel'     => $story['channel'],
					'author_id'   => $customer ? 0 : $author,
					'contact_id'  => $customer ? $shopper['contact']->id : 0,
					'external_id' => $customer && 'email' === $story['channel'] ? "<demo-store-{$id}-{$i}@mail.example>" : null,
					'created_at'  => gmdate( 'Y-m-d H:i:s', storedesk_store_past( $time ) ),
				)
			),
			"message of ticket {$id}"
		);
	}
	if ( 'open' !== $story['status'] ) {
		$change( array( 'status' => $story['status'], 'unread' => false ), $time + 20 * MINUTE_IN_SECONDS );
	}
}

/**
 * Each shopper's person, address, contact and account (0 for a guest).
 */
function storedesk_store_make_shoppers(): array {
	$people   = storedesk_demo_people();
	$contacts = Plugin::container()->get( ContactRepository::class );
	$out      = array();
	foreach ( storedesk_store_shoppers() as $key => list( $login, $address ) ) {
		$person      = $people[ $key ];
		$contact     = $contacts->find_by_identity( 'email', $person['email'] ) ?? storedesk_demo_check(
			$contacts->find_or_create( array_filter( array( 'name' => $person['name'], 'email' => $person['email'], 'phone' => $person['phone'] ) ) ),
			"contact {$person['name']}"
		);
		$out[ $key ] = array(
			'person'  => $person,
			'address' => $address,
			'contact' => $contact,
			'user'    => $login ? storedesk_store_customer( $login, $person, $address, $contact ) : 0,
		);
	}
	return $out;
}

/**
 * The demo orders that exist, by key.
 *
 * @return WC_Order[]
 */
function storedesk_store_existing_orders(): array {
	$out = array();
	foreach ( wc_get_orders(
		array(
			'limit'      => -1,
			'type'       => 'shop_order',
			'meta_query' => array( array( 'key' => STOREDESK_STORE_ORDER_META, 'compare' => 'EXISTS' ) ), // phpcs:ignore WordPress.DB.SlowDBQuery -- once, while seeding.
		)
	) as $order ) {
		$out[ (string) $order->get_meta( STOREDESK_STORE_ORDER_META ) ] = $order;
	}
	return $out;
}

/**
 * When an order was placed: some days back, or, for an order a demo
 * conversation is about, the given hours before that conversation began.
 *
 * @param string      $key    Order key.
 * @param array       $def    See storedesk_store_orders().
 * @param object|null $ticket Its demo ticket.
 */
function storedesk_store_order_time( string $key, array $def, $ticket ): int {
	if ( $ticket ) {
		return strtotime( $ticket->created_at . ' UTC' ) - $def['ticket'][1] * HOUR_IN_SECONDS;
	}
	// Spread over the working day, the same for a key on every run.
	return time() - $def[1] * DAY_IN_SECONDS - ( 2 + crc32( $key ) % 9 ) * HOUR_IN_SECONDS;
}

/**
 * The orders, their histories and the conversations tied to them; returns
 * order key => [order, linked ticket id or 0].
 *
 * @param array $shoppers From storedesk_store_make_shoppers().
 * @param array $products Product key => id.
 */
function storedesk_store_make_orders( array $shoppers, array $products ): array {
	$existing = storedesk_store_existing_orders();
	$stories  = storedesk_store_conversations();
	$staff    = array_map( static fn( $s ) => (int) username_exists( $s[0] ), storedesk_demo_staff() );
	$admin    = get_current_user_id();
	$out      = array();
	foreach ( storedesk_store_orders() as $key => $def ) {
		$shopper = $shoppers[ $def[0] ];
		$ticket  = isset( $def['ticket'] ) ? storedesk_store_demo_ticket( $shopper['contact']->id, $def['ticket'][0] ) : null;
		$time    = storedesk_store_order_time( $key, $def, $ticket );
		$order   = $existing[ $key ] ?? storedesk_store_place_order( $key, $def, $shopper, $products, $time );
		$time    = $order->get_date_created()->getTimestamp();
		storedesk_store_advance( $order, $def, $time );
		$linked = 0;
		if ( $ticket ) {
			storedesk_store_link( $ticket, $order->get_id(), (int) $ticket->assignee_id ? (int) $ticket->assignee_id : $admin );
			$linked = (int) $ticket->ticket_id;
		} elseif ( isset( $stories[ $key ] ) ) {
			$linked = storedesk_store_conversation( $key, $stories[ $key ], wc_get_order( $order->get_id() ), $shopper, $staff );
		}
		$out[ $key ] = array( wc_get_order( $order->get_id() ), $linked );
	}
	return $out;
}

/** Seeds the store; returns the summary line. */
function storedesk_seed_store(): string {
	storedesk_store_setup();
	$categories = storedesk_store_make_categories();
	$products   = array();
	foreach ( storedesk_store_products() as $key => $def ) {
		$products[ $key ] = storedesk_store_product( $key, $def, $categories );
	}
	// Each category shows the picture of its first product.
	foreach ( array_reverse( storedesk_store_products() ) as $key => $def ) {
		update_term_meta( $categories[ $def['category'] ], 'thumbnail_id', get_post_thumbnail_id( $products[ $key ] ) );
	}
	$shoppers = storedesk_store_make_shoppers();
	$orders   = storedesk_store_make_orders( $shoppers, $products );
	update_option( 'storedesk_demo_store_seeded', gmdate( 'c' ), false );

	$statuses = array_count_values( array_map( static fn( $o ) => $o[0]->get_status(), $orders ) );
	ksort( $statuses );
	$linked = array_filter( array_map( static fn( $o ) => $o[1] ? "#{$o[1]} → order {$o[0]->get_order_number()}" : '', $orders ) );
	return sprintf(
		"Demo store seeded: %d products in %d categories, %d customer accounts and %d guests, %d orders (%s).\nTickets linked to orders: %s.",
		count( $products ),
		count( $categories ),
		count( array_filter( array_column( $shoppers, 'user' ) ) ),
		count( $shoppers ) - count( array_filter( array_column( $shoppers, 'user' ) ) ),
		count( $orders ),
		implode( ', ', array_map( static fn( $s, $n ) => "{$n} {$s}", array_keys( $statuses ), $statuses ) ),
		$linked ? implode( ', ', $linked ) : 'none (no demo conversations on this site)'
	);
}

if ( ! function_exists( 'WC' ) ) {
	echo "WooCommerce is not active here; no store to seed.\n";
	return;
}
$storedesk_store_seeded = get_option( 'storedesk_demo_store_seeded' );
if ( $storedesk_store_seeded ) {
	echo "Demo store already present (seeded {$storedesk_store_seeded}); nothing to do.\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI.
} else {
	echo storedesk_seed_store() . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI.
}
storedesk_print_store_summary();
