/**
 * Shopper A cannot read or change shopper B's ticket through any store
 * route: not by id while logged in, not with a tampered, expired or
 * foreign token, not by guessing ids; notes never reach a shopper; a login
 * cookie without its nonce counts for nothing.
 */
import { expect, logIn, test } from './helpers';
import {
	randomIp,
	storeClient,
	tokenFor,
	type StoreClient,
} from './store-helpers';

type Made = { id: number };

const routes = ( id: number ) => [
	{ method: 'GET', path: `/tickets/${ id }` },
	{
		method: 'POST',
		path: `/tickets/${ id }/messages`,
		data: { body: 'Let me in' },
	},
	{ method: 'POST', path: `/tickets/${ id }/close` },
	{ method: 'POST', path: `/tickets/${ id }/reopen` },
];

async function expectLockedOut(
	client: StoreClient,
	id: number,
	status: number,
	code: string,
	token?: string
) {
	for ( const r of routes( id ) ) {
		const res =
			r.method === 'GET'
				? await client.get( r.path, token )
				: await client.post( r.path, r.data, token );
		const body = await res.json();
		expect(
			res.status(),
			`${ r.method } ${ r.path }: ${ JSON.stringify( body ) }`
		).toBe( status );
		expect( body.code, `${ r.method } ${ r.path }` ).toBe( code );
	}
}

test( 'customers and guests reach only their own ticket, by every route', async ( {
	playwright,
	baseURL,
} ) => {
	const managerCtx = await playwright.request.newContext( { baseURL } );
	const manager = await logIn( managerCtx, 'e2e_manager' );
	const stamp = Date.now();
	const open = async ( email: string, subject: string ): Promise< Made > =>
		manager.ok( 'POST', '/tickets', {
			subject,
			channel: 'email',
			customer: { email },
			message: { body: `${ subject } body`, format: 'text' },
		} );
	const ofA = await open(
		'e2e_customer@example.test',
		`A's lamp ${ stamp }`
	);
	const ofB = await open(
		'e2e_customer2@example.test',
		`B's secret ${ stamp }`
	);
	await manager.ok( 'POST', `/tickets/${ ofB.id }/messages`, {
		kind: 'note',
		body: `NOTE-${ stamp } internal only`,
	} );

	const aCtx = await playwright.request.newContext( { baseURL } );
	const a = await logIn( aCtx, 'e2e_customer' );
	const asA = storeClient( aCtx, randomIp(), a.nonce );

	// By id, logged in.
	const list = await ( await asA.get( '/tickets' ) ).json();
	const listed = list.map( ( t: Made ) => t.id );
	expect( listed ).toContain( ofA.id );
	expect( listed ).not.toContain( ofB.id );
	expect( ( await asA.get( `/tickets/${ ofA.id }` ) ).status() ).toBe( 200 );
	await expectLockedOut( asA, ofB.id, 404, 'storedesk_ticket_not_found' );

	// The login cookie without the nonce is no login at all.
	const cookieOnly = storeClient( aCtx, randomIp() );
	expect( ( await ( await cookieOnly.get( '/tickets' ) ).json() ).code ).toBe(
		'storedesk_login_required'
	);
	await expectLockedOut(
		cookieOnly,
		ofA.id,
		401,
		'storedesk_login_required'
	);

	// Tokens: A's own works for A's ticket only; tampered, expired and moved ones open nothing.
	const guestCtx = await playwright.request.newContext( { baseURL } );
	const guest = storeClient( guestCtx, randomIp() );
	// Each probe from an address of its own, so only the ownership rules answer, not the rate limits.
	const probe = () => storeClient( guestCtx, randomIp() );
	const tokenA = tokenFor( ofA.id );
	const thread = await (
		await guest.get( `/tickets/${ ofA.id }`, tokenA )
	).json();
	expect( thread.id ).toBe( ofA.id );
	await expectLockedOut(
		probe(),
		ofB.id,
		404,
		'storedesk_ticket_not_found',
		tokenA
	);
	const tampered =
		tokenA.slice( 0, -3 ) + ( tokenA.endsWith( 'aaa' ) ? 'bbb' : 'aaa' );
	await expectLockedOut(
		probe(),
		ofA.id,
		401,
		'storedesk_invalid_token',
		tampered
	);
	const moved = tokenA.replace( /^\d+/, String( ofB.id ) );
	await expectLockedOut(
		probe(),
		ofB.id,
		401,
		'storedesk_invalid_token',
		moved
	);
	await expectLockedOut(
		probe(),
		ofA.id,
		401,
		'storedesk_invalid_token',
		tokenFor( ofA.id, true )
	);

	// Guessing: every id around B's answers the same refusal, with or without A's token.
	for ( let id = ofB.id - 3; id <= ofB.id + 3; id++ ) {
		if ( id === ofA.id ) {
			continue;
		}
		const res = await guest.get( `/tickets/${ id }` );
		expect( res.status(), `GET /tickets/${ id } without a token` ).toBe(
			401
		);
		const withA = await guest.get( `/tickets/${ id }`, tokenA );
		expect( withA.status(), `GET /tickets/${ id } with A's token` ).toBe(
			404
		);
	}

	// B's owner sees the thread, without the note.
	const bCtx = await playwright.request.newContext( { baseURL } );
	const b = await logIn( bCtx, 'e2e_customer2' );
	const asB = storeClient( bCtx, randomIp(), b.nonce );
	const bThread = await ( await asB.get( `/tickets/${ ofB.id }` ) ).text();
	expect( bThread ).toContain( `B's secret ${ stamp } body` );
	expect( bThread ).not.toContain( `NOTE-${ stamp }` );

	// Nothing A tried reached B's thread.
	const messages = await manager.json( `/tickets/${ ofB.id }/messages` );
	expect( messages.map( ( m: { kind: string } ) => m.kind ) ).toEqual( [
		'customer',
		'note',
	] );
	expect( ( await manager.json( `/tickets/${ ofB.id }` ) ).status ).toBe(
		'open'
	);
	for ( const ctx of [ managerCtx, aCtx, bCtx, guestCtx ] ) {
		await ctx.dispose();
	}
} );
