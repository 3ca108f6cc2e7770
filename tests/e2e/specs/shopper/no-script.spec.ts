/**
 * With JavaScript off (blocked, or broken by another plugin), the contact
 * form still works: it posts to its page, errors come back beside the
 * fields with every word kept, and a good post shows the ticket number;
 * reloading that page sends nothing twice.
 */
import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { LoginPage } from '../../pages/LoginPage';
import { shopperIp } from '../../pages/shopper';

// The e2e site's minimum fill time is one second.
const FILL_TIME_MS = 1100;

test( 'without JavaScript the form posts, keeps the text on an error and shows the ticket number', async ( {
	browser,
	page,
} ) => {
	const context = await browser.newContext( {
		javaScriptEnabled: false,
		extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() },
	} );
	const shopper = await context.newPage();
	const form = new ContactFormPage( shopper );
	await form.open();

	const word = `noscript${ Date.now() }`;
	const message =
		'The vase came cracked <3 & so did the <b>lid</b>.\nPhotos on request.';
	await form.fill( {
		name: 'Noor Plain',
		email: 'noor@',
		subject: `Cracked vase ${ word }`,
		topic: 'E2E Orders',
		order: 'V-88',
		message,
	} );
	await shopper.waitForTimeout( FILL_TIME_MS );
	await form.send();

	await expect( shopper ).toHaveURL( /storedesk_form=[0-9a-f]{32}/ );
	await expect( shopper.getByRole( 'alert' ) ).toHaveText(
		'Some fields need your attention.'
	);
	await form.expectError( /^Email address/, /name@example\.com/ );
	await expect( form.field( /^How can we help/ ) ).toHaveValue( message );
	await expect( form.field( /^Your name/ ) ).toHaveValue( 'Noor Plain' );
	await expect( form.field( /^Order number/ ) ).toHaveValue( 'V-88' );
	await expect(
		form.field( /^Topic/ ).locator( 'option:checked' )
	).toHaveText( 'E2E Orders' );

	const email = `noor${ Date.now() }@example.test`;
	await form.fill( { email } );
	await shopper.waitForTimeout( FILL_TIME_MS );
	await form.send();
	const ticket = await form.ticketNumber();
	expect( ticket ).toBeGreaterThan( 0 );
	await expect(
		shopper.getByText( `on its way to ${ email }` )
	).toBeVisible();

	// A reload shows the same thanks and posts nothing again.
	await shopper.reload();
	expect( await form.ticketNumber() ).toBe( ticket );

	await new LoginPage( page ).logIn();
	const found = await api< Array< { id: number } > >(
		page,
		'GET',
		`/tickets?search=${ word }`
	);
	expect( found.map( ( t ) => t.id ) ).toEqual( [ ticket ] );
	const saved = await api< {
		messages: Array< { body: string } >;
	} >( page, 'GET', `/tickets/${ ticket }?with=messages` );
	expect( saved.messages[ 0 ].body ).toContain( 'Order number: V-88' );
	expect( saved.messages[ 0 ].body ).toContain( 'so did the <b>lid</b>' );
	await context.close();
} );
