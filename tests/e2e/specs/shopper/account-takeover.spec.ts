/**
 * Issue 10, point 1, as the attacker would try it: Mallory typed a
 * stranger's address (e2e_victim@example.test) into her account, which
 * WooCommerce's Account details screen takes without a confirmation mail.
 * The stranger then writes as a guest through the contact form. Mallory's
 * My Account → Support shows the request she filed herself, and nothing of
 * the victim's.
 */
import {
	expect,
	hasWooCommerce,
	NEEDS_WOOCOMMERCE,
	test,
} from '../../fixtures';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { PortalPage } from '../../pages/PortalPage';
import { logInAsCustomer } from '../../pages/ShopperLogin';
import { shopperIp } from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test( 'an account with the victim’s email sees none of the victim’s requests in My Account → Support', async ( {
	page,
	browser,
} ) => {
	test.skip( ! hasWooCommerce, NEEDS_WOOCOMMERCE );
	const stamp = Date.now();

	// Mallory, signed in, files a request of her own first.
	await logInAsCustomer( page, 'e2e_mallory' );
	const bait = new ContactFormPage( page );
	await bait.open();
	await bait.fill( {
		subject: `Mallory asks about gift wrap ${ stamp }`,
		topic: 'E2E Orders',
		message: 'Do you gift wrap?',
	} );
	await bait.send();
	await bait.ticketNumber();

	// The victim, a guest in a browser of their own, writes from their address.
	const guest = await browser.newContext( {
		extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() },
	} );
	const victimPage = await guest.newPage();
	const victim = new ContactFormPage( victimPage );
	await victim.open();
	await victim.fill( {
		name: 'Vic Victim',
		email: 'e2e_victim@example.test',
		subject: `Victim card charged twice ${ stamp }`,
		topic: 'E2E Orders',
		message: 'My card ending 4242 was charged twice.',
	} );
	await victim.send();
	await victim.ticketNumber();
	await guest.close();

	await page.goto( '/my-account/' );
	await page
		.getByRole( 'navigation', { name: 'Account pages' } )
		.getByRole( 'link', { name: 'Support' } )
		.click();
	await expect( page ).toHaveURL( /\/my-account\/support\/?$/ );
	const portal = new PortalPage( page );
	await expect( portal.requests() ).toContainText(
		`Mallory asks about gift wrap ${ stamp }`
	);
	await expect( page.getByText( 'Victim card charged twice' ) ).toHaveCount(
		0
	);
	await expect( page.getByText( '4242' ) ).toHaveCount( 0 );
} );
