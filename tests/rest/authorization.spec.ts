/**
 * Who reaches what, over real HTTP with real logins.
 */
import { expect, test } from '@playwright/test';
import { baseURL, logIn, phoneTicket } from './helpers';

test( 'visitors, subscribers and cookie-only requests are refused', async ( {
	request,
} ) => {
	for ( const path of [
		'/tickets',
		'/contacts',
		'/agents',
		'/me',
		'/teams',
		'/tags',
		'/settings',
	] ) {
		expect(
			(
				await request.get(
					`${ baseURL }/wp-json/storedesk/v1${ path }`
				)
			).status(),
			path
		).toBe( 401 );
	}
	const subscriber = await logIn( 'e2e_subscriber' );
	expect( ( await subscriber.get( '/tickets' ) ).status() ).toBe( 403 );
	expect(
		( await subscriber.send( 'POST', '/tickets', phoneTicket() ) ).status()
	).toBe( 403 );

	// A logged-in cookie without the nonce is treated as anonymous (CSRF protection).
	const manager = await logIn( 'e2e_manager' );
	expect(
		( await manager.ctx.get( '/wp-json/storedesk/v1/tickets' ) ).status()
	).toBe( 401 );
} );

test( "an agent limited to own tickets neither reads nor lists another agent's", async () => {
	const manager = await logIn( 'e2e_manager' );
	const agents = await ( await manager.get( '/agents' ) ).json();
	const bo = agents.find( ( a: { name: string } ) => a.name === 'Bo Agent' );
	const foreign = await (
		await manager.send(
			'POST',
			'/tickets',
			phoneTicket( {
				assignee: bo.id,
				subject: 'Confidential walrus matter',
			} )
		)
	).json();
	expect(
		(
			await manager.send( 'PATCH', '/settings', { agent_scope: 'own' } )
		).status()
	).toBe( 200 );
	try {
		const alex = await logIn( 'e2e_agent' );
		expect(
			( await alex.get( `/tickets/${ foreign.id }` ) ).status()
		).toBe( 403 );
		expect(
			( await alex.get( `/tickets/${ foreign.id }/messages` ) ).status()
		).toBe( 403 );
		expect(
			(
				await alex.send( 'POST', `/tickets/${ foreign.id }/messages`, {
					kind: 'reply',
					body: 'hi',
				} )
			).status()
		).toBe( 403 );
		expect(
			( await alex.get( `/contacts/${ foreign.contact.id }` ) ).status()
		).toBe( 404 );
		const listed = await (
			await alex.get( '/tickets', { search: 'walrus', per_page: 100 } )
		).json();
		expect( listed ).toEqual( [] );
		expect( ( await alex.get( '/settings' ) ).status() ).toBe( 403 );
		const boClient = await logIn( 'e2e_agent2' );
		expect(
			( await boClient.get( `/tickets/${ foreign.id }` ) ).status()
		).toBe( 200 );
	} finally {
		await manager.send( 'PATCH', '/settings', { agent_scope: 'all' } );
	}
} );
