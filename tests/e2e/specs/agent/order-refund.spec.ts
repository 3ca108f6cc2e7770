/**
 * An agent refunds part of an order from the ticket about it: logs in,
 * opens the ticket from the inbox, sees the order's items, status and
 * totals in the store panel, refunds one of two mugs with a reason, reads
 * exactly what will happen in the confirm dialog, confirms; then sees the
 * refund in the panel and the event in the thread, and the refund and its
 * note on the order's own screen in WooCommerce.
 */
import {
	expect,
	hasWooCommerce,
	NEEDS_WOOCOMMERCE,
	test,
} from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { InboxPage } from '../../pages/InboxPage';
import { LoginPage } from '../../pages/LoginPage';
import { expectAccessibleRegion, sitePhp } from '../../pages/shopper';
import { StorePanel } from '../../pages/StorePanel';
import { TicketPage } from '../../pages/TicketPage';

test.skip( ! hasWooCommerce, NEEDS_WOOCOMMERCE );

type Arranged = {
	ticket: number;
	subject: string;
	order: number;
	number: string;
	mug: string;
	lamp: string;
	agent: string;
	/** Prices as the store writes them, by amount. */
	price: Record< string, string >;
	/** The mug's stock once the order took its two. */
	stock: number;
};

/**
 * Two mugs and a lamp, paid by bank transfer (a gateway that cannot
 * refund, so the refund is recorded by hand), processing, stock taken;
 * and a conversation about it, assigned to the administrator and linked to
 * the order. Made through WooCommerce's and Storedesk's own PHP.
 *
 * @param stamp Makes the names of this run unique.
 */
function arrange( stamp: string ): Arranged {
	return JSON.parse(
		sitePhp( `
$stamp   = ${ JSON.stringify( stamp ) };
$product = static function ( string $name, string $sku, string $price, int $stock ) {
	$p = new WC_Product_Simple();
	$p->set_name( $name );
	$p->set_sku( $sku );
	$p->set_regular_price( $price );
	$p->set_manage_stock( true );
	$p->set_stock_quantity( $stock );
	$p->set_status( 'publish' );
	$p->save();
	return $p;
};
$mug   = $product( "E2E stoneware mug {$stamp}", "e2e-mug-{$stamp}", '12.00', 10 );
$lamp  = $product( "E2E brass lamp {$stamp}", "e2e-lamp-{$stamp}", '30.00', 5 );
$email = "rosa.{$stamp}@example.test";
$order = wc_create_order();
$order->add_product( $mug, 2 );
$order->add_product( $lamp, 1 );
$order->set_billing_first_name( 'Rosa' );
$order->set_billing_last_name( 'Refund' );
$order->set_billing_email( $email );
$order->set_billing_country( 'GB' );
$order->set_payment_method( 'bacs' );
$order->set_payment_method_title( 'Direct bank transfer' );
$order->calculate_totals( false );
$order->save();
// Pending to processing, as a paid order goes: WooCommerce takes the stock.
$order->update_status( 'processing' );
$c       = \\Storedesk\\Plugin::container();
$contacts = $c->get( \\Storedesk\\Contacts\\ContactRepository::class );
$contact = $contacts->find_by_identity( 'email', $email ) ?: $contacts->create( array( 'name' => 'Rosa Refund', 'email' => $email ) );
$subject = "Chipped mug {$stamp}";
$ticket  = $c->get( \\Storedesk\\Tickets\\TicketRepository::class )->create(
	array(
		'subject'    => $subject,
		'channel'    => 'email',
		'contact_id' => $contact->id,
		'assignee'   => get_current_user_id(),
		'order_id'   => $order->get_id(),
		'message'    => array( 'body' => 'One of my two mugs arrived with a chipped rim.', 'format' => 'text' ),
	),
	0
);
if ( is_wp_error( $ticket ) ) {
	fwrite( STDERR, $ticket->get_error_message() );
	exit( 1 );
}
$price = array();
foreach ( array( 0, 12, 24, 30, 42, 54 ) as $amount ) {
	$price[ $amount ] = \\Storedesk\\Integrations\\WooCommerce\\Store::price( (float) $amount, $order->get_currency() );
}
echo wp_json_encode( array(
	'ticket'  => $ticket->id(),
	'subject' => $subject,
	'order'   => $order->get_id(),
	'number'  => (string) $order->get_order_number(),
	'mug'     => $mug->get_name(),
	'lamp'    => $lamp->get_name(),
	'agent'   => wp_get_current_user()->display_name,
	'price'   => $price,
	'stock'   => (int) wc_get_product( $mug->get_id() )->get_stock_quantity(),
) );` )
	) as Arranged;
}

/**
 * The order's refunds and the mug's stock, as WooCommerce keeps them.
 *
 * @param order Order id.
 */
function refundsOf( order: number ) {
	return JSON.parse(
		sitePhp( `
$order = wc_get_order( ${ order } );
$mug   = null;
foreach ( $order->get_items() as $item ) {
	$mug = $mug ?? $item;
}
echo wp_json_encode( array(
	'refunds' => array_map( static fn( $r ) => array( 'amount' => (float) $r->get_amount(), 'reason' => $r->get_reason(), 'gateway' => (bool) $r->get_refunded_payment() ), $order->get_refunds() ),
	'mug_refunded' => abs( (int) $order->get_qty_refunded_for_item( $mug->get_id() ) ),
	'stock' => (int) $mug->get_product()->get_stock_quantity(),
	'status' => $order->get_status(),
) );` )
	) as {
		refunds: Array< { amount: number; reason: string; gateway: boolean } >;
		mug_refunded: number;
		stock: number;
		status: string;
	};
}

