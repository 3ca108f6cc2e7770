/**
 * Logged calls: an agent takes a call from a number the desk has never
 * seen, logs it from the inbox and lands on the new conversation; the
 * caller is now a contact with that number. A second call from the same
 * number, written another way, is the same contact.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { LoginPage } from '../../pages/LoginPage';

/** A UK mobile number nobody has, as its 10 digits after +44. */
const freshNumber = () =>
	`77${ String( Date.now() % 100_000_000 ).padStart( 8, '0' ) }`;

/**
 * Opens "Log a call" from the inbox, fills it in and sends it.
 *
 * @param page           The agent's page, on the inbox.
 * @param fields         What the agent types.
 * @param fields.number  The number as the agent writes it.
 * @param fields.name    The caller's name, if given.
 * @param fields.minutes Minutes of the call.
 * @param fields.notes   Notes.
 */
async function logCall(
	page: Page,
	fields: { number: string; name?: string; minutes?: string; notes?: string }
) {
	await page
		.locator( '.storedesk-list' )
		.getByRole( 'button', { name: 'Log a call' } )
		.click();
	const dialog = page.getByRole( 'dialog', { name: 'Log a call' } );
	await expect( dialog ).toBeVisible();
	await dialog
		.getByRole( 'textbox', { name: 'Phone number' } )
		.fill( fields.number );
	if ( fields.name ) {
		await dialog
			.getByRole( 'textbox', { name: 'Caller’s name (optional)' } )
			.fill( fields.name );
	}
	if ( fields.minutes ) {
		await dialog
			.getByRole( 'spinbutton', { name: 'Minutes' } )
			.fill( fields.minutes );
	}
	if ( fields.notes ) {
		await dialog
			.getByRole( 'textbox', { name: 'Notes' } )
			.fill( fields.notes );
	}
	await dialog.getByRole( 'button', { name: 'Log call' } ).click();
	await expect( dialog ).toBeHidden();
	await expect( page ).toHaveURL( /#\/tickets\/\d+$/ );
	return Number( /#\/tickets\/(\d+)$/.exec( page.url() )![ 1 ] );
}

test( 'log a call from a new number, then a second one written another way', async ( {
	page,
} ) => {
	const digits = freshNumber();
	const e164 = `+44${ digits }`;
	const name = `Rosa Caller ${ digits }`;

	await new LoginPage( page ).logIn();
	await page
		.locator( '#adminmenu' )
		.getByRole( 'link', { name: /^Support/ } )
		.first()
		.click();
	await expect( page.locator( '.storedesk-list' ) ).toBeVisible();

	// What the agent first sees: the button, then the dialog, both usable.
	await page.getByRole( 'button', { name: 'Log a call' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Log a call' } );
	await expect(
		dialog.getByRole( 'radio', { name: 'The customer called' } )
	).toBeChecked();
	await expectAccessible( page, 'log a call dialog' );
	await dialog.getByRole( 'button', { name: 'Log call' } ).click();
	await expect(
		dialog.getByText( 'Enter the phone number of the call.' )
	).toBeVisible();
	await dialog.getByRole( 'textbox', { name: 'Phone number' } ).fill( '12' );
	await dialog.getByRole( 'button', { name: 'Log call' } ).click();
	await expect( dialog.getByText( /does not look right/ ) ).toBeVisible();
	await dialog.getByRole( 'button', { name: 'Cancel' } ).click();

	const first = await logCall( page, {
		number: `+44 ${ digits.slice( 0, 4 ) } ${ digits.slice( 4 ) }`,
		name,
		minutes: '3',
		notes: 'Asked whether the linen sheets come in king size.',
	} );
	await expect(
		page.getByRole( 'heading', {
			name: `#${ first } Call from ${ name } (${ e164 })`,
			level: 2,
		} )
	).toBeVisible();
	const entry = page.getByRole( 'article', {
		name: `Customer from ${ name }`,
	} );
	await expect( entry ).toContainText(
		`Incoming call · ${ e164 } · 3 min · answered`
	);
	await expect( entry ).toContainText(
		'Asked whether the linen sheets come in king size.'
	);

	// In the inbox, under Phone.
	await page.goto(
		'/wp-admin/admin.php?page=storedesk#/inbox/channel/phone'
	);
	await expect(
		page.getByRole( 'row', {
			name: new RegExp( `#${ first } Call from ${ name }` ),
		} )
	).toBeVisible();

	// The caller is a contact with that number.
	await page.goto( `/wp-admin/admin.php?page=storedesk#/tickets/${ first }` );
	const card = page.getByRole( 'region', { name: 'Customer' } );
	await card.getByRole( 'link', { name, exact: true } ).click();
	await expect(
		page.getByRole( 'heading', { name, level: 2 } )
	).toBeVisible();
	await expect( page.getByText( e164 ).first() ).toBeVisible();
	const contactUrl = page.url();

	// A second call, the number written with 00 and brackets: the same contact.
	await page.goto(
		'/wp-admin/admin.php?page=storedesk#/inbox/channel/phone'
	);
	const second = await logCall( page, {
		number: `0044 (${ digits.slice( 0, 4 ) }) ${ digits.slice( 4, 7 ) }-${ digits.slice( 7 ) }`,
	} );
	expect( second ).not.toBe( first );
	await expect(
		page
			.getByRole( 'region', { name: 'Customer' } )
			.getByRole( 'link', { name, exact: true } )
	).toHaveAttribute( 'href', new URL( contactUrl ).hash );
	await expect(
		page.getByRole( 'heading', {
			name: `#${ second } Call from ${ name } (${ e164 })`,
			level: 2,
		} )
	).toBeVisible();
	await page.goto( contactUrl );
	await expect(
		page.getByText( '2 conversations on all channels' )
	).toBeVisible();
} );
