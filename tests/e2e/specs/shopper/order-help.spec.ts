/**
 * A request about an order arrives linked to it: a customer asks from My
 * Account → Orders → View ("Get help with this order" opens the form with
 * the order chosen); a guest names an order number on the contact form,
 * which counts only with the order's billing email; a guest on the
 * order-received page gets the number and the address filled in.
 */
import type { Browser } from '@playwright/test';

import {
	expect,
	hasWooCommerce,
	NEEDS_WOOCOMMERCE,
	test,
} from '../../fixtures';
import { api } from '../../pages/api';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { LoginPage } from '../../pages/LoginPage';
import { fixtureOrders, OrderPages } from '../../pages/OrderPages';
import { logInAsCustomer } from '../../pages/ShopperLogin';
import {
	expectAccessibleRegion,
	expectRefusalLogged,
	shopperIp,
	sitePhp,
} from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test.skip( ! hasWooCommerce, NEEDS_WOOCOMMERCE );

/**
 * The order a ticket is linked to, as the agents' API says.
 *
 * @param browser Browser, for the administrator's own page.
 * @param ticket  Ticket number.
 */
async function linkedOrder(
	browser: Browser,
	ticket: number
): Promise< number | null > {
	const admin = await browser.newPage();
	try {
		await new LoginPage( admin ).logIn();
		return (
			await api< { order_id: number | null } >(
				admin,
				'GET',
				`/tickets/${ ticket }`
			)
		).order_id;
	} finally {
		await admin.close();
	}
}

test( '"Get help with this order" in My Account opens the form with the order chosen; the ticket arrives linked @woocommerce', async ( {
	page,
	browser,
} ) => {
	const orders = fixtureOrders();
	const old = orders.cora_old;
	await logInAsCustomer( page, 'e2e_customer' );
	const pages = new OrderPages( page );
	await pages.viewFromMyAccount( old.number );
	const dialog = await pages.getHelp();
	const form = new ContactFormPage( page, dialog );
	const choice = form.field( /^Order$/ );
	await expect( choice ).toHaveValue( String( old.id ) );
	await expect( choice.locator( 'option:checked' ) ).toHaveText(
		new RegExp( `^Order #${ old.number }, .+, .+24\\.00$` )
	);
	// Cora's orders and "Not about an order"; never Dev's nor the guest's.
	const offered = await choice
		.locator( 'option' )
		.evaluateAll( ( options ) =>
			options.map( ( o ) => ( o as HTMLOptionElement ).value )
		);
	expect( offered.sort() ).toEqual(
		[ '', String( orders.cora_recent.id ), String( old.id ) ].sort()
	);
	await expectAccessibleRegion( page, '.storedesk-panel', 'widget panel' );

	await form.fill( {
		subject: 'Walnut tray has a crack',
		topic: 'E2E Orders',
		message: 'The tray from this order arrived with a crack.',
	} );
	await form.send();
	const ticket = await form.ticketNumber();
	expect( await linkedOrder( browser, ticket ) ).toBe( old.id );

	// Closing gives focus back to the button that opened the panel.
	await dialog.getByRole( 'button', { name: 'Close' } ).click();
	await expect(
		page.getByRole( 'button', { name: 'Get help with this order' } )
	).toBeFocused();
} );

test( 'a guest links an order only with its billing email @woocommerce', async ( {
	page,
	browser,
	consoleErrors,
} ) => {
	const { guest } = fixtureOrders();
	const form = new ContactFormPage( page );
	await form.open();
	await form.fill( {
		name: 'Greg Guest',
		email: `greg${ Date.now() }@example.test`,
		subject: 'Where is my tray?',
		topic: 'E2E Orders',
		message: 'It has not arrived yet.',
	} );
	await form.field( /^Your order number/ ).fill( guest.number );
	await form.send();
	await form.expectError(
		/^Your order number/,
		// After the field's hint, the error.
		/ We could not find that order for this email address\. Check the number in your order confirmation\.$/
	);
	await expect( form.field( /^How can we help/ ) ).toHaveValue(
		'It has not arrived yet.'
	);
	expectRefusalLogged( consoleErrors, 400 );

	await form.fill( { email: 'E2E_Guest_Buyer@example.test' } );
	await form.send();
	const ticket = await form.ticketNumber();
	expect( await linkedOrder( browser, ticket ) ).toBe( guest.id );
} );

test( 'on the order-received page a guest gets the number and the billing email filled in @woocommerce', async ( {
	page,
	browser,
} ) => {
	// A fresh guest order: WooCommerce shows its page to the key's holder for a while without asking the address.
	const email = `tess${ Date.now() }@example.test`;
	const made = JSON.parse(
		sitePhp( `
$order = wc_create_order();
$order->add_product( wc_get_product( wc_get_product_id_by_sku( 'e2e-walnut-tray' ) ), 1 );
$order->set_billing_email( '${ email }' );
$order->set_billing_first_name( 'Tess' );
$order->set_payment_method( 'bacs' );
$order->calculate_totals( false );
$order->set_status( 'on-hold' );
$order->save();
echo wp_json_encode( array( 'id' => $order->get_id(), 'number' => $order->get_order_number(), 'url' => $order->get_checkout_order_received_url() ) );` )
	) as { id: number; number: string; url: string };
	await page.goto( made.url );
	const dialog = await new OrderPages( page ).getHelp();
	const form = new ContactFormPage( page, dialog );
	await expect( form.field( /^Your order number/ ) ).toHaveValue(
		made.number
	);
	await expect( form.field( /^Email address/ ) ).toHaveValue( email );
	await form.fill( {
		name: 'Tess Guest',
		subject: 'Change the delivery address',
		topic: 'E2E Orders',
		message: 'Please ship it to my office instead.',
	} );
	await form.send();
	const ticket = await form.ticketNumber();
	expect( await linkedOrder( browser, ticket ) ).toBe( made.id );
} );
