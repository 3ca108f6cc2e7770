/**
 * The inbox list in a real browser against WordPress 7.1's own scripts:
 * filters, search, bulk resolve (checked on the server), the keyboard, a
 * first paint from preloaded data, and accessibility wide and at 375 px.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api } from '../../pages/api';
import { InboxPage } from '../../pages/InboxPage';
import { LoginPage } from '../../pages/LoginPage';

type Created = { id: number; subject: string };

/**
 * Opens conversations whose subjects share a word no other data has.
 * @param page
 * @param word
 * @param specs
 */
async function open(
	page: Page,
	word: string,
	specs: Array< { channel: string; tags?: string[] } >
): Promise< Created[] > {
	const out: Created[] = [];
	for ( const [ i, spec ] of specs.entries() ) {
		const subject = `${ word } conversation ${ i + 1 }`;
		const t = await api< { id: number } >( page, 'POST', '/tickets', {
			subject,
			channel: spec.channel,
			tags: spec.tags ?? [],
			customer: {
				name: `Listed ${ i }`,
				email: `${ word }${ i }@example.test`,
			},
			message: { body: 'Question about my order.', format: 'text' },
		} );
		out.push( { id: t.id, subject } );
	}
	return out;
}

const uniqueWord = ( prefix: string ) =>
	`${ prefix }${ Date.now().toString( 36 ) }`;

test( 'filter by channel and by tag, and search', async ( { page } ) => {
	await new LoginPage( page ).logIn();
	const word = uniqueWord( 'quokka' );
	const [ sms, email, tagged ] = await open( page, word, [
		{ channel: 'sms' },
		{ channel: 'email' },
		{ channel: 'email', tags: [ 'e2e-parcel' ] },
	] );
	const inbox = new InboxPage( page );
	await inbox.goto( 'open' );
	await inbox.search( word );
	await expect( inbox.row( sms.subject ) ).toBeVisible();
	await expect( inbox.row( email.subject ) ).toBeVisible();
	await expect( inbox.row( tagged.subject ) ).toBeVisible();

	await inbox.filter( 'Channel', 'SMS' );
	await expect( inbox.row( email.subject ) ).toBeHidden();
	await expect( inbox.row( sms.subject ) ).toBeVisible();
	await expect(
		inbox
			.row( sms.subject )
			.getByRole( 'cell', { name: 'SMS', exact: true } )
	).toBeVisible();

	await inbox.filter( 'Channel includes: SMS', 'SMS' );
	await expect( inbox.row( email.subject ) ).toBeVisible();
	await inbox.filter( 'Tags', 'E2E Parcel' );
	await expect( inbox.row( tagged.subject ) ).toBeVisible();
	await expect( inbox.row( email.subject ) ).toBeHidden();
	await expect( inbox.row( sms.subject ) ).toBeHidden();
	await expect(
		inbox
			.row( tagged.subject )
			.getByRole( 'cell', { name: 'E2E Parcel', exact: true } )
	).toBeVisible();

	// Every word must match.
	await inbox.search( `${ word } marmoset` );
	await expect(
		page.getByText( 'No conversations here. Nice work!' )
	).toBeVisible();
	await expectAccessible( page, 'inbox with filters' );
} );

test( 'bulk-resolve several conversations', async ( { page } ) => {
	await new LoginPage( page ).logIn();
	const word = uniqueWord( 'wombat' );
	const tickets = await open( page, word, [
		{ channel: 'chat' },
		{ channel: 'email' },
		{ channel: 'form' },
	] );
	const inbox = new InboxPage( page );
	await inbox.goto( 'open' );
	await inbox.search( word );
	for ( const t of tickets.slice( 0, 2 ) ) {
		await inbox.select( t.subject );
	}
	await inbox.bulkAction( 'Resolve' ).click();
	// Resolved conversations leave the open view; the third stays.
	await expect( inbox.row( tickets[ 0 ].subject ) ).toBeHidden();
	await expect( inbox.row( tickets[ 1 ].subject ) ).toBeHidden();
	await expect( inbox.row( tickets[ 2 ].subject ) ).toBeVisible();
	const statuses = await Promise.all(
		tickets.map(
			async ( t ) =>
				(
					await api< { status: string } >(
						page,
						'GET',
						`/tickets/${ t.id }`
					)
				).status
		)
	);
	expect( statuses ).toEqual( [ 'resolved', 'resolved', 'open' ] );
} );

test( 'j and k move through the list, Enter opens a conversation', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	const word = uniqueWord( 'numbat' );
	// The newest comes first in the list.
	const [ older, newer ] = await open( page, word, [
		{ channel: 'email' },
		{ channel: 'chat' },
	] );
	const inbox = new InboxPage( page );
	await inbox.goto( 'open' );
	await inbox.search( word );
	await expect( inbox.row( older.subject ) ).toBeVisible();
	await expect( inbox.row( newer.subject ) ).toBeVisible();
	// Keys typed into the search box are text; leave it first.
	await page.getByRole( 'heading', { name: 'All open', level: 2 } ).click();
	await page.keyboard.press( 'j' );
	await expect(
		inbox.row( newer.subject ).getByRole( 'link' )
	).toBeFocused();
	await page.keyboard.press( 'j' );
	await expect(
		inbox.row( older.subject ).getByRole( 'link' )
	).toBeFocused();
	await page.keyboard.press( 'k' );
	await expect(
		inbox.row( newer.subject ).getByRole( 'link' )
	).toBeFocused();
	await page.keyboard.press( 'Enter' );
	await expect( page ).toHaveURL( new RegExp( `#/tickets/${ newer.id }$` ) );
	await expect(
		page.getByRole( 'heading', {
			name: `#${ newer.id } ${ newer.subject }`,
		} )
	).toBeVisible();
} );

test( 'the default view paints from preloaded data and is accessible, also at 375 px', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	const asked: string[] = [];
	page.on( 'request', ( r ) => {
		if (
			/storedesk\/v1\/tickets\?/.test( decodeURIComponent( r.url() ) ) &&
			r.url().includes( 'assignee' )
		) {
			asked.push( r.url() );
		}
	} );
	const inbox = new InboxPage( page );
	await inbox.goto();
	// e2e_agent's own fixture conversation, from the preloaded first page.
	await expect( inbox.row( /velvet armchair/ ) ).toBeVisible();
	expect( asked, 'requests for the first page of Mine' ).toEqual( [] );
	await expectAccessible( page, 'inbox list' );

	await page.setViewportSize( { width: 375, height: 800 } );
	await page.reload();
	const views = page.getByRole( 'button', { name: 'View: Mine' } );
	await expect( views ).toBeVisible();
	await expect( page.getByText( /velvet armchair/ ) ).toBeVisible();
	await expectAccessible( page, 'inbox list at 375 px' );
	await views.click();
	await inbox.views().getByRole( 'link', { name: 'Unassigned' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Unassigned', level: 2 } )
	).toBeVisible();
	const width = await page.evaluate(
		() => document.documentElement.scrollWidth
	);
	expect( width, 'no sideways scrolling at 375 px' ).toBeLessThanOrEqual(
		375
	);
} );
