/**
 * REST clients that authenticate the way the inbox app does: the login
 * cookie from wp-login.php plus the REST nonce WordPress requires with
 * cookie authentication. `test` gives every spec `as( user )`, which logs
 * in a fresh cookie jar, and `anon`, a client without any cookie.
 *
 * Users come from tools/php/seed-e2e.php (all with the password "password").
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
	test as base,
	expect,
	type APIRequestContext,
	type APIResponse,
} from '@playwright/test';

export { expect };

export const API = '/wp-json/storedesk/v1';
export const ALL_STATUSES = 'open,pending,on-hold,resolved,closed,spam';

export type Params = Record< string, string | number | boolean >;

export type Client = {
	user: string | null;
	ctx: APIRequestContext;
	nonce: string;
	get: ( path: string, params?: Params ) => Promise< APIResponse >;
	send: (
		method: string,
		path: string,
		data?: unknown
	) => Promise< APIResponse >;
	/** A body sent byte for byte, for malformed JSON. */
	raw: (
		method: string,
		path: string,
		body: string
	) => Promise< APIResponse >;
	/** GET that must answer 200; returns the parsed body. */
	json: < T = any >( path: string, params?: Params ) => Promise< T >;
	/** Write that must answer 200 or 201; returns the parsed body. */
	ok: < T = any >(
		method: string,
		path: string,
		data?: unknown
	) => Promise< T >;
};

export type Ticket = {
	id: number;
	subject: string;
	status: string;
	priority: string;
	channel: string;
	assignee: number | null;
	team: number | null;
	tags: string[];
	unread: boolean;
	contact: {
		id: number;
		name: string;
		email: string | null;
		phone: string | null;
	};
	participants: Array< { id: number; email: string | null } >;
	excerpt: string;
	message_count: number;
	created_at: string;
	updated_at: string;
	last_activity_at: string;
	waiting_since: string | null;
	first_response_at: string | null;
	resolved_at: string | null;
	messages?: Message[];
};

export type Message = {
	id: number;
	ticket_id: number;
	kind: string;
	body: string;
	format: string;
	channel: string;
	author: { type: string; id: number; name: string };
	meta: Record< string, unknown >;
	created_at: string;
};

function client(
	ctx: APIRequestContext,
	user: string | null,
	nonce: string
): Client {
	const headers: Record< string, string > = nonce
		? { 'X-WP-Nonce': nonce }
		: {};
	const get = ( path: string, params?: Params ) =>
		ctx.get( API + path, { headers, params } );
	const send = ( method: string, path: string, data?: unknown ) =>
		ctx.fetch( API + path, {
			method,
			headers,
			...( data === undefined ? {} : { data } ),
		} );
	return {
		user,
		ctx,
		nonce,
		get,
		send,
		// A Buffer goes out as it is; a string would be JSON-encoded again.
		raw: ( method, path, body ) =>
			ctx.fetch( API + path, {
				method,
				headers: { ...headers, 'Content-Type': 'application/json' },
				data: Buffer.from( body ),
			} ),
		json: async ( path, params ) => {
			const res = await get( path, params );
			expect( res.status(), `GET ${ path } ${ await res.text() }` ).toBe(
				200
			);
			return res.json();
		},
		ok: async ( method, path, data ) => {
			const res = await send( method, path, data );
			expect(
				[ 200, 201 ],
				`${ method } ${ path } answered ${ res.status() } ${ await res.text() }`
			).toContain( res.status() );
			return res.json();
		},
	};
}

/**
 * Logs in through wp-login.php and reads a REST nonce for that session.
 *
 * @param ctx      A request context with its own cookie jar.
 * @param user     Login.
 * @param password Password.
 */
export async function logIn(
	ctx: APIRequestContext,
	user: string,
	password = 'password'
): Promise< Client > {
	// wp-login.php refuses a login when its test cookie did not come back.
	await ctx.get( '/wp-login.php' );
	const res = await ctx.post( '/wp-login.php', {
		form: {
			log: user,
			pwd: password,
			'wp-submit': 'Log In',
			testcookie: '1',
		},
		maxRedirects: 0,
	} );
	expect( res.status(), `logging in as ${ user }` ).toBe( 302 );
	const nonce = (
		await (
			await ctx.get( '/wp-admin/admin-ajax.php?action=rest-nonce' )
		).text()
	).trim();
	expect( nonce, `REST nonce for ${ user }` ).toMatch( /^[0-9a-f]{10}$/ );
	return client( ctx, user, nonce );
}

export const test = base.extend< {
	as: ( user: string ) => Promise< Client >;
	anon: Client;
} >( {
	as: async ( { playwright, baseURL }, provide ) => {
		const contexts: APIRequestContext[] = [];
		await provide( async ( user ) => {
			const ctx = await playwright.request.newContext( { baseURL } );
			contexts.push( ctx );
			return logIn( ctx, user );
		} );
		for ( const ctx of contexts ) {
			await ctx.dispose();
		}
	},
	anon: async ( { request }, provide ) => {
		await provide( client( request, null, '' ) );
	},
} );

/**
 * A word no other ticket contains: letters only, so search indexes take it whole.
 * @param prefix Start of the word.
 */
