/**
 * Helpers for the contacts and sidebar tests: contacts shaped like REST
 * responses, a fake server that answers apiFetch by route, and a fresh
 * registry per test so no state leaks between tests.
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry, RegistryProvider } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import type { Contact } from '../api/types';
import { CHANNELS } from './fixtures';
import { store as contactsStore } from '../store/contacts';
import { store as directoryStore } from '../store/directory';
import { store as ticketsStore } from '../store/tickets';

export function contact( id: number, extra: Partial< Contact > = {} ): Contact {
	return {
		id,
		name: `Contact ${ id }`,
		email: `p${ id }@example.test`,
		phone: null,
		notes: null,
		user_id: null,
		avatar: null,
		identities: [ { channel: 'email', value: `p${ id }@example.test` } ],
		created_at: '2026-11-01T10:00:00Z',
		updated_at: '2026-11-01T10:00:00Z',
		...extra,
	};
}

export type Request = {
	path: string;
	route: string;
	query: URLSearchParams;
	method: string;
	data?: Record< string, unknown >;
};

/** A list response: the body plus WordPress's total headers. */
export class Page {
	constructor(
		readonly items: unknown[],
		readonly total = items.length,
		readonly totalPages = 1
	) {}
}

/**
 * Answers every apiFetch call with the handler's result (a Page for lists);
 * a thrown value is the request's error. Returns the calls seen.
 *
 * @param handler Route handler.
 */
export function serve(
	handler: ( req: Request ) => unknown | Promise< unknown >
): Request[] {
	const calls: Request[] = [];
	( apiFetch as jest.MockedFunction< typeof apiFetch > ).mockImplementation(
		( async ( options: {
			path: string;
			method?: string;
			data?: Record< string, unknown >;
			parse?: boolean;
		} ) => {
			const [ route, search = '' ] = options.path.split( '?' );
			const req = {
				path: options.path,
				route: route.replace( '/storedesk/v1', '' ),
				query: new URLSearchParams( search ),
				method: options.method ?? 'GET',
				data: options.data,
			};
			calls.push( req );
			const body = await handler( req );
			if ( options.parse === false ) {
				const page = body instanceof Page ? body : new Page( [] );
				return {
					json: async () => page.items,
					headers: new Headers( {
						'X-WP-Total': String( page.total ),
						'X-WP-TotalPages': String( page.totalPages ),
					} ),
				};
			}
			return body instanceof Page ? body.items : body;
		} ) as never
	);
	return calls;
}

export function makeRegistry() {
	const registry = createRegistry();
	for ( const s of [
		contactsStore,
		directoryStore,
		ticketsStore,
		noticesStore,
	] ) {
		registry.register( s );
	}
	// As on the page, which preloads them.
	registry.dispatch( directoryStore ).receive( 'channels', CHANNELS );
	return registry;
}

export function renderWithRegistry(
	ui: ReactElement,
	registry = makeRegistry()
) {
	return {
		registry,
		...render(
			<RegistryProvider value={ registry }>{ ui }</RegistryProvider>
		),
	};
}

export const ME = {
	id: 1,
	name: 'Ana Agent',
	email: 'ana@example.test',
	avatar: '',
	roles: [ 'storedesk_agent' ],
	teams: [],
	capabilities: {
		storedesk_access: true,
		storedesk_edit_tickets: true,
		storedesk_edit_contacts: true,
		storedesk_merge_contacts: false,
	},
	agent_scope: 'all',
	woocommerce: false,
};
