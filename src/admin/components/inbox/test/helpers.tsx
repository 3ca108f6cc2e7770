/**
 * A fresh registry per test and a fake REST API that answers like the real
 * one (shapes from the PHP controllers) and records what was asked.
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry, RegistryProvider } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';
import { configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';

import type { SavedView, Team, Ticket } from '../../../api/types';
import { useRoute } from '../../../router';
import { InboxScreen } from '../../../screens/InboxScreen';
import { store as directoryStore } from '../../../store/directory';
import { store as ticketsStore } from '../../../store/tickets';
import { CHANNELS } from '../../../test-utils/fixtures';

jest.mock( '@wordpress/api-fetch' );
// DataViews is heavy to render on a shared two-core machine.
configure( { asyncUtilTimeout: 5000 } );
export const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

export const ME = {
	id: 3,
	name: 'Alex Agent',
	email: 'alex@example.test',
	avatar: '',
	roles: [ 'storedesk_agent' ],
	teams: [ 1 ],
	capabilities: {},
	agent_scope: 'all' as const,
	woocommerce: false,
	inbox_view: 'mine',
	count_limit: 1000,
};
export const AGENTS = [
	ME,
	{ ...ME, id: 4, name: 'Bo Agent', email: 'bo@example.test' },
];
export const TAGS = [
	{ id: 1, slug: 'refund', name: 'Refund', count: 2 },
	{ id: 2, slug: 'vip', name: 'VIP', count: 1 },
];
export const TEAMS: Team[] = [
	{ id: 1, name: 'Orders', description: '', members: [ 3, 4 ] },
];

type Options = {
	/** What GET /me answers, over ME. */
	me?: Partial< typeof ME >;
	tickets?: ( query: URLSearchParams ) => Ticket[];
	total?: number;
	batch?: (
		data: Record< string, unknown >
	) => Ticket[] | Error | Promise< Ticket[] | Error >;
	views?: SavedView[];
};

export type Call = { path: string; method: string; data?: unknown };

/**
 * Answers GET /tickets with the tickets given, the directory routes with the
 * fixtures above, and batch and view writes as the server would.
 *
 * @param options Answers.
 * @return Every request made, in order.
 */
export function fakeApi( options: Options = {} ): Call[] {
	const calls: Call[] = [];
	let views = [ ...( options.views ?? [] ) ];
	mockedFetch.mockImplementation( ( async ( req: {
		path: string;
		method?: string;
		data?: Record< string, unknown >;
	} ) => {
		const method = req.method ?? 'GET';
		calls.push( { path: req.path, method, data: req.data } );
		const [ path, search = '' ] = req.path.split( '?' );
		const fixed: Record< string, unknown > = {
			'/storedesk/v1/me': { ...ME, ...options.me },
			'/storedesk/v1/agents': AGENTS,
			'/storedesk/v1/tags': TAGS,
			'/storedesk/v1/teams': TEAMS,
		};
		if ( method === 'GET' && path in fixed ) {
			return fixed[ path ];
		}
		if ( path === '/storedesk/v1/me' && method === 'PATCH' ) {
			return { ...ME, ...options.me, ...req.data };
		}
		if ( path === '/storedesk/v1/views' && method === 'GET' ) {
			return views;
		}
		if ( path.startsWith( '/storedesk/v1/views' ) ) {
			const id = path.split( '/' )[ 4 ];
			if ( method === 'DELETE' ) {
				views = views.filter( ( v ) => v.id !== id );
				return { deleted: true };
			}
			const saved = {
				id: id ?? `view-${ views.length + 1 }`,
				...req.data,
			} as SavedView;
			views = [ ...views.filter( ( v ) => v.id !== saved.id ), saved ];
			return saved;
		}
		if ( path === '/storedesk/v1/tickets/batch' ) {
			const result = ( await options.batch?.( req.data ?? {} ) ) ?? [];
			if ( result instanceof Error ) {
				throw { code: 'storedesk_forbidden', message: result.message };
			}
			return result;
		}
		if ( path === '/storedesk/v1/tickets' ) {
			const list =
				options.tickets?.( new URLSearchParams( search ) ) ?? [];
			return {
				json: async () => list,
				headers: new Headers( {
					'X-WP-Total': String( options.total ?? list.length ),
					'X-WP-TotalPages': '1',
				} ),
			};
		}
		throw { code: 'rest_no_route', message: `No route ${ req.path }` };
	} ) as never );
	return calls;
}

export function newRegistry() {
	const registry = createRegistry();
	registry.register( noticesStore );
	registry.register( ticketsStore );
	registry.register( directoryStore );
	// As on the page, which preloads them.
	registry.dispatch( directoryStore ).receive( 'channels', CHANNELS );
	return registry;
}

export function renderWith( ui: ReactElement, registry = newRegistry() ) {
	return {
		registry,
		...render(
			<RegistryProvider value={ registry }>{ ui }</RegistryProvider>
		),
	};
}

/**
 * The list requests made, as decoded query strings.
 * @param calls
 */
export function listQueries( calls: Call[] ): string[] {
	return calls
		.filter( ( c ) => c.path.startsWith( '/storedesk/v1/tickets?' ) )
		.map( ( c ) => decodeURIComponent( c.path.split( '?' )[ 1 ] ) );
}

/** The inbox as the app routes it: the view in the URL hash. */
export function Routed() {
	const route = useRoute();
	return route.name === 'inbox' ? <InboxScreen view={ route.view } /> : null;
}
