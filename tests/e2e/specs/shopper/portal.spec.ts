/**
 * A logged-in customer sees only their own requests (from every channel),
 * reads one, closes and reopens it: under My Account → Support on a
 * WooCommerce store, and on the Support page (the portal block) on any site.
 */
import type { Browser, Page } from '@playwright/test';

import {
	expect,
	hasWooCommerce,
	NEEDS_WOOCOMMERCE,
	test,
} from '../../fixtures';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';
import { PortalPage } from '../../pages/PortalPage';
import { logInAsCustomer } from '../../pages/ShopperLogin';
import { expectAccessibleRegion, shopperIp } from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

/**
 * Two requests of Cora's (one a logged call) and one of another customer's.
 *
 * @param agent A logged-in agent's page.
 */
async function fixtures( agent: Page ) {
	const stamp = Date.now();
	const mine = await api< { id: number } >( agent, 'POST', '/tickets', {
		subject: `Cora juniper candle ${ stamp }`,
		channel: 'email',
		customer: { email: 'e2e_customer@example.test' },
		message: {
			body: 'Does the juniper candle come unscented?',
			format: 'text',
		},
	} );
	const phone = await api< { id: number } >( agent, 'POST', '/tickets', {
		subject: `Cora called about delivery ${ stamp }`,
		channel: 'phone',
		customer: { email: 'e2e_customer@example.test' },
		message: {
			body: 'Customer called about delivery times.',
			format: 'text',
		},
	} );
	await api< { id: number } >( agent, 'POST', '/tickets', {
		subject: `Dev private matter ${ stamp }`,
		channel: 'chat',
		customer: { email: 'e2e_customer2@example.test' },
		message: { body: 'Not for Cora.', format: 'text' },
	} );
	return { stamp, mine, phone };
}

/**
 * From the portal's list: only Cora's requests; open one, close it, reopen
 * it (the agent's API agrees each time), and back to the list.
 *
 * @param browser Browser, for the agent's own page.
 * @param page    The customer's page, before the portal is opened.
 * @param open    Logs the customer in and brings them to the portal the way
 *                they would go.
 */
async function portalJourney(
	browser: Browser,
	page: Page,
	open: () => Promise< void >
) {
	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
	const { stamp, mine, phone } = await fixtures( agent );
	const status = async () =>
		(
			await api< { status: string } >(
				agent,
				'GET',
				`/tickets/${ mine.id }`
			)
		).status;

	await open();
	const portal = new PortalPage( page );
	await expect( portal.requests() ).toContainText(
		`Cora juniper candle ${ stamp }`
	);
	await expect( portal.requests() ).toContainText(
		`Cora called about delivery ${ stamp }`
	);
	await expect( page.getByText( 'Dev private matter' ) ).toHaveCount( 0 );
	await expectAccessibleRegion( page, '.storedesk-portal', 'portal list' );

	await portal.openRequest( `Cora juniper candle ${ stamp }` );
	await expect( portal.thread() ).toContainText( 'come unscented' );
	await page.getByRole( 'button', { name: 'Close this request' } ).click();
	await expect( portal.status() ).toContainText( 'Closed' );
	await expect(
		page.getByRole( 'button', { name: 'Reopen this request' } )
	).toBeFocused();
	expect( await status() ).toBe( 'closed' );
	await page.getByRole( 'button', { name: 'Reopen this request' } ).click();
	await expect( portal.status() ).toContainText( 'Open' );
	expect( await status() ).toBe( 'open' );

	await page.getByRole( 'button', { name: '← All my requests' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'My support requests' } ).last()
	).toBeFocused();
	await expect(
		portal
			.requests()
			.getByRole( 'button', { name: new RegExp( `#${ phone.id } ` ) } )
	).toBeVisible();
	await agent.close();
}

test( 'My Account → Support lists only the customer’s own requests; close and reopen', async ( {
	page,
	browser,
} ) => {
	test.skip( ! hasWooCommerce, NEEDS_WOOCOMMERCE );
	await portalJourney( browser, page, async () => {
		await logInAsCustomer( page, 'e2e_customer' );
		await new PortalPage( page ).openFromMyAccount();
	} );
} );

test( 'the Support page (portal block) lists only the customer’s own requests; close and reopen', async ( {
	page,
	browser,
} ) => {
	await portalJourney( browser, page, async () => {
		// A customer who is not logged in finds the Support page's "Log in" link.
		await logInAsCustomer( page, 'e2e_customer', 'password', '/support/' );
		await expect(
			page.getByRole( 'heading', { name: 'My support requests' } ).last()
		).toBeVisible();
	} );
} );
