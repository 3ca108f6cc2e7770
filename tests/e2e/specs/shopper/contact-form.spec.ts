/**
 * A guest writes to the store through the contact-form block on Twenty
 * Twenty-Five (and the shortcode): field errors show beside the fields and
 * keep the text; a good submission shows the ticket number; the agent's
 * inbox has the ticket.
 */
import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { LoginPage } from '../../pages/LoginPage';
import {
	expectAccessibleRegion,
	expectRefusalLogged,
	shopperIp,
} from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test( 'field errors beside the fields keep the text; then the ticket number', async ( {
	page,
	browser,
	consoleErrors,
} ) => {
	const form = new ContactFormPage( page );
	await form.open();
	await expect( page.locator( 'body' ) ).toHaveClass(
		/wp-theme-twentytwentyfive|block-template/
	);
	await expectAccessibleRegion(
		page,
		'.storedesk-contact-form',
		'contact form'
	);

	const message =
		'My walnut desk arrived with a scratched leg.\nOrder placed last week.';
	await form.fill( {
		name: 'Hana Guest',
		email: 'hana.guest@',
		subject: '',
		message,
	} );
	await form.send();
	await expect( form.field( /^Email address/ ) ).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await form.expectError( /^Email address/, /name@example\.com/ );
	await form.expectError( /^Subject/, /Please fill in "Subject"/ );
	await form.expectError( /^Topic/, /Please fill in "Topic"/ );
	await expect( form.field( /^Email address/ ) ).toBeFocused();
	await expect( form.field( /^How can we help/ ) ).toHaveValue( message );
	await expect( form.field( /^Your name/ ) ).toHaveValue( 'Hana Guest' );

	// Past the browser's checks, the server's answer lands beside the field too.
	const email = `hana${ Date.now() }@example.test`;
	await form
		.field( /^Subject/ )
		.evaluate( ( el ) => el.removeAttribute( 'required' ) );
	await form.fill( {
		email,
		subject: '   ',
		topic: 'E2E Orders',
		order: 'WD-2231',
	} );
	await form.send();
	await expect( form.field( /^Subject/ ) ).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await form.expectError( /^Subject/, 'Please add a subject.' );
	await expect( form.field( /^How can we help/ ) ).toHaveValue( message );
	expectRefusalLogged( consoleErrors, 400 );

	await form.fill( { subject: 'Scratched walnut desk' } );
	await form.send();
	const ticket = await form.ticketNumber();
	expect( ticket ).toBeGreaterThan( 0 );
	await expect( page.getByText( `on its way to ${ email }` ) ).toBeVisible();

	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
	const saved = await api< {
		subject: string;
		channel: string;
		team: number;
		messages: Array< { body: string; format: string } >;
	} >( agent, 'GET', `/tickets/${ ticket }?with=messages` );
	expect( saved.subject ).toBe( 'Scratched walnut desk' );
	expect( saved.channel ).toBe( 'form' );
	expect( saved.messages[ 0 ].body ).toContain(
		'scratched leg.\nOrder placed'
	);
	expect( saved.messages[ 0 ].body ).toContain( 'Order number: WD-2231' );
	await agent.close();
} );

test( 'the server refuses a blocked sender and the form keeps every word', async ( {
	page,
	browser,
	consoleErrors,
} ) => {
	const admin = await browser.newPage();
	await new LoginPage( admin ).logIn();
	await api( admin, 'PATCH', '/settings', {
		spam_blocklist: [ 'blocked.example' ],
	} );
	try {
		const form = new ContactFormPage( page );
		await form.open( '/e2e-classic/' );
		await form.fill( {
			name: 'Bob Blocked',
			email: 'bob@blocked.example',
			subject: 'Still here?',
			topic: 'E2E Returns',
			message: 'Every word must survive.',
		} );
		await form.send();
		await expect( form.form.getByRole( 'alert' ) ).toContainText(
			'cannot accept messages from this email address'
		);
		await expect( form.field( /^How can we help/ ) ).toHaveValue(
			'Every word must survive.'
		);
		await expect( form.field( /^Subject/ ) ).toHaveValue( 'Still here?' );
		expectRefusalLogged( consoleErrors, 403 );
	} finally {
		await api( admin, 'PATCH', '/settings', { spam_blocklist: [] } );
		await admin.close();
	}
} );
