/**
 * A logged-in customer sees only their own requests (from every channel)
 * under My Account → Support, reads one, closes and reopens it.
 */
import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';
import { PortalPage } from '../../pages/PortalPage';
import { logInAsCustomer } from '../../pages/ShopperLogin';
import { expectAccessibleRegion, shopperIp } from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test( 'My Account → Support lists only the customer’s own requests; close and reopen', async ( {
	page,
	browser,
} ) => {
	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
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

	await logInAsCustomer( page, 'e2e_customer' );
	await page.goto( '/my-account/' );
	await page
		.getByRole( 'navigation', { name: 'Account pages' } )
		.getByRole( 'link', { name: 'Support' } )
		.click();
	await expect( page ).toHaveURL( /\/my-account\/support\/?$/ );
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
	expect(
		(
			await api< { status: string } >(
				agent,
				'GET',
				`/tickets/${ mine.id }`
			)
		).status
	).toBe( 'closed' );
	await page.getByRole( 'button', { name: 'Reopen this request' } ).click();
	await expect( portal.status() ).toContainText( 'Open' );
	expect(
		(
			await api< { status: string } >(
				agent,
				'GET',
				`/tickets/${ mine.id }`
			)
		).status
	).toBe( 'open' );

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
} );
