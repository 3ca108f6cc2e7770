/**
 * The whole shopper journey, with real mail through the SMTP sink: a guest
 * submits the form, the acknowledgement arrives with a magic link, the guest
 * opens it and replies, the agent sees the reply in the inbox and answers,
 * the answer arrives in the same mail thread and shows in the portal.
 */
import { expect, test } from '../../fixtures';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { InboxPage } from '../../pages/InboxPage';
import { LoginPage } from '../../pages/LoginPage';
import { findMail, header, waitForMail } from '../../pages/mailbox';
import { PortalPage } from '../../pages/PortalPage';
import { shopperIp } from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test( 'form, acknowledgement with a magic link, replies both ways in one mail thread', async ( {
	page,
	browser,
} ) => {
	const stamp = Date.now();
	const email = `quinn${ stamp }@example.test`;
	const subject = `Linen sheets wrong size ${ stamp }`;

	const form = new ContactFormPage( page );
	await form.open();
	await form.fill( {
		name: 'Quinn Guest',
		email,
		subject,
		topic: 'E2E Orders',
		message: 'I ordered king size linen sheets and got single ones.',
	} );
	await form.send();
	const number = await form.ticketNumber();

	const ack = await waitForMail( { to: email, subject: `[#${ number }]` } );
	expect( header( ack, 'Auto-Submitted' ) ).toBe( 'auto-replied' );
	expect( ack.text ).toContain( `#${ number }` );
	expect( ack.html ).toContain( `#${ number }` );
	const root = ack.inReplyTo;
	expect( root, 'the acknowledgement points at the ticket thread' ).toMatch(
		/^<storedesk\./
	);
	const link = /https?:\/\/\S*storedesk_token=[A-Za-z0-9._-]+/.exec(
		ack.text
	)?.[ 0 ];
	expect( link, 'the acknowledgement carries a magic link' ).toBeTruthy();

	// The guest follows the link from the email, without an account.
	await page.goto( link! );
	const portal = new PortalPage( page );
	await expect(
		page.getByRole( 'heading', { name: subject } )
	).toBeVisible();
	await expect( portal.thread() ).toContainText( 'got single ones' );
	await portal.reply( 'The order number is on the packing slip: 4711.' );

	// The agent finds the reply in the inbox and answers from the ticket screen.
	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
	const inbox = new InboxPage( agent );
	await inbox.goto( 'open' );
	await inbox.search( `${ stamp }` );
	const row = agent.getByRole( 'link', { name: new RegExp( subject ) } );
	await expect( row ).toBeVisible();
	await row.click();
	const conversation = agent.getByRole( 'list', { name: 'Conversation' } );
	await expect( conversation ).toContainText( 'packing slip: 4711' );
	const composer = agent.getByRole( 'textbox', {
		name: 'Reply to the customer',
	} );
	await composer.click();
	await composer.pressSequentially( 'King size sheets ship today, sorry!' );
	await agent.getByRole( 'button', { name: 'Send', exact: true } ).click();
	await expect( conversation ).toContainText( 'King size sheets ship today' );

	// The answer reaches the customer in the same thread as the acknowledgement.
	await expect
		.poll(
			() =>
				findMail( { to: email, subject: `[#${ number }]` } ).filter(
					( m ) => m.text.includes( 'King size sheets ship today' )
				).length
		)
		.toBe( 1 );
	const answer = findMail( { to: email, subject: `[#${ number }]` } ).find(
		( m ) => m.text.includes( 'King size sheets ship today' )
	)!;
	expect( answer.html ).toContain( 'King size sheets ship today' );
	expect( answer.inReplyTo ).toBe( root );
	expect( answer.references ).toContain( root );
	expect( answer.messageId ).not.toBe( ack.messageId );
	expect( header( answer, 'Auto-Submitted' ) ).toBeUndefined();
	await agent.close();

	// And the guest sees it in the portal.
	await page.reload();
	await expect( portal.thread() ).toContainText(
		'King size sheets ship today'
	);
} );
