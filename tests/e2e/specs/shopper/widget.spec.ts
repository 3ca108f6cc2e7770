/**
 * The launcher on storefront pages: opens the panel with the keyboard,
 * focus moves in and back, Escape closes; the panel's form works; pages
 * that hide the launcher print nothing of it; the loader is small and
 * nothing of ours blocks rendering.
 */
import { gzipSync } from 'node:zlib';

import { expect, test } from '../../fixtures';
import { ContactFormPage } from '../../pages/ContactFormPage';
import {
	expectAccessibleRegion,
	sitePhp,
	shopperIp,
} from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test( 'the panel opens and closes with the keyboard, and its form sends', async ( {
	page,
} ) => {
	await page.setViewportSize( { width: 375, height: 740 } );
	await page.goto( '/sample-page/' );
	const launcher = page.getByRole( 'button', { name: 'Help' } );
	await expect( launcher ).toHaveAttribute( 'aria-expanded', 'false' );
	await launcher.focus();
	await page.keyboard.press( 'Enter' );
	const dialog = page.getByRole( 'dialog', { name: 'How can we help?' } );
	await expect( dialog ).toBeVisible();
	const contact = dialog.getByRole( 'tab', { name: 'Contact us' } );
	await expect( contact ).toBeFocused();
	await expect( contact ).toHaveAttribute( 'aria-selected', 'true' );
	const box = await dialog.boundingBox();
	expect( box?.width, 'the panel fits a 375 px screen' ).toBeLessThanOrEqual(
		375
	);

	await page.keyboard.press( 'ArrowRight' );
	await expect(
		dialog.getByRole( 'tab', { name: 'Search help' } )
	).toBeFocused();
	await page.keyboard.press( 'ArrowRight' );
	const mine = dialog.getByRole( 'tab', { name: 'My conversations' } );
	await expect( mine ).toBeFocused();
	await expect(
		dialog.getByRole( 'tabpanel', { name: 'My conversations' } )
	).toContainText( 'send you links' );
	await page.keyboard.press( 'Home' );
	await expect( contact ).toBeFocused();
	const form = new ContactFormPage( page, dialog );
	await expect( form.form ).toBeVisible();
	await expectAccessibleRegion( page, '.storedesk-panel', 'widget panel' );

	// Focus stays inside the dialog.
	for ( let i = 0; i < 15; i++ ) {
		await page.keyboard.press( 'Tab' );
		expect(
			await page.evaluate(
				() => !! document.querySelector( '[role=dialog]:focus-within' )
			)
		).toBe( true );
	}
	await page.keyboard.press( 'Escape' );
	await expect( dialog ).toBeHidden();
	await expect( launcher ).toBeFocused();
	await expect( launcher ).toHaveAttribute( 'aria-expanded', 'false' );

	await page.keyboard.press( 'Enter' );
	await expect( dialog ).toBeVisible();
	await form.fill( {
		name: 'Wren Widget',
		email: `wren${ Date.now() }@example.test`,
		subject: 'Gift cards?',
		topic: 'E2E Orders',
		message: 'Do you sell gift cards?',
	} );
	await form.send();
	expect( await form.ticketNumber() ).toBeGreaterThan( 0 );
	await dialog.getByRole( 'button', { name: 'Close' } ).click();
	await expect( dialog ).toBeHidden();
	await expect( launcher ).toBeFocused();
} );

test( 'the loader is small and deferred; the panel loads on demand; hidden pages print nothing', async ( {
	page,
} ) => {
	const scripts: string[] = [];
	page.on( 'request', ( r ) => {
		if (
			r.resourceType() === 'script' ||
			r.resourceType() === 'stylesheet'
		) {
			scripts.push( r.url() );
		}
	} );
	await page.goto( '/sample-page/' );
	await expect( page.getByRole( 'button', { name: 'Help' } ) ).toBeVisible();
	const ours = scripts.filter( ( u ) => u.includes( '/plugins/storedesk/' ) );
	expect( ours.map( ( u ) => new URL( u ).pathname ) ).toEqual( [
		'/wp-content/plugins/storedesk/build/storefront.js',
	] );
	const tag = page.locator( '#storedesk-storefront-js' );
	await expect( tag ).toHaveAttribute( 'defer', '' );
	expect(
		await page.evaluate(
			() =>
				!! document.querySelector(
					'head #storedesk-storefront-js, head link[href*="storedesk"]'
				)
		)
	).toBe( false );
	const loader = await ( await page.request.get( ours[ 0 ] ) ).body();
	const gz = gzipSync( loader, { level: 9 } ).length;
	test.info().annotations.push( {
		type: 'loader gzip bytes',
		description: String( gz ),
	} );
	expect( gz ).toBeLessThanOrEqual( 10 * 1024 );

	await page.getByRole( 'button', { name: 'Help' } ).click();
	await expect( page.getByRole( 'dialog' ) ).toBeVisible();
	expect( scripts.some( ( u ) => u.includes( 'storefront-app.js' ) ) ).toBe(
		true
	);
	expect(
		scripts.some( ( u ) => u.includes( 'style-storefront-ui.css' ) )
	).toBe( true );

	const hidden = Number(
		sitePhp( `
$page = get_page_by_path( 'e2e-no-widget' );
$id = $page ? $page->ID : wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'No widget here', 'post_name' => 'e2e-no-widget' ) );
update_post_meta( $id, '_storedesk_hide_widget', true );
echo $id;` )
	);
	expect( hidden ).toBeGreaterThan( 0 );
	const html = await ( await page.request.get( '/e2e-no-widget/' ) ).text();
	expect( html ).toContain( 'No widget here' );
	// The site's name contains the word; nothing of the plugin's front end may.
	expect(
		html.match(
			/plugins\/storedesk|storedeskStore|storedesk-(storefront|launcher)/g
		),
		'the launcher on a page that hides it'
	).toBeNull();
} );