test( 'refund one of two items from the ticket; the refund shows in the panel, the thread and the order @woocommerce', async ( {
	page,
} ) => {
	const stamp = `${ Date.now() }`;
	const a = arrange( stamp );
	expect( a.stock ).toBe( 8 );
	const reason = `Chipped rim ${ stamp }`;

	// Where an agent starts: log in, the inbox, the ticket from the list.
	await new LoginPage( page ).logIn();
	const inbox = new InboxPage( page );
	await inbox.goto( 'mine' );
	await inbox.search( stamp );
	await inbox.row( a.subject ).getByRole( 'link' ).first().click();
	const ticket = new TicketPage( page );
	await ticket.thread.waitFor();
	await expect( ticket.article( 'Customer from Rosa Refund' ) ).toContainText(
		'chipped rim'
	);

	// The order: its lines, status and totals.
	const panel = new StorePanel( page );
	await panel.waitForOrder();
	await expect( panel.line( a.mug ) ).toContainText(
		`2 × ${ a.price[ 12 ] } = ${ a.price[ 24 ] }`
	);
	await expect( panel.line( a.lamp ) ).toContainText(
		`1 × ${ a.price[ 30 ] } = ${ a.price[ 30 ] }`
	);
	await expect( panel.status( 'Processing' ) ).toBeVisible();
	expect( await panel.totals() ).toEqual( [
		[ 'Subtotal', a.price[ 54 ] ],
		[ 'Shipping', a.price[ 0 ] ],
		[ 'Tax', a.price[ 0 ] ],
		[ 'Total', a.price[ 54 ] ],
	] );

	// One of the two mugs, with a reason; the dialog says exactly what follows.
	await panel.fillRefund( { [ a.mug ]: 1 }, reason );
	await expect(
		panel
			.refundForm()
			.getByText(
				'Direct bank transfer cannot refund automatically: the refund is recorded by hand and no money is sent.'
			)
	).toBeVisible();
	await expectAccessible( page, 'store panel with the refund form' );
	const dialog = await panel.previewRefund( a.number );
	await expect(
		dialog.getByText(
			`Refund ${ a.price[ 12 ] } of order #${ a.number } (1 × ${ a.mug }) — manual refund, no money sent.`,
			{ exact: true }
		)
	).toBeVisible();
	await expect(
		dialog.getByRole( 'list', { name: 'Refunded' } ).getByRole( 'listitem' )
	).toHaveText( [ `1 × ${ a.mug }: ${ a.price[ 12 ] } (1 back in stock)` ] );
	expect( await panel.dialogFacts( dialog ) ).toEqual( [
		[ 'Total', a.price[ 12 ] ],
		[ 'Money', 'recorded by hand — no money is sent' ],
		[ 'Left to refund after', a.price[ 42 ] ],
		[ 'Order status after', 'unchanged' ],
		[ 'Reason', reason ],
	] );
	await expectAccessibleRegion(
		page,
		'.storedesk-store-confirm',
		'refund confirm dialog'
	);
	await dialog
		.getByRole( 'button', { name: `Refund ${ a.price[ 12 ] }` } )
		.click();
	await expect( dialog ).toBeHidden();

	// The panel has the refund, and the thread the event.
	await expect( panel.announced() ).toHaveText(
		`Refunded ${ a.price[ 12 ] } of order #${ a.number }.`
	);
	// The panel reads the store again (as slow as its first read).
	await expect( panel.refunds() ).toContainText( a.price[ 12 ], {
		timeout: 30_000,
	} );
	await expect( panel.refunds() ).toContainText( 'recorded by hand' );
	await expect( panel.refunds() ).toContainText( reason );
	await expect( panel.line( a.mug ) ).toContainText(
		`1 refunded (${ a.price[ 12 ] })`
	);
	await expect( panel.status( 'Processing' ) ).toBeVisible();
	await expect(
		ticket.thread.getByText(
			`${ a.agent } refunded ${ a.price[ 12 ] } of order #${ a.number } (1 × ${ a.mug }) — manual refund, no money sent. Reason: ${ reason }`
		)
	).toBeVisible();
	const kept = refundsOf( a.order );
	expect( kept ).toEqual( {
		refunds: [ { amount: 12, reason, gateway: false } ],
		mug_refunded: 1,
		stock: 9,
		status: 'processing',
	} );

	// The order's own screen, from the panel's link: the refund and its note.
	const orderScreen = await panel.openOrderScreen( a.number );
	await expect( orderScreen.refunds() ).toHaveCount( 1 );
	await expect( orderScreen.refunds() ).toContainText( reason );
	await expect( orderScreen.notes ).toContainText(
		`${ a.agent } recorded a manual refund of ${ a.price[ 12 ] } (1 × ${ a.mug }) from Storedesk ticket #${ a.ticket }. No money was sent: pay the customer back outside WooCommerce.`
	);
} );
