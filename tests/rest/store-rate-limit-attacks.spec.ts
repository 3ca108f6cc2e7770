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
 * The statuses of one POST to each path, spelt as given, from one address.
 *
 * @param ctx  Request context.
 * @param ip   Client address.
 * @param urls Paths and queries, in order.
 * @param data Body.
 */
async function statusesOf(
	ctx: APIRequestContext,
	ip: string,
	urls: string[],
	data: unknown
): Promise< number[] > {
	const statuses: number[] = [];
	for ( const url of urls ) {
		const res = await ctx.post( url, {
			headers: { 'X-Forwarded-For': ip },
			data,
		} );
		statuses.push( res.status() );
	}
	return statuses;
}

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
		expect(
			await statusesOf( ctx, randomIp(), spellings, { subject: '' } )
		).toEqual( [ 400, 400, 400, 429 ] );
		expect(
			await statusesOf(
				ctx,
				randomIp(),
				[
					`${ STORE }/links`,
					'/wp-json/Storedesk/Store/v1/Links',
					'/?rest_route=/STOREDESK/store/v1/links',
					'/?rest_route=/storedesk/STORE/v1/LINKS',
				],
				{ email: 'nobody@example.test' }
			)
		).toEqual( [ 202, 202, 202, 429 ] );
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
