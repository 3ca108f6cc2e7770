/**
 * Self-service in the widget and on the contact form: a shopper searches
 * help from the launcher, reads the article in the panel, says it helped,
 * and what they did is recorded for the reports; a subject typed in the
 * contact form brings up the article that answers it, and a form sent
 * anyway is recorded as such; on a product page the widget opens on the
 * product's articles. Articles come from tools/php/seed-e2e.php.
 */
import type { Page } from '@playwright/test';

import {
	expect,
	hasWooCommerce,
	NEEDS_WOOCOMMERCE,
	test,
} from '../../fixtures';
import { ContactFormPage } from '../../pages/ContactFormPage';
import {
	expectAccessibleRegion,
	shopperIp,
	sitePhp,
} from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

type Event = {
	kind: string;
	source: string;
	query: string;
	results: number;
};

/**
 * The events stored for the page's visit (its session id in sessionStorage).
 *
 * @param page The storefront page.
 */
async function storedEvents( page: Page ): Promise< Event[] > {
	const session = await page.evaluate( () =>
		sessionStorage.getItem( 'storedesk-help-session' )
	);
	expect( session ).toMatch( /^[0-9a-f]{32}$/ );
	return JSON.parse(
		sitePhp(
			`echo wp_json_encode( \\Storedesk\\Plugin::container()->get( \\Storedesk\\KnowledgeBase\\Deflection\\EventLog::class )->of_session( '${ session }' ) );`
		)
	);
}

test( 'a shopper searches help in the widget, reads the article and says it helped', async ( {
	page,
} ) => {
	await page.goto( '/sample-page/' );
	await page.getByRole( 'button', { name: 'Help' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'How can we help?' } );
	await dialog.getByRole( 'tab', { name: 'Search help' } ).click();
	const pane = dialog.getByRole( 'tabpanel', { name: 'Search help' } );
	await pane
		.getByRole( 'searchbox', { name: 'Search help' } )
		.pressSequentially( 'return quokka lantern', { delay: 40 } );
	const result = pane.getByRole( 'link', {
		name: 'Returning a quokka lantern',
	} );
	await expect( result ).toBeVisible();
	await expect( pane.getByRole( 'status' ).first() ).toHaveText(
		'1 article found.'
	);
	await expect(
		pane.getByText( 'Quokka lantern supplier codes' ),
		'an internal article never reaches a shopper'
	).toHaveCount( 0 );
	await expectAccessibleRegion( page, '.storedesk-panel', 'help search' );

	await result.click();
	const title = pane.getByRole( 'heading', {
		name: 'Returning a quokka lantern',
	} );
	await expect( title ).toBeFocused();
	await expect( pane ).toContainText( 'print the prepaid return label' );
	await expect(
		pane.getByRole( 'link', { name: 'Open the full article' } )
	).toHaveAttribute( 'href', /\/e2e-quokka-lantern-returns\/$/ );
	await pane.getByRole( 'button', { name: 'Yes' } ).click();
	await expect( pane.getByText( 'Thanks for your feedback.' ) ).toBeVisible();
	await expectAccessibleRegion( page, '.storedesk-panel', 'help article' );

	// Closing the panel after reading, with nothing written, is an answer.
	await dialog.getByRole( 'button', { name: 'Close' } ).click();
	await expect
		.poll( async () =>
			// Beacons sent together may be stored in either order.
			( await storedEvents( page ) ).map( ( e ) => e.kind ).sort()
		)
		.toEqual( [ 'click', 'deflected', 'search' ] );
	expect(
		( await storedEvents( page ) ).find( ( e ) => e.kind === 'search' )
	).toMatchObject( {
		source: 'widget',
		query: 'return quokka lantern',
		results: 1,
	} );

	// "Still need help?" goes to the form with the search as its subject.
	await page.getByRole( 'button', { name: 'Help' } ).click();
	await pane.getByRole( 'button', { name: '‹ Back to results' } ).click();
	await pane
		.getByRole( 'button', { name: 'Still need help? Contact us' } )
		.click();
	await expect(
		dialog.getByRole( 'tab', { name: 'Contact us' } )
	).toHaveAttribute( 'aria-selected', 'true' );
	await expect(
		new ContactFormPage( page, dialog ).field( /^Subject/ )
	).toHaveValue( 'return quokka lantern' );
} );

test( 'the contact form suggests the help article for its subject; a form sent anyway is recorded', async ( {
	page,
} ) => {
	const form = new ContactFormPage( page );
	await form.open();
	await form
		.field( /^Subject/ )
		.pressSequentially( 'Does the marzipan contain nuts', {
			delay: 30,
		} );
	const suggestion = form.form.getByRole( 'link', {
		name: 'Marzipan allergens explained (opens in a new tab)',
	} );
	await expect( suggestion ).toBeVisible();
	await expect(
		form.form.getByRole( 'list', {
			name: 'These articles may answer your question',
		} )
	).toBeVisible();
	await expect( suggestion ).toHaveAttribute( 'target', '_blank' );
	await expectAccessibleRegion(
		page,
		'.storedesk-contact-form',
		'contact form with suggestions'
	);

	await form.fill( {
		name: 'Mara Marzipan',
		email: `mara${ Date.now() }@example.test`,
		topic: 'E2E Orders',
		message: 'I have a nut allergy; is the marzipan safe?',
	} );
	await form.send();
	expect( await form.ticketNumber() ).toBeGreaterThan( 0 );
	await expect
		.poll( async () =>
			( await storedEvents( page ) ).map( ( e ) => e.kind ).sort()
		)
		.toEqual( [ 'search', 'submitted' ] );
	expect(
		( await storedEvents( page ) ).find( ( e ) => e.kind === 'submitted' )
	).toMatchObject( {
		source: 'form',
		query: 'Does the marzipan contain nuts',
	} );
} );

test( 'on a product page the widget opens on the product’s help articles @woocommerce', async ( {
	page,
} ) => {
	test.skip( ! hasWooCommerce, NEEDS_WOOCOMMERCE );
	const url = sitePhp(
		`echo get_permalink( wc_get_product_id_by_sku( 'e2e-walnut-tray' ) );`
	);
	await page.goto( url );
	await page.getByRole( 'button', { name: 'Help' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'How can we help?' } );
	await expect(
		dialog.getByRole( 'tab', { name: 'Search help' } )
	).toHaveAttribute( 'aria-selected', 'true' );
	const pane = dialog.getByRole( 'tabpanel', { name: 'Search help' } );
	await expect(
		pane.getByRole( 'heading', { name: 'Articles about this product' } )
	).toBeVisible();
	await pane.getByRole( 'link', { name: 'Oiling your walnut tray' } ).click();
	await expect( pane ).toContainText( 'food-safe oil' );
} );
