/**
 * A logged-in REST client, as the inbox app is one: the login cookie from
 * wp-login.php plus the REST nonce WordPress requires with cookie auth.
 */
import {
	request,
	type APIRequestContext,
	type APIResponse,
} from '@playwright/test';

export const baseURL = process.env.STOREDESK_E2E_URL || 'http://127.0.0.1:8890';
export const API = '/wp-json/storedesk/v1';

export type Client = {
	ctx: APIRequestContext;
	get: (
		path: string,
		params?: Record< string, string | number >
	) => Promise< APIResponse >;
	send: (
		method: string,
		path: string,
		data?: unknown
	) => Promise< APIResponse >;
	raw: (
		method: string,
		path: string,
		body: string
	) => Promise< APIResponse >;
};

export async function logIn(
	user: string | null,
	password = 'password'
): Promise< Client > {
	const ctx = await request.newContext( { baseURL } );
	let nonce = '';
	if ( user ) {
		await ctx.get( '/wp-login.php' );
		const res = await ctx.post( '/wp-login.php', {
			form: {
				log: user,
				pwd: password,
				'wp-submit': 'Log In',
				testcookie: '1',
				redirect_to: `${ baseURL }/wp-admin/`,
			},
			maxRedirects: 0,
		} );
		if ( res.status() !== 302 ) {
			throw new Error( `login as ${ user } failed: ${ res.status() }` );
		}
		nonce = (
			await (
				await ctx.get( '/wp-admin/admin-ajax.php?action=rest-nonce' )
			).text()
		).trim();
	}
	const headers: Record< string, string > = nonce
		? { 'X-WP-Nonce': nonce }
		: {};
	return {
		ctx,
		get: ( path, params ) => ctx.get( API + path, { headers, params } ),
		send: ( method, path, data ) =>
			ctx.fetch( API + path, { method, headers, data } ),
		// A Buffer goes out byte for byte; a string would be JSON-encoded again.
		raw: ( method, path, body ) =>
			ctx.fetch( API + path, {
				method,
				headers: { ...headers, 'Content-Type': 'application/json' },
				data: Buffer.from( body ),
			} ),
	};
}

export async function total(
	client: Client,
	params: Record< string, string | number > = {}
): Promise< number > {
	const res = await client.get( '/tickets', { per_page: 1, ...params } );
	return Number( res.headers()[ 'x-wp-total' ] );
}

let n = 0;
export function phoneTicket(
	extra: Record< string, unknown > = {}
): Record< string, unknown > {
	n++;
	return {
		subject: `Caller asks about parcel ${ Date.now() }-${ n }`,
		channel: 'phone',
		customer: {
			name: 'Pat Caller',
			email: `pat${ Date.now() }${ n }@example.test`,
		},
		message: {
			body: 'Customer called: the parcel never arrived.',
			format: 'text',
		},
		...extra,
	};
}
