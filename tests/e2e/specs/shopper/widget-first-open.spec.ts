/**
 * What a shopper sees first: the launcher opens on the contact form's
 * fields, with nothing else clicked, on a block theme and a classic theme,
 * with the mouse on a desktop and with the keyboard on a phone. (The panel
 * once opened on a hidden "Loading…" pane until another tab was clicked.)
 */
import type { Locator, Page } from '@playwright/test';

import { expect, test } from '../../fixtures';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { sitePhp, shopperIp } from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

const THEMES = [
	[ 'twentytwentyfive', 'block theme' ],
	[ 'twentytwentyone', 'classic theme' ],
] as const;

/**
 * The form in the panel, every field a shopper fills in visible, asked for
 * once.
 *
 * @param page     The storefront page.
 * @param requests Paths of the store API requests made so far.
 */
async function expectFormShown( page: Page, requests: string[] ) {
	const dialog = page.getByRole( 'dialog', { name: 'How can we help?' } );
	await expect( dialog ).toBeVisible();
	await expect(
		dialog.getByRole( 'tab', { name: 'Contact us' } )
	).toHaveAttribute( 'aria-selected', 'true' );
	const pane = dialog.getByRole( 'tabpanel', { name: 'Contact us' } );
	await expect( pane ).toBeVisible();
	const form = new ContactFormPage( page, dialog );
	for ( const label of [
		/^Your name/,
		/^Email address/,
		/^Subject/,
		/^How can we help/,
	] ) {
		await expect( form.field( label ) ).toBeVisible();
	}
	await expect( pane.getByText( 'Loading…' ) ).toHaveCount( 0 );
	expect(
		requests.filter( ( p ) => p.endsWith( '/storedesk/store/v1/form' ) )
	).toHaveLength( 1 );
	return form;
}

/**
 * Presses Tab as a keyboard user does until the target has focus.
 *
 * @param page   The page.
 * @param target What should get focus.
 * @param most   Presses at most.
 */
async function tabTo( page: Page, target: Locator, most: number ) {
	for ( let i = 0; i < most; i++ ) {
		await page.keyboard.press( 'Tab' );
		if (
			await target.evaluate(
				( el ) => el === el.ownerDocument.activeElement
			)
		) {
			break;
		}
	}
	await expect( target ).toBeFocused();
}

for ( const [ theme, kind ] of THEMES ) {
	test.describe( `on a ${ kind } (${ theme })`, () => {
		test.beforeAll( () => {
			sitePhp( `switch_theme( '${ theme }' );` );
		} );
		test.afterAll( () => {
			sitePhp( `switch_theme( 'twentytwentyfive' );` );
		} );

		test( 'a click on the launcher shows the contact form', async ( {
			page,
		} ) => {
			const requests: string[] = [];
			page.on( 'request', ( r ) =>
				requests.push( decodeURIComponent( new URL( r.url() ).href ) )
			);
			await page.setViewportSize( { width: 1280, height: 800 } );
			await page.goto( '/sample-page/' );
			await page.getByRole( 'button', { name: 'Help' } ).click();
			await expectFormShown( page, requests );
		} );

		test( 'a keyboard user opens the launcher and reaches the first field', async ( {
			page,
		} ) => {
			const requests: string[] = [];
			page.on( 'request', ( r ) =>
				requests.push( decodeURIComponent( new URL( r.url() ).href ) )
			);
			await page.setViewportSize( { width: 390, height: 844 } );
			await page.goto( '/sample-page/' );
			const launcher = page.getByRole( 'button', { name: 'Help' } );
			await tabTo( page, launcher, 60 );
			await page.keyboard.press( 'Enter' );
			const form = await expectFormShown( page, requests );
			// From the selected tab, Tab moves into the pane and on to the first field.
			const name = form.field( /^Your name/ );
			await tabTo( page, name, 6 );
			await page.keyboard.type( 'Kit Keyboard' );
			await expect( name ).toHaveValue( 'Kit Keyboard' );
		} );
	} );
}
