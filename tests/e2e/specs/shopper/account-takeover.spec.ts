/**
 * Issue 10, points 1 and 9, as the attacker would try them. Point 1: Mallory typed a
 * stranger's address (e2e_victim@example.test) into her account, which
 * WooCommerce's Account details screen takes without a confirmation mail.
 * The stranger then writes as a guest through the contact form. Mallory's
 * My Account → Support shows the request she filed herself, and nothing of
 * the victim's. Point 9: a stranger, not logged in, files a request under
 * Cora's address; the agent sees it flagged, and Cora's portal leaves it out.
 */
import {
	expect,
	hasWooCommerce,
	NEEDS_WOOCOMMERCE,
	test,
} from '../../fixtures';
import { api } from '../../pages/api';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { InboxPage } from '../../pages/InboxPage';
import { LoginPage } from '../../pages/LoginPage';
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
	await new ContactFormPage( page ).submit( {
		subject: `Mallory asks about gift wrap ${ stamp }`,
		topic: 'E2E Orders',
		message: 'Do you gift wrap?',
	} );

	// The victim, a guest in a browser of their own, writes from their address.
	const guest = await browser.newContext( {
		extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() },
	} );
	await new ContactFormPage( await guest.newPage() ).submit( {
		name: 'Vic Victim',
		email: 'e2e_victim@example.test',
		subject: `Victim card charged twice ${ stamp }`,
		topic: 'E2E Orders',
		message: 'My card ending 4242 was charged twice.',
	} );
	await guest.close();

	const portal = new PortalPage( page );
	await portal.openFromMyAccount();
	await expect( portal.requests() ).toContainText(
		`Mallory asks about gift wrap ${ stamp }`
	);
	await expect( page.getByText( 'Victim card charged twice' ) ).toHaveCount(
		0
	);
	await expect( page.getByText( '4242' ) ).toHaveCount( 0 );
} );

test( 'a request filed under a customer’s address by a stranger is flagged for agents and kept out of the customer’s portal', async ( {
	page,
	browser,
} ) => {
	const stamp = Date.now();
	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
	// One of Cora's own, so her list is known to have loaded.
	await api( agent, 'POST', '/tickets', {
		subject: `Cora walnut tray ${ stamp }`,
		channel: 'email',
		customer: { email: 'e2e_customer@example.test' },
		message: { body: 'Is the walnut tray oiled?', format: 'text' },
	} );

	// The stranger, not logged in, writes as Cora.
	await new ContactFormPage( page ).submit( {
		name: 'Cora Customer',
		email: 'e2e_customer@example.test',
		subject: `Change my delivery address ${ stamp }`,
		topic: 'E2E Orders',
		message: 'Please send my order to 1 Other Street.',
	} );

	const inbox = new InboxPage( agent );
	await inbox.goto( 'open' );
	await inbox.search( String( stamp ) );
	const row = inbox.row( `Change my delivery address ${ stamp }` );
	await expect( row ).toContainText( 'Unverified sender' );
	await expect(
		inbox.row( `Cora walnut tray ${ stamp }` )
	).not.toContainText( 'Unverified sender' );
	await row.getByRole( 'link' ).first().click();
	await expect(
		agent.locator( '.storedesk-unverified-sender' )
	).toContainText(
		'Unverified sender: someone who was not signed in as this customer'
	);
	await agent.close();

	await logInAsCustomer( page, 'e2e_customer', 'password', '/support/' );
	const portal = new PortalPage( page );
	await expect( portal.requests() ).toContainText(
		`Cora walnut tray ${ stamp }`
	);
	await expect(
		page.getByText( `Change my delivery address ${ stamp }` )
	).toHaveCount( 0 );
} );
