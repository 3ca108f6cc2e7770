/**
 * An administrator logs in, finds the helpdesk under Support, and sees a
 * conversation that was just logged in the inbox list.
 */
import { expect, test } from '../../fixtures';
import { LoginPage } from '../../pages/LoginPage';

test( 'the Support menu opens the inbox with the latest conversation', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	const nonce = (
		await (
			await page.request.get(
				'/wp-admin/admin-ajax.php?action=rest-nonce'
			)
		).text()
	).trim();
	const subject = `Parcel left with neighbour ${ Date.now() }`;
	const created = await page.request.post( '/wp-json/storedesk/v1/tickets', {
		headers: { 'X-WP-Nonce': nonce },
		data: {
			subject,
			channel: 'phone',
			customer: { name: 'Ines Caller', phone: '+351 912 345 678' },
			message: {
				body: 'Asked who signed for the parcel.',
				format: 'text',
			},
		},
	} );
	expect( created.status() ).toBe( 201 );

	const menu = page
		.locator( '#adminmenu' )
		.getByRole( 'link', { name: /^Support/ } )
		.first();
	await expect( menu ).toBeVisible();
	await menu.click();
	await expect( page ).toHaveURL( /admin\.php\?page=storedesk/ );
	await expect(
		page.getByRole( 'heading', { name: 'Support', level: 1 } )
	).toBeVisible();
	await page
		.getByRole( 'navigation', { name: 'Inbox views' } )
		.getByRole( 'link', { name: 'Unassigned' } )
		.click();
	const row = page.getByRole( 'row', { name: new RegExp( subject ) } );
	await expect( row ).toBeVisible();
	await expect(
		row.getByRole( 'cell', { name: 'Ines Caller' } )
	).toBeVisible();
	await expect( row.getByRole( 'cell', { name: 'phone' } ) ).toBeVisible();
} );

test( 'a support agent who is not an administrator reaches the inbox', async ( {
	page,
} ) => {
	// WooCommerce sends users who cannot edit posts to My Account; agents must get through.
	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	await expect( page ).toHaveURL( /wp-admin/ );
	await page.goto( '/wp-admin/admin.php?page=storedesk' );
	await expect(
		page.getByRole( 'heading', { name: 'Support', level: 1 } )
	).toBeVisible();
	await expect(
		page.getByRole( 'navigation', { name: 'Inbox views' } )
	).toBeVisible();
} );
