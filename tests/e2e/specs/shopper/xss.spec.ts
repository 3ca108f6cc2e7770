/**
 * Script payloads typed into every field of the contact form stay inert
 * where the conversation is shown: the shopper's success message, the
 * portal (magic link) and the agent's inbox list and ticket screen. Each
 * payload would raise a flag and open a dialog if it ever ran.
 */
import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { LoginPage } from '../../pages/LoginPage';
import { PortalPage } from '../../pages/PortalPage';
import {
	expectRefusalLogged,
	magicLink,
	watchForScripts,
	xssPayload,
	shopperIp,
} from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test( 'payloads in every form field are inert in the portal and the admin inbox', async ( {
	page,
	browser,
	consoleErrors,
} ) => {
	const shopper = watchForScripts( page );
	const form = new ContactFormPage( page );
	await form.open();
	const word = `xss${ Date.now() }`;
	// An address cannot carry markup: the form refuses it beside the field.
	await form.fill( {
		name: `Xena ${ xssPayload( 'name' ) }`,
		email: `"><img src=x onerror=alert(1)>@example.test`,
		subject: `${ word } ${ xssPayload( 'subject' ) }`,
		topic: 'E2E Orders',
		order: xssPayload( 'order' ),
		message: `Hello ${ xssPayload( 'message' ) }`,
	} );
	await form.send();
	await expect( form.field( /^Email address/ ) ).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	// A tampered topic is refused by the server.
	const topic = await form.field( /^Topic/ ).evaluate( ( el, payload ) => {
		const option = ( el as HTMLSelectElement ).options[ 1 ];
		const value = option.value;
		option.value = payload;
		return value;
	}, xssPayload( 'topic' ) );
	await form.fill( { email: `${ word }@example.test`, topic: 'E2E Orders' } );
	await form.send();
	await form.expectError( /^Topic/, 'Please choose a topic.' );
	expectRefusalLogged( consoleErrors, 400 );
	await form.field( /^Topic/ ).evaluate( ( el, value ) => {
		( el as HTMLSelectElement ).options[ 1 ].value = value;
	}, topic );
	await form.fill( { topic: 'E2E Orders' } );
	await form.send();
	const ticket = await form.ticketNumber();
	await shopper.expectNoneRan( 'the form' );

	const agent = await browser.newPage();
	const inbox = watchForScripts( agent );
	await new LoginPage( agent ).logIn();
	await api( agent, 'POST', `/tickets/${ ticket }/messages`, {
		kind: 'reply',
		body: `<p>Thanks!</p>${ xssPayload( 'reply' ) }<a href="javascript:window.__storedeskXss='href'">link</a>`,
	} );
	await agent.goto( '/wp-admin/admin.php?page=storedesk#/inbox/unassigned' );
	await expect( agent.getByText( word ).first() ).toBeVisible();
	await agent.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ ticket }`
	);
	const thread = agent.getByRole( 'list', { name: 'Conversation' } );
	await expect( thread ).toContainText( 'onerror' );
	await expect( thread ).toContainText( 'Thanks!' );
	await inbox.expectNoneRan( 'the admin inbox' );
	await agent.close();

	await page.goto( magicLink( ticket ) );
	const portal = new PortalPage( page );
	await expect( portal.thread().getByRole( 'article' ) ).toHaveCount( 2 );
	await expect( portal.thread() ).toContainText(
		"window.__storedeskXss='message'"
	);
	await expect( portal.thread() ).toContainText( 'Thanks!' );
	// The javascript: link keeps its text and loses its href, so it is no link at all.
	await expect( portal.thread() ).toContainText( 'link' );
	await expect(
		portal.thread().getByRole( 'link', { name: 'link', exact: true } )
	).toHaveCount( 0 );
	await shopper.expectNoneRan( 'the portal' );
	// Message HTML keeps no image at all (a remote one would report the reading back).
	await expect( portal.thread().locator( 'img' ) ).toHaveCount( 0 );
} );