export function uniq( prefix = 'zq' ): string {
	let s = prefix;
	for ( let i = 0; i < 10; i++ ) {
		s += String.fromCharCode( 97 + Math.floor( Math.random() * 26 ) );
	}
	return s;
}

/**
 * Body of POST /tickets for a logged phone call from a new customer.
 * @param extra Fields to add or replace.
 */
export function phoneCall( extra: Record< string, unknown > = {} ) {
	const word = uniq( 'caller' );
	return {
		subject: `Caller asks about parcel ${ word }`,
		channel: 'phone',
		customer: { name: 'Pat Caller', email: `${ word }@example.test` },
		message: {
			body: 'Customer called: the parcel never arrived.',
			format: 'text',
		},
		...extra,
	};
}

/**
 * Opens a ticket and returns it.
 * @param as    Who opens it.
 * @param extra Fields to add or replace.
 */
export async function openTicket(
	as: Client,
	extra: Record< string, unknown > = {}
): Promise< Ticket > {
	const res = await as.send( 'POST', '/tickets', phoneCall( extra ) );
	expect( res.status(), await res.text() ).toBe( 201 );
	return res.json();
}

/**
 * X-WP-Total of GET /tickets (every status unless the params say otherwise).
 * @param as     Who asks.
 * @param params Filters.
 */
export async function total(
	as: Client,
	params: Params = {}
): Promise< number > {
	const res = await as.get( '/tickets', {
		status: ALL_STATUSES,
		per_page: 1,
		...params,
	} );
	expect( res.status(), await res.text() ).toBe( 200 );
	return Number( res.headers()[ 'x-wp-total' ] );
}

export const ids = ( list: Array< { id: number } > ) =>
	list.map( ( t ) => t.id ).sort( ( a, b ) => a - b );

/**
 * Row counts straight from the database of the site under test, when
 * npm test says where it is (STOREDESK_E2E_SITE): a rejected write must
 * leave no post, message, search document or contact behind, including
 * rows the API never lists. Null when the site directory is unknown.
 */
export function databaseCounts(): Record< string, number > | null {
	const site = process.env.STOREDESK_E2E_SITE;
	if ( ! site ) {
		return null;
	}
	const loader = join( __dirname, '..', '..', 'tools', 'php', 'load-wp.php' );
	const code = `require ${ JSON.stringify( loader ) };
global $wpdb;
$t = fn( $n ) => $wpdb->prefix . 'storedesk_' . $n;
echo json_encode( array(
	'posts' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'storedesk_ticket'" ),
	'index' => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . $t( 'ticket_index' ) ),
	'messages' => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . $t( 'messages' ) ),
	'search' => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . $t( 'search' ) ),
	'contacts' => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . $t( 'contacts' ) ),
	'identities' => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . $t( 'contact_identities' ) ),
	'participants' => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . $t( 'participants' ) ),
) );`;
	const out = execFileSync( 'php', [ '-r', code ], {
		env: { ...process.env, STOREDESK_SITE: site },
		encoding: 'utf8',
	} );
	return JSON.parse( out.slice( out.indexOf( '{' ) ) );
}

/**
 * Runs rejected writes and checks that nothing was stored: the ticket total
 * the API reports, and every table when the database is reachable.
 *
 * @param as    A manager (sees every ticket).
 * @param write The requests expected to fail.
 */
export async function expectNothingWritten(
	as: Client,
	write: () => Promise< void >
): Promise< void > {
	const before = await total( as );
	const rows = databaseCounts();
	await write();
	expect( await total( as ), 'X-WP-Total after rejected writes' ).toBe(
		before
	);
	if ( rows ) {
		expect( databaseCounts(), 'rows after rejected writes' ).toEqual(
			rows
		);
	}
}

/**
 * Expects an error response with a status and, optionally, a code.
 *
 * @param res    Response.
 * @param status HTTP status (or the allowed ones).
 * @param code   Stable error code.
 */
export async function expectError(
	res: APIResponse,
	status: number | number[],
	code?: string
): Promise< void > {
	const text = await res.text();
	expect(
		Array.isArray( status ) ? status : [ status ],
		`status ${ res.status() }: ${ text.slice( 0, 300 ) }`
	).toContain( res.status() );
	const body = JSON.parse( text );
	expect( typeof body.message ).toBe( 'string' );
	if ( code ) {
		expect( body.code, text.slice( 0, 300 ) ).toBe( code );
	}
}

/**
 * Runs `work` with some settings changed, and puts them back after, also
 * when it fails.
 *
 * @param manager A client allowed to change settings.
 * @param changes Settings to change.
 * @param work    What to do meanwhile.
 */
export async function withSettings(
	manager: Client,
	changes: Record< string, unknown >,
	work: () => Promise< void >
): Promise< void > {
	const before =
		await manager.json< Record< string, unknown > >( '/settings' );
	expect(
		( await manager.send( 'PATCH', '/settings', changes ) ).status()
	).toBe( 200 );
	try {
		await work();
	} finally {
		await manager.send(
			'PATCH',
			'/settings',
			Object.fromEntries(
				Object.keys( changes ).map( ( k ) => [ k, before[ k ] ] )
			)
		);
	}
}
