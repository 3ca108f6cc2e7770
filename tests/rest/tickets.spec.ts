/**
 * storedesk/v1 tickets over real HTTP: the lifecycle an agent goes through.
 */
import { expect, test } from '@playwright/test';
import { logIn, phoneTicket, total } from './helpers';

test( 'an agent logs a call, finds it, works it and resolves it', async () => {
	const manager = await logIn( 'e2e_manager' );
	const agents = await ( await manager.get( '/agents' ) ).json();
	const alex = agents.find(
		( a: { name: string } ) => a.name === 'Alex Agent'
	);
	await manager.send( 'POST', '/tags', { name: 'Lost parcel' } );

	const created = await manager.send(
		'POST',
		'/tickets',
		phoneTicket( {
			priority: 'high',
			tags: [ 'lost-parcel' ],
			subject: 'Kangaroo plush never arrived',
		} )
	);
	expect( created.status() ).toBe( 201 );
	const ticket = await created.json();
	expect( created.headers().location ).toContain(
		`/storedesk/v1/tickets/${ ticket.id }`
	);
	expect( ticket ).toMatchObject( {
		channel: 'phone',
		priority: 'high',
		status: 'open',
		tags: [ 'lost-parcel' ],
		message_count: 1,
		assignee: null,
	} );

	const found = await (
		await manager.get( '/tickets', { search: 'kangaroo' } )
	).json();
	expect( found.map( ( t: { id: number } ) => t.id ) ).toEqual( [
		ticket.id,
	] );
	const filtered = await (
		await manager.get( '/tickets', {
			channel: 'phone',
			tag: 'lost-parcel',
			priority: 'high',
			status: 'open',
		} )
	).json();
	expect( filtered.map( ( t: { id: number } ) => t.id ) ).toContain(
		ticket.id
	);

	const assigned = await manager.send( 'PATCH', `/tickets/${ ticket.id }`, {
		assignee: alex.id,
	} );
	expect( ( await assigned.json() ).assignee ).toBe( alex.id );

	const alexClient = await logIn( 'e2e_agent' );
	const mine = await (
		await alexClient.get( '/tickets', { assignee: 'me' } )
	).json();
	expect( mine.map( ( t: { id: number } ) => t.id ) ).toContain( ticket.id );
	const note = await alexClient.send(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{ kind: 'note', body: '<p>Carrier trace opened.</p>' }
	);
	expect( note.status() ).toBe( 201 );
	const reply = await alexClient.send(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{
			kind: 'reply',
			body: '<p>A replacement is on its way.</p>',
			status: 'resolved',
		}
	);
	expect( reply.status() ).toBe( 201 );

	const view = await (
		await alexClient.get( `/tickets/${ ticket.id }`, { with: 'messages' } )
	).json();
	expect( view.status ).toBe( 'resolved' );
	expect( view.resolved_at ).not.toBeNull();
	expect( view.first_response_at ).not.toBeNull();
	expect( view.waiting_since ).toBeNull();
	expect( view.messages.map( ( m: { kind: string } ) => m.kind ) ).toEqual( [
		'customer',
		'event',
		'note',
		'reply',
		'event',
	] );
	expect( view.excerpt ).toBe( 'A replacement is on its way.' );
} );

test( 'lists page with totals in headers, and bulk actions apply to all', async () => {
	const manager = await logIn( 'e2e_manager' );
	const ids: number[] = [];
	for ( let i = 0; i < 3; i++ ) {
		ids.push(
			(
				await (
					await manager.send(
						'POST',
						'/tickets',
						phoneTicket( {
							channel: 'sms',
							subject: `Bulk zebra ${ i }`,
						} )
					)
				).json()
			).id
		);
	}
	const page = await manager.get( '/tickets', {
		search: 'zebra',
		per_page: 2,
		page: 2,
	} );
	expect( page.headers()[ 'x-wp-total' ] ).toBe( '3' );
	expect( page.headers()[ 'x-wp-totalpages' ] ).toBe( '2' );
	expect( await page.json() ).toHaveLength( 1 );

	const bulk = await manager.send( 'POST', '/tickets/batch', {
		ids,
		status: 'resolved',
		priority: 'low',
	} );
	expect( bulk.status() ).toBe( 200 );
	expect(
		( await bulk.json() ).map( ( t: { status: string } ) => t.status )
	).toEqual( [ 'resolved', 'resolved', 'resolved' ] );
	expect(
		await total( manager, { search: 'zebra', status: 'resolved' } )
	).toBe( 3 );
} );

test( 'contacts: history across channels, edit, merge', async () => {
	const manager = await logIn( 'e2e_manager' );
	const email = `merge${ Date.now() }@example.test`;
	const byEmail = await (
		await manager.send(
			'POST',
			'/tickets',
			phoneTicket( {
				channel: 'email',
				customer: { name: 'Rita', email },
			} )
		)
	).json();
	const byPhone = await (
		await manager.send(
			'POST',
			'/tickets',
			phoneTicket( {
				channel: 'whatsapp',
				customer: {
					phone: `+4477009${ String( Date.now() ).slice( -5 ) }`,
				},
			} )
		)
	).json();
	const merged = await manager.send(
		'POST',
		`/contacts/${ byEmail.contact.id }/merge`,
		{ source: byPhone.contact.id }
	);
	expect( merged.status() ).toBe( 200 );
	expect(
		( await merged.json() ).identities
			.map( ( i: { channel: string } ) => i.channel )
			.sort()
	).toEqual( [ 'email', 'phone' ] );
	const history = await (
		await manager.get( `/contacts/${ byEmail.contact.id }/tickets` )
	).json();
	expect(
		history.map( ( t: { channel: string } ) => t.channel ).sort()
	).toEqual( [ 'email', 'whatsapp' ] );
	const gone = await manager.get( `/contacts/${ byPhone.contact.id }` );
	expect( gone.status() ).toBe( 404 );
	expect( ( await gone.json() ).code ).toBe( 'storedesk_contact_merged' );
	const renamed = await manager.send(
		'PATCH',
		`/contacts/${ byEmail.contact.id }`,
		{ name: 'Rita Moreno' }
	);
	expect( ( await renamed.json() ).name ).toBe( 'Rita Moreno' );
	const search = await (
		await manager.get( '/contacts', { search: 'Rita Mor' } )
	).json();
	expect( search.map( ( c: { id: number } ) => c.id ) ).toEqual( [
		byEmail.contact.id,
	] );
} );
