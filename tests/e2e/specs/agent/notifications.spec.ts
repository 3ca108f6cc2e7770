/**
 * Notification emails, caught by the SMTP sink of `npm test`: an agent's
 * reply reaches the customer in full in the ticket's thread, so does the
 * resolution, and an agent who switches an email off in Settings stops
 * getting it.
 */
import type { Browser, Page } from '@playwright/test';

import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';
import { findMail, header, waitForMail } from '../../pages/mailbox';

const THREAD_ID = ( ticket: number ) =>
	new RegExp( `^<storedesk\\.${ ticket }\\.[a-f0-9]{16}@[^>]+>$` );

async function openTicketFor( page: Page, email: string, subject: string ) {
	return api< { id: number } >( page, 'POST', '/tickets', {
		subject,
		channel: 'email',
		customer: { name: 'Nadia Florez', email },
		message: { body: '<p>The cashmere scarf looks washed out.</p>' },
	} );
}

const saved = ( page: Page ) =>
	page
		.getByTestId( 'snackbar' )
		.filter( { hasText: 'Notification settings saved.' } )
		.first();

async function adminPage( browser: Browser ): Promise< Page > {
	const context = await browser.newContext( {
		baseURL: test.info().project.use.baseURL,
	} );
	const page = await context.newPage();
	await new LoginPage( page ).logIn();
	return page;
}

test( 'a reply and the resolution reach the customer in one thread', async ( {
	page,
} ) => {
	const stamp = Date.now();
	const email = `nadia.mail${ stamp }@example.test`;
	await new LoginPage( page ).logIn();
	const ticket = await openTicketFor(
		page,
		email,
		`Scarf arrived faded ${ stamp }`
	);

	await page.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ ticket.id }`
	);
	await page
		.getByRole( 'textbox', { name: 'Reply to the customer' } )
		.fill( 'So sorry! A new scarf is on its way & tracked.' );
	await page.getByRole( 'button', { name: 'Send', exact: true } ).click();
	await expect(
		page
			.getByRole( 'list', { name: 'Conversation' } )
			.getByRole( 'article', { name: /^Reply from/ } )
	).toContainText( 'new scarf' );

	const reply = await waitForMail( {
		to: email,
		subject: `[#${ ticket.id }] Re: Scarf arrived faded`,
	} );
	expect( reply.text ).toContain(
		'So sorry! A new scarf is on its way & tracked.'
	);
	expect( reply.html ).toContain(
		'So sorry! A new scarf is on its way &amp; tracked.'
	);
	expect( reply.text ).toMatch(
		new RegExp( `storedesk_ticket=${ ticket.id }&storedesk_token=` )
	);
	expect( reply.inReplyTo ).toMatch( THREAD_ID( ticket.id ) );
	expect( reply.references ).toEqual( [ reply.inReplyTo ] );
	expect( reply.messageId ).not.toBe( reply.inReplyTo );
	expect( header( reply, 'Auto-Submitted' ) ).toBeUndefined();
	// The agent opened the ticket, so no acknowledgement came before the reply.
	expect( findMail( { to: email } ).map( ( m ) => m.subject ) ).toEqual( [
		reply.subject,
	] );

	await page
		.getByRole( 'combobox', { name: 'Status' } )
		.selectOption( 'resolved' );
	const resolved = await waitForMail( {
		to: email,
		subject: `[#${ ticket.id }] Resolved:`,
	} );
	expect( resolved.inReplyTo ).toBe( reply.inReplyTo );
	expect( resolved.references ).toEqual( [ reply.inReplyTo ] );
	expect( resolved.messageId ).not.toBe( reply.messageId );
	expect( header( resolved, 'Auto-Submitted' ) ).toBe( 'auto-replied' );
	expect( resolved.text ).toContain( 'marked your request as resolved' );
	expect( resolved.html ).toContain( 'View your request' );
} );

test( 'an agent who switches assignment emails off gets none', async ( {
	page,
	browser,
} ) => {
	const stamp = Date.now();
	const admin = await adminPage( browser );
	const agents = await api< Array< { id: number; email: string } > >(
		admin,
		'GET',
		'/agents'
	);
	const alex = agents.find( ( a ) => a.email === 'e2e_agent@example.test' );
	const bo = agents.find( ( a ) => a.email === 'e2e_agent2@example.test' );
	expect( alex && bo ).toBeTruthy();
	const tickets = await Promise.all(
		[ 'first', 'second', 'third' ].map( ( n ) =>
			openTicketFor(
				admin,
				`switch.${ n }.${ stamp }@example.test`,
				`Lamp ${ n } ${ stamp }`
			)
		)
	);

	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	await page.goto( '/wp-admin/admin.php?page=storedesk#/settings' );
	const assigned = page.getByRole( 'checkbox', {
		name: 'A ticket is assigned to me',
	} );
	await expect( assigned ).toBeChecked();
	await expectAccessible( page, 'settings screen' );
	await assigned.uncheck();
	await expect( saved( page ) ).toBeVisible();
	expect(
		(
			await api< { assignment: boolean } >(
				page,
				'GET',
				'/me/notifications'
			)
		).assignment
	).toBe( false );

	// Mail goes out before the request answers, in request order: once Bo's
	// email (assigned after Alex's ticket) is in, Alex's would be too.
	await api( admin, 'PATCH', `/tickets/${ tickets[ 0 ].id }`, {
		assignee: alex!.id,
	} );
	await api( admin, 'PATCH', `/tickets/${ tickets[ 1 ].id }`, {
		assignee: bo!.id,
	} );
	await waitForMail( {
		to: bo!.email,
		subject: `[#${ tickets[ 1 ].id }] Assigned to you`,
	} );
	expect(
		findMail( {
			to: alex!.email,
			subject: `[#${ tickets[ 0 ].id }] Assigned to you`,
		} )
	).toEqual( [] );

	await page.reload();
	await assigned.check();
	await expect( saved( page ) ).toBeVisible();
	await api( admin, 'PATCH', `/tickets/${ tickets[ 2 ].id }`, {
		assignee: alex!.id,
	} );
	const back = await waitForMail( {
		to: alex!.email,
		subject: `[#${ tickets[ 2 ].id }] Assigned to you`,
	} );
	expect( header( back, 'Auto-Submitted' ) ).toBe( 'auto-generated' );
	expect( back.text ).toContain(
		`admin.php?page=storedesk#/tickets/${ tickets[ 2 ].id }`
	);
	await admin.context().close();
} );
