/**
 * Raw email over real HTTP, as an MTA pipe posts it (curl sending the
 * message from its standard input): ten deliveries of one message at once
 * store it once; the key may ride in the URL; without it nothing is stored;
 * the pipe script an /etc/aliases line runs stores a message once; Mailgun
 * (signed multipart) and Postmark (JSON, key in the address) over HTTP.
 */
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';

import { API, expect, test, uniq, type Client } from './helpers';

const raw = ( word: string, id: string ) =>
	[
		'From: Rosa Race <rosa.race@example.test>',
		'To: support@shop.test',
		`Subject: Lamp ${ word }`,
		`Message-ID: <${ id }>`,
		'Content-Type: text/plain; charset=UTF-8',
		'',
		`Only once, please (${ word }).`,
		'',
	].join( '\r\n' );

const post = ( client: Client, body: string, headers = {}, query = '' ) =>
	client.ctx.fetch( `${ API }/channels/email/webhook${ query }`, {
		method: 'POST',
		headers: { 'Content-Type': 'message/rfc822', ...headers },
		data: Buffer.from( body ),
	} );

async function withKey(
	manager: Client,
	work: ( key: string ) => Promise< void >
) {
	const key = `key-${ uniq( 'k' ) }`;
	await manager.ok( 'PATCH', '/settings', {
		secrets: { email_inbound_key: key },
	} );
	try {
		await work( key );
	} finally {
		await manager.ok( 'PATCH', '/settings', {
			secrets: { email_inbound_key: null },
		} );
	}
}

test( 'ten deliveries of one email at once store one message', async ( {
	as,
	anon,
} ) => {
	const manager = await as( 'e2e_manager' );
	await withKey( manager, async ( key ) => {
		const word = uniq( 'race' );
		const body = raw( word, `${ word }@example.test` );
		const answers = await Promise.all(
			Array.from( { length: 10 }, () =>
				post( anon, body, { 'X-Storedesk-Key': key } )
			)
		);
		const received = await Promise.all(
			answers.map( async ( res ) => {
				expect( res.status(), await res.text() ).toBe( 200 );
				return ( await res.json() ).received[ 0 ];
			} )
		);
		expect( new Set( received.map( ( r ) => r.message_id ) ).size ).toBe(
			1
		);
		expect( new Set( received.map( ( r ) => r.ticket_id ) ).size ).toBe(
			1
		);
		expect( received.filter( ( r ) => ! r.duplicate ) ).toHaveLength( 1 );
		const found = await manager.json( '/tickets', { search: word } );
		expect( found ).toHaveLength( 1 );
		expect( found[ 0 ] ).toMatchObject( {
			channel: 'email',
			subject: `Lamp ${ word }`,
			message_count: 1,
			contact: { email: 'rosa.race@example.test', name: 'Rosa Race' },
		} );
	} );
} );

test( 'a pipe may carry the key in its URL; a wrong one stores nothing', async ( {
	as,
	anon,
} ) => {
	const manager = await as( 'e2e_manager' );
	await withKey( manager, async ( key ) => {
		const word = uniq( 'pipe' );
		const body = raw( word, `${ word }@example.test` );
		const wrong = await post( anon, body, {}, '?key=nope' );
		expect( wrong.status() ).toBe( 401 );
		expect(
			await manager.json( '/tickets', { search: word } )
		).toHaveLength( 0 );
		const right = await post( anon, body, {}, `?key=${ key }` );
		expect( right.status() ).toBe( 200 );
		expect(
			await manager.json( '/tickets', { search: word } )
		).toHaveLength( 1 );
	} );
	// With the key removed the address takes nothing at all.
	const off = await post( anon, raw( uniq( 'off' ), 'off@example.test' ) );
	expect( off.status() ).toBe( 404 );
} );

// The pipe script an /etc/aliases line runs, as the mail server runs it:
// the message on standard input, the outcome in the exit status.
function pipe( body: string ) {
	const site = process.env.STOREDESK_E2E_SITE as string;
	return spawnSync(
		'php',
		[
			// The plugin is linked into the test site, so its own directory is not inside WordPress.
			`${ site }/wp-content/plugins/storedesk/php/Channels/Email/pipe.php`,
			`--wp=${ site }`,
		],
		{ input: body, encoding: 'utf8', env: { ...process.env } }
	);
}

