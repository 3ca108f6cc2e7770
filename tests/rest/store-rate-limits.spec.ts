/**
 * Anonymous posts to the shopper API are counted per client address and per
 * email address: every answer carries RateLimit-* headers and the post
 * over the limit gets 429 with Retry-After, storing nothing. Bots caught by
 * the honeypot or the fill time are refused with their own codes.
 */
import {
	expect,
	expectNothingWritten,
	logIn,
	test,
	withSettings,
} from './helpers';
import {
	awayFromWindowEdge,
	oldStamp,
	randomIp,
	storeClient,
	submission,
	tokenFor,
} from './store-helpers';

test( 'bursts from one address get 429 with RateLimit headers, per route', async ( {
	playwright,
	baseURL,
} ) => {
	await awayFromWindowEdge();
	const managerCtx = await playwright.request.newContext( { baseURL } );
	const manager = await logIn( managerCtx, 'e2e_manager' );
	const limit = Number( ( await manager.json( '/settings' ) ).rate_limit_ip );
	const ctx = await playwright.request.newContext( { baseURL } );
	const client = storeClient( ctx, randomIp() );

	const statuses: number[] = [];
	let last;
	for ( let i = 0; i <= limit; i++ ) {
		// Invalid bodies count too: a bot need not send a good form to be limited.
		last = await client.post( '/tickets', { subject: '' } );
		statuses.push( last.status() );
		const h = last.headers();
		expect( h[ 'ratelimit-limit' ] ).toBe( String( limit ) );
		expect( Number( h[ 'ratelimit-remaining' ] ) ).toBe(
			Math.max( 0, limit - i - 1 )
		);
		expect( Number( h[ 'ratelimit-reset' ] ) ).toBeGreaterThan( 0 );
	}
	expect( statuses.slice( 0, limit ).every( ( s ) => s === 400 ) ).toBe(
		true
	);
	expect( statuses[ limit ] ).toBe( 429 );
	expect( ( await last!.json() ).code ).toBe( 'storedesk_rate_limited' );
	expect( last!.headers()[ 'retry-after' ] ).toBe(
		last!.headers()[ 'ratelimit-reset' ]
	);

	// A good form from the limited address is refused and stores nothing.
	const good = await submission( storeClient( ctx, randomIp() ) );
	await expectNothingWritten( manager, async () => {
		expect( ( await client.post( '/tickets', good ) ).status() ).toBe(
			429
		);
	} );

	// Links and replies have their own counters and limits.
	const links = storeClient( ctx, randomIp() );
	let linkStatus = 0;
	for ( let i = 0; i <= limit; i++ ) {
		const res = await links.post( '/links', {
			email: `nobody${ i }@example.test`,
		} );
		linkStatus = res.status();
		expect( res.headers()[ 'ratelimit-limit' ] ).toBeDefined();
	}
	expect( linkStatus ).toBe( 429 );

	const ticket = await manager.ok( 'POST', '/tickets', {
		subject: 'Rate limited replies',
		channel: 'form',
		customer: { email: `replies${ Date.now() }@example.test` },
		message: { body: 'First.', format: 'text' },
	} );
	const token = tokenFor( ticket.id );
	const replier = storeClient( ctx, randomIp() );
	const replyStatuses: number[] = [];
	const emailLimit = Number(
		( await manager.json( '/settings' ) ).rate_limit_email
	);
	for ( let i = 0; i <= emailLimit; i++ ) {
		replyStatuses.push(
			(
				await replier.post(
					`/tickets/${ ticket.id }/messages`,
					{ body: `Reply ${ i }` },
					token
				)
			).status()
		);
	}
	expect( replyStatuses.at( -1 ) ).toBe( 429 );
	expect( replyStatuses.filter( ( s ) => s === 201 ) ).toHaveLength(
		emailLimit
	);
	await ctx.dispose();
	await managerCtx.dispose();
} );

test( 'one email address is limited across addresses; bots are refused with their own codes', async ( {
	playwright,
	baseURL,
} ) => {
	await awayFromWindowEdge();
	const managerCtx = await playwright.request.newContext( { baseURL } );
	const manager = await logIn( managerCtx, 'e2e_manager' );
	const limit = Number(
		( await manager.json( '/settings' ) ).rate_limit_email
	);
	const ctx = await playwright.request.newContext( { baseURL } );
	const email = `burst${ Date.now() }@example.test`;
	const codes: number[] = [];
	for ( let i = 0; i <= limit; i++ ) {
		const client = storeClient( ctx, randomIp() );
		codes.push(
			(
				await client.post(
					'/tickets',
					await submission( client, { email } )
				)
			).status()
		);
	}
	expect( codes.slice( 0, limit ) ).toEqual( Array( limit ).fill( 201 ) );
	expect( codes[ limit ] ).toBe( 429 );

	const bot = storeClient( ctx, randomIp() );
	// A minimum no loaded machine can outrun between fetching the form and
	// posting it, so "too fast" cannot turn into a stored ticket.
	await withSettings( manager, { form_min_seconds: 60 }, async () => {
		await expectNothingWritten( manager, async () => {
			const trap = await bot.post(
				'/tickets',
				await submission( bot, { website: 'http://buy.example' } )
			);
			expect( trap.status() ).toBe( 400 );
			expect( ( await trap.json() ).code ).toBe(
				'storedesk_spam_honeypot'
			);
			const body = await submission( bot );
			const form = await ( await bot.get( '/form' ) ).json();
			const fast = await bot.post( '/tickets', {
				...body,
				stamp: form.stamp,
			} );
			expect( ( await fast.json() ).code ).toBe( 'storedesk_too_fast' );
			const forged = await bot.post(
				'/tickets',
				await submission( bot, {
					stamp: oldStamp().replace( /^\d+/, '1000000000' ),
				} )
			);
			expect( ( await forged.json() ).code ).toBe(
				'storedesk_form_expired'
			);
		} );
	} );
	await ctx.dispose();
	await managerCtx.dispose();
} );
