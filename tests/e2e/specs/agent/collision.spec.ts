/**
 * Two agents in two browsers on one ticket: the second sees the first
 * viewing, then typing; when the customer writes again, the first agent's
 * send is stopped with the new message shown and the draft kept, and
 * "Send anyway" sends it.
 */
import type { Browser, Page } from '@playwright/test';

import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api } from '../../pages/api';
import { customerWrites } from '../../pages/customer';
import { LoginPage } from '../../pages/LoginPage';
import { TicketPage } from '../../pages/TicketPage';

/**
 * A page in its own browser context (its own cookies), logged in, whose
 * console errors are collected like the fixture's.
 *
 * @param browser Browser.
 * @param login   User.
 * @param errors  Where console errors go.
 */
async function agentPage(
	browser: Browser,
	login: string,
	errors: string[]
): Promise< Page > {
	const context = await browser.newContext();
	const page = await context.newPage();
	page.on(
		'console',
		( msg ) =>
			msg.type() === 'error' &&
			errors.push( `${ login }: ${ msg.text() }` )
	);
	page.on( 'pageerror', ( err ) =>
		errors.push( `${ login }: ${ err.message }` )
	);
	await new LoginPage( page ).logIn( login, 'password' );
	return page;
}

test( 'two agents on one ticket; the customer writes again before the send', async ( {
	browser,
} ) => {
	const errors: string[] = [];
	const alexPage = await agentPage( browser, 'e2e_agent', errors );
	const boPage = await agentPage( browser, 'e2e_agent2', errors );
	try {
		const ticket = await api< { id: number; contact: { id: number } } >(
			alexPage,
			'POST',
			'/tickets',
			{
				subject: `Two agents, one parcel ${ Date.now() }`,
				channel: 'email',
				customer: {
					name: 'Rosa Marquez',
					email: `rosa${ Date.now() }@example.test`,
				},
				message: { body: '<p>Where is parcel 7781?</p>' },
			}
		);
		const alex = new TicketPage( alexPage );
		const bo = new TicketPage( boPage );
		await alex.open( ticket.id, 'reply' );
		await bo.open( ticket.id );

		await expect( bo.presence() ).toHaveText(
			'Alex Agent is viewing this conversation.',
			{ timeout: 20_000 }
		);
		await alex.replyBox().click();
		await alexPage.keyboard.type( 'It left our warehouse this morning.' );
		await expect( bo.presence() ).toHaveText(
			'Alex Agent is typing a reply.',
			{ timeout: 20_000 }
		);
		await expect( alex.presence() ).toHaveText(
			'Bo Agent is viewing this conversation.',
			{ timeout: 20_000 }
		);
		await expectAccessible(
			boPage,
			'ticket screen with another agent typing'
		);

		customerWrites(
			ticket.id,
			ticket.contact.id,
			'Never mind, please cancel the order.'
		);
		await alex.button( 'Send' ).click();
		const warning = alexPage.locator( '.storedesk-collision' );
		await expect( warning ).toContainText(
			'The customer wrote again while you were typing.'
		);
		await expect( warning ).toContainText(
			'Never mind, please cancel the order.'
		);
		await expect(
			alex.article( 'Customer from Rosa Marquez' ).last()
		).toContainText( 'please cancel' );
		await expect( alex.replyBox() ).toHaveText(
			'It left our warehouse this morning.'
		);
		let kinds = (
			await api< Array< { kind: string } > >(
				alexPage,
				'GET',
				`/tickets/${ ticket.id }/messages`
			)
		).map( ( m ) => m.kind );
		expect( kinds ).toEqual( [ 'customer', 'customer' ] );
		await expectAccessible(
			alexPage,
			'ticket screen with the collision warning'
		);

		await warning.getByRole( 'button', { name: 'Send anyway' } ).click();
		await expect( alex.article( /^Reply from Alex Agent/ ) ).toContainText(
			'left our warehouse'
		);
		await expect( warning ).toBeHidden();
		await expect( alex.replyBox() ).toHaveText( '' );
		const messages = await api< Array< { kind: string; body: string } > >(
			alexPage,
			'GET',
			`/tickets/${ ticket.id }/messages`
		);
		kinds = messages.map( ( m ) => m.kind );
		expect( kinds ).toEqual( [ 'customer', 'customer', 'reply' ] );
		expect( messages[ 2 ].body ).toContain(
			'It left our warehouse this morning.'
		);
		// Once sent, Alex no longer types.
		await expect( bo.presence() ).toHaveText(
			'Alex Agent is viewing this conversation.',
			{ timeout: 20_000 }
		);
	} finally {
		await alexPage.context().close();
		await boPage.context().close();
	}
	expect( errors, 'console errors in either browser' ).toEqual( [] );
} );

test( 'a customer message arriving while the ticket is open shows up by itself', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	const stamp = Date.now();
	const ticket = await api< { id: number; contact: { id: number } } >(
		page,
		'POST',
		'/tickets',
		{
			subject: `Open while the customer writes ${ stamp }`,
			channel: 'email',
			customer: {
				name: 'Ines Duarte',
				email: `ines${ stamp }@example.test`,
			},
			message: { body: '<p>Is the teapot dishwasher safe?</p>' },
		}
	);
	const screen = new TicketPage( page );
	await screen.open( ticket.id, 'reply' );
	const news = page.locator( '.storedesk-new-messages' );
	await expect( news ).toBeHidden();

	customerWrites(
		ticket.id,
		ticket.contact.id,
		'Also, does it come with a strainer?'
	);
	// The thread polls every 10 seconds; no reload, no click.
	await expect(
		screen.article( 'Customer from Ines Duarte' ).last()
	).toContainText( 'come with a strainer', { timeout: 25_000 } );
	await expect( news ).toContainText(
		'Ines Duarte wrote again while you were here (1 new message, at the end of the conversation).'
	);
	await expectAccessible( page, 'ticket screen with a new customer message' );

	await news.getByRole( 'button', { name: 'I have read it' } ).click();
	await expect( news ).toBeHidden();
	await screen.replyBox().click();
	await page.keyboard.type( 'Yes to both.' );
	await screen.button( 'Send' ).click();
	await expect( screen.article( /^Reply from Alex Agent/ ) ).toContainText(
		'Yes to both.'
	);
	await expect( page.locator( '.storedesk-collision' ) ).toHaveCount( 0 );
} );