test( 'the pipe script stores a piped email once, and refuses an empty one for the sender', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const word = uniq( 'alias' );
	const body = raw( word, `${ word }@example.test` );
	const first = pipe( body );
	expect( first.status, first.stderr ).toBe( 0 );
	expect( first.stdout ).toMatch( /^Storedesk: ticket #\d+, stored\.$/m );
	const again = pipe( body );
	expect( again.status ).toBe( 0 );
	expect( again.stdout ).toMatch( /already stored\.$/m );
	const found = await manager.json( '/tickets', { search: word } );
	expect( found ).toHaveLength( 1 );
	expect( found[ 0 ] ).toMatchObject( {
		channel: 'email',
		message_count: 1,
	} );
	// sysexits EX_DATAERR: the mail server bounces it with the reason.
	const empty = pipe( '\r\n' );
	expect( empty.status ).toBe( 65 );
	expect( empty.stderr ).toContain( 'The body must be the raw email' );
} );

test( 'Mailgun posts a signed multipart form; the same signature twice is refused', async ( {
	as,
	anon,
} ) => {
	const manager = await as( 'e2e_manager' );
	const signingKey = `mg-${ uniq( 'k' ) }`;
	await manager.ok( 'PATCH', '/settings', {
		secrets: { mailgun_signing_key: signingKey },
	} );
	try {
		const word = uniq( 'mailgun' );
		const timestamp = String( Math.floor( Date.now() / 1000 ) );
		const token = `${ word }`.padEnd( 50, 'x' );
		const form = {
			timestamp,
			token,
			signature: createHmac( 'sha256', signingKey )
				.update( timestamp + token )
				.digest( 'hex' ),
			'body-mime': raw( word, `${ word }@example.test` ),
			recipient: 'support@shop.test',
		};
		const url = `${ API }/channels/email/inbound/mailgun/mime`;
		const first = await anon.ctx.fetch( url, {
			method: 'POST',
			multipart: form,
		} );
		expect( first.status(), await first.text() ).toBe( 200 );
		expect( ( await first.json() ).received[ 0 ] ).toMatchObject( {
			external_id: `${ word }@example.test`,
			duplicate: false,
		} );
		const replay = await anon.ctx.fetch( url, {
			method: 'POST',
			multipart: form,
		} );
		expect( replay.status() ).toBe( 401 );
		expect(
			await manager.json( '/tickets', { search: word } )
		).toHaveLength( 1 );
	} finally {
		await manager.ok( 'PATCH', '/settings', {
			secrets: { mailgun_signing_key: null },
		} );
	}
} );

test( 'Postmark posts JSON with the key in its address', async ( {
	as,
	anon,
} ) => {
	const manager = await as( 'e2e_manager' );
	await withKey( manager, async ( key ) => {
		const word = uniq( 'postmark' );
		const json = {
			From: 'nia@example.test',
			FromFull: { Email: 'nia@example.test', Name: 'Nia Obi' },
			To: 'support@shop.test',
			Subject: `Lamp ${ word }`,
			MessageID: `pm-${ word }`,
			TextBody: `Sent through Postmark (${ word }).`,
			HtmlBody: '',
			Headers: [
				{ Name: 'Message-ID', Value: `<${ word }@example.test>` },
			],
			Attachments: [],
		};
		const url = `${ API }/channels/email/inbound/postmark`;
		expect(
			(
				await anon.ctx.fetch( url, { method: 'POST', data: json } )
			).status()
		).toBe( 401 );
		const res = await anon.ctx.fetch( `${ url }?key=${ key }`, {
			method: 'POST',
			data: json,
		} );
		expect( res.status(), await res.text() ).toBe( 200 );
		const found = await manager.json( '/tickets', { search: word } );
		expect( found ).toHaveLength( 1 );
		expect( found[ 0 ] ).toMatchObject( {
			subject: `Lamp ${ word }`,
			contact: { email: 'nia@example.test', name: 'Nia Obi' },
		} );
	} );
} );
