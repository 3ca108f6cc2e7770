/**
 * Attacks on the shopper API's rate limits, over real HTTP against the
 * site's parallel PHP workers: a burst in parallel, and the same route in
 * another letter case. Each must meet the limit an honest sequence meets.
 */
import type { APIRequestContext } from '@playwright/test';

import { expect, test, withSettings } from './helpers';
import {
	awayFromWindowEdge,
	randomIp,
	STORE,
	storeClient,
	submission,
} from './store-helpers';

test( '50 parallel form posts from one address against a limit of 5 let exactly 5 through', async ( {
	as,
	anon,
} ) => {
	await awayFromWindowEdge();
	const manager = await as( 'e2e_manager' );
	const ctx = anon.ctx;
	const client = storeClient( ctx, randomIp() );
	// Forms filled in first (each with its own stamp and email address), then sent at once.
	const bodies: Array< Record< string, unknown > > = [];
	for ( let i = 0; i < 50; i++ ) {
		bodies.push( await submission( client ) );
	}
	await withSettings( manager, { rate_limit_ip: 5 }, async () => {
		const statuses = (
			await Promise.all(
				bodies.map( ( body ) => client.post( '/tickets', body ) )
			)
		).map( ( r ) => r.status() );
		expect( statuses.filter( ( s ) => s === 201 ) ).toHaveLength( 5 );
		expect( statuses.filter( ( s ) => s === 429 ) ).toHaveLength( 45 );
	} );
} );

/**
 * A POST to the shopper API at a path spelt as given.
 *
 * @param ctx  Request context.
 * @param ip   Client address.
 * @param url  Path and query.
 * @param data Body.
 */
const post = (
	ctx: APIRequestContext,
	ip: string,
	url: string,
	data: unknown
) => ctx.post( url, { headers: { 'X-Forwarded-For': ip }, data } );

test( 'the limit holds whatever the letter case of the route', async ( {
	as,
	anon,
} ) => {
	await awayFromWindowEdge();
	const manager = await as( 'e2e_manager' );
	const ctx = anon.ctx;
	const spellings = [
		`${ STORE }/tickets`,
		'/wp-json/Storedesk/store/v1/tickets',
		'/wp-json/STOREDESK/STORE/V1/TICKETS',
		'/?rest_route=/STOREDESK/store/v1/tickets',
	];
	await withSettings( manager, { rate_limit_ip: 3 }, async () => {
		const ip = randomIp();
		const statuses: number[] = [];
		for ( const url of spellings ) {
			const res = await post( ctx, ip, url, { subject: '' } );
			statuses.push( res.status() );
		}
		expect( statuses ).toEqual( [ 400, 400, 400, 429 ] );

		const links = randomIp();
		const linkStatuses: number[] = [];
		for ( const url of [
			`${ STORE }/links`,
			'/wp-json/Storedesk/Store/v1/Links',
			'/?rest_route=/STOREDESK/store/v1/links',
			'/?rest_route=/storedesk/STORE/v1/LINKS',
		] ) {
			const res = await post( ctx, links, url, {
				email: 'nobody@example.test',
			} );
			linkStatuses.push( res.status() );
		}
		expect( linkStatuses ).toEqual( [ 202, 202, 202, 429 ] );
	} );
} );

test( 'one form stamp opens one ticket, however many posts carry it in parallel', async ( {
	as,
	anon,
} ) => {
	await awayFromWindowEdge();
	const manager = await as( 'e2e_manager' );
	const ctx = anon.ctx;
	await withSettings( manager, { form_min_seconds: 0 }, async () => {
		const stamp = (
			await ( await storeClient( ctx, randomIp() ).get( '/form' ) ).json()
		).stamp;
		const posts = [];
		for ( let i = 0; i < 8; i++ ) {
			const client = storeClient( ctx, randomIp() );
			posts.push( {
				client,
				body: await submission( client, { stamp } ),
			} );
		}
		const answers = await Promise.all(
			posts.map( ( p ) => p.client.post( '/tickets', p.body ) )
		);
		const codes = await Promise.all(
			answers.map( async ( r ) =>
				r.status() === 201 ? 'created' : ( await r.json() ).code
			)
		);
		expect( codes.filter( ( c ) => c === 'created' ) ).toHaveLength( 1 );
		expect(
			codes.filter( ( c ) => c === 'storedesk_form_used' )
		).toHaveLength( 7 );
	} );
} );
