/**
 * Client of storedesk/store/v1: the REST nonce for logged-in customers
 * (cookie sessions), the magic-link token in a header for guests.
 */
import { __ } from '@wordpress/i18n';

import type { ApiError, StoreConfig } from '../types';

export type Result< T > =
	| { ok: true; status: number; data: T }
	| { ok: false; status: number; error: ApiError };

function json( body: unknown ): string | undefined {
	return body === undefined ? undefined : JSON.stringify( body );
}

export class StoreApi {
	constructor(
		private readonly config: StoreConfig,
		private readonly token = ''
	) {}

	async call< T >(
		method: 'GET' | 'POST',
		path: string,
		body?: unknown,
		signal?: AbortSignal
	): Promise< Result< T > > {
		const headers: Record< string, string > = {
			Accept: 'application/json',
		};
		if ( this.config.nonce ) {
			headers[ 'X-WP-Nonce' ] = this.config.nonce;
		}
		if ( this.token ) {
			headers[ 'X-Storedesk-Token' ] = this.token;
		}
		// Files go as multipart; the browser writes that Content-Type with its boundary.
		const multipart = body instanceof FormData;
		if ( body !== undefined && ! multipart ) {
			headers[ 'Content-Type' ] = 'application/json';
		}
		let res: Response;
		try {
			res = await fetch( this.config.api + path, {
				method,
				headers,
				credentials: 'same-origin',
				body: multipart ? ( body as FormData ) : json( body ),
				signal,
			} );
		} catch {
			return {
				ok: false,
				status: 0,
				error: {
					code: 'network',
					message: __(
						'We could not reach the store. Check your connection and try again; your text is kept.',
						'storedesk'
					),
				},
			};
		}
		const data = await res.json().catch( () => null );
		if ( res.ok ) {
			return { ok: true, status: res.status, data: data as T };
		}
		const error: ApiError =
			data && typeof data.message === 'string'
				? data
				: {
						code: 'http_' + res.status,
						message: __(
							'Something went wrong. Please try again.',
							'storedesk'
						),
					};
		return { ok: false, status: res.status, error };
	}
}
