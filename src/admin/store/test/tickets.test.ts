/**
 * The tickets store: pages keyed by query, totals from headers, errors kept.
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

import { ticket } from '../../test-utils/fixtures';
import { applyBatch, reducer, store } from '../tickets';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

function response( body: unknown, total: number, pages: number ) {
	return {
		json: async () => body,
		headers: new Headers( {
			'X-WP-Total': String( total ),
			'X-WP-TotalPages': String( pages ),
		} ),
	};
}

describe( 'tickets store', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'stores a page and shares tickets between pages', () => {
		let state = reducer( undefined, {
			type: 'RECEIVE_PAGE',
			key: 'a',
			tickets: [ ticket( 1 ), ticket( 2 ) ],
			total: 2,
			totalPages: 1,
		} );
		state = reducer( state, {
			type: 'RECEIVE_PAGE',
			key: 'b',
			tickets: [ ticket( 2, { status: 'pending' } ) ],
			total: 1,
			totalPages: 1,
		} );
		expect( state.pages.a.ids ).toEqual( [ 1, 2 ] );
		expect( state.tickets[ 2 ].status ).toBe( 'pending' );
	} );

	it( 'resolves a page through the REST API with totals from the headers', async () => {
		mockedFetch.mockResolvedValueOnce(
			response( [ ticket( 7 ), ticket( 8 ) ], 42, 21 )
		);
		const registry = createRegistry();
		registry.register( store );
		const query = { status: [ 'open' as const ], per_page: 2 };
		const page = await registry
			.resolveSelect( store )
			.getTicketPage( query );
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/tickets?status%5B0%5D=open&per_page=2',
			parse: false,
		} );
		expect( page?.items.map( ( t ) => t.id ) ).toEqual( [ 7, 8 ] );
		expect( page?.total ).toBe( 42 );
		expect( page?.totalPages ).toBe( 21 );
		expect( registry.select( store ).getTicket( 8 )?.subject ).toBe(
			'Subject 8'
		);
	} );

	it( 'asks for the page after a loaded one from its cursor', async () => {
		const first = response( [ ticket( 9 ), ticket( 8 ) ], 6, 3 );
		first.headers.set( 'X-Storedesk-Next', 'c2' );
		mockedFetch.mockResolvedValueOnce( first );
		mockedFetch.mockResolvedValueOnce(
			response( [ ticket( 7 ), ticket( 6 ) ], 6, 3 )
		);
		mockedFetch.mockResolvedValueOnce( response( [ ticket( 2 ) ], 6, 3 ) );
		const registry = createRegistry();
		registry.register( store );
		const query = ( page: number ) => ( { per_page: 2, page } );
		await registry.resolveSelect( store ).getTicketPage( query( 1 ) );
		await registry.resolveSelect( store ).getTicketPage( query( 2 ) );
		expect( mockedFetch ).toHaveBeenLastCalledWith( {
			path: '/storedesk/v1/tickets?per_page=2&page=2&after=c2',
			parse: false,
		} );
		// Page 2 sent no cursor (its last page), and page 4 was never loaded.
		await registry.resolveSelect( store ).getTicketPage( query( 5 ) );
		expect( mockedFetch ).toHaveBeenLastCalledWith( {
			path: '/storedesk/v1/tickets?per_page=2&page=5',
			parse: false,
		} );
	} );

	it( 'keeps the error message when the request fails', async () => {
		mockedFetch.mockRejectedValueOnce( {
			code: 'storedesk_forbidden',
			message: 'You are not allowed to do that.',
		} );
		const registry = createRegistry();
		registry.register( store );
		await registry.resolveSelect( store ).getTicketPage( { per_page: 25 } );
		expect(
			registry.select( store ).getTicketPageError( { per_page: 25 } )
		).toBe( 'You are not allowed to do that.' );
		expect(
			registry.select( store ).getTicketPage( { per_page: 25 } )
		).toBeUndefined();
	} );

	it( 'reads an opened ticket in full once when only a list copy is held, and keeps its reply options', async () => {
		const registry = createRegistry();
		registry.register( store );
		mockedFetch.mockResolvedValueOnce(
			response( [ ticket( 3 ), ticket( 4 ) ], 2, 1 )
		);
		await registry.resolveSelect( store ).getTicketPage( { per_page: 2 } );
		// Any ticket of a list is there without another request.
		await registry.resolveSelect( store ).getTicket( 4 );
		expect( mockedFetch ).toHaveBeenCalledTimes( 1 );
		const options = [
			{
				via: 'email',
				to: 'c3@example.test',
				open: true,
				closes_at: null,
			},
			{ via: 'sms', to: '+447700900123', open: true, closes_at: null },
		];
		mockedFetch.mockResolvedValueOnce(
			ticket( 3, { reply_options: options } )
		);
		// The one opened lacks what only GET /tickets/{id} has.
		expect( registry.select( store ).getOpenedTicket( 3 )?.id ).toBe( 3 );
		await registry.resolveSelect( store ).getOpenedTicket( 3 );
		expect( mockedFetch ).toHaveBeenLastCalledWith( {
			path: '/storedesk/v1/tickets/3',
		} );
		expect(
			registry.select( store ).getTicket( 3 )?.reply_options
		).toEqual( options );
		// A list read again has none; the ticket keeps them.
		registry
			.dispatch( store )
			.receivePage(
				'again',
				[ ticket( 3, { status: 'pending' } ) ],
				1,
				1
			);
		expect( registry.select( store ).getTicket( 3 ) ).toMatchObject( {
			status: 'pending',
			reply_options: options,
		} );
		await registry.resolveSelect( store ).getOpenedTicket( 3 );
		expect( mockedFetch ).toHaveBeenCalledTimes( 2 );
		// A full read brings the options as they are now.
		registry
			.dispatch( store )
			.receiveTicket( ticket( 3, { reply_options: [] } ) );
		expect(
			registry.select( store ).getTicket( 3 )?.reply_options
		).toEqual( [] );
	} );

	describe( 'batchUpdate', () => {
		async function withPage() {
			const registry = createRegistry();
			registry.register( noticesStore );
			registry.register( store );
			mockedFetch.mockResolvedValueOnce(
				response(
					[
						ticket( 1, { tags: [ 'vip' ] } ),
						ticket( 2, { assignee: 4 } ),
					],
					2,
					1
				)
			);
			await registry
				.resolveSelect( store )
				.getTicketPage( { per_page: 9 } );
			return registry;
		}

		it( 'changes the tickets at once, then keeps what the server says', async () => {
			const registry = await withPage();
			let answer: ( v: unknown ) => void = () => {};
			mockedFetch.mockImplementationOnce(
				() =>
					new Promise( ( resolve ) => ( answer = resolve ) ) as never
			);
			const done = registry.dispatch( store ).batchUpdate( [ 1, 2 ], {
				status: 'pending',
				assignee: null,
				add_tags: [ 'refund' ],
			} );
			expect( mockedFetch ).toHaveBeenLastCalledWith( {
				path: '/storedesk/v1/tickets/batch',
				method: 'POST',
				data: {
					ids: [ 1, 2 ],
					status: 'pending',
					assignee: null,
					add_tags: [ 'refund' ],
				},
			} );
			const now = registry.select( store );
			expect( now.getTicket( 1 ) ).toMatchObject( {
				status: 'pending',
				tags: [ 'vip', 'refund' ],
			} );
			expect( now.getTicket( 2 ) ).toMatchObject( {
				status: 'pending',
				assignee: null,
				tags: [ 'refund' ],
			} );
			// The page refetches after the server's answer.
			mockedFetch.mockResolvedValueOnce( response( [], 0, 0 ) );
			answer( [
				ticket( 1, {
					status: 'pending',
					tags: [ 'refund', 'vip' ],
					updated_at: '2026-11-03T00:00:00Z',
				} ),
				ticket( 2, { status: 'pending', tags: [ 'refund' ] } ),
			] );
			await expect( done ).resolves.toBe( true );
			expect( registry.select( store ).getTicket( 1 )?.updated_at ).toBe(
				'2026-11-03T00:00:00Z'
			);
		} );

		it( 'puts every ticket back and tells the agent when the server refuses', async () => {
			const registry = await withPage();
			mockedFetch.mockRejectedValueOnce( {
				code: 'storedesk_forbidden',
				message: 'You are not allowed to do that.',
			} );
			await expect(
				registry.dispatch( store ).batchUpdate( [ 1, 2 ], {
					status: 'spam',
					remove_tags: [ 'vip' ],
				} )
			).resolves.toBe( false );
			expect( registry.select( store ).getTicket( 1 ) ).toMatchObject( {
				status: 'open',
				tags: [ 'vip' ],
			} );
			expect( registry.select( store ).getTicket( 2 ) ).toMatchObject( {
				status: 'open',
				assignee: 4,
			} );
			expect( registry.select( noticesStore ).getNotices() ).toEqual( [
				expect.objectContaining( {
					content: 'You are not allowed to do that.',
					type: 'snackbar',
					status: 'error',
				} ),
			] );
		} );

		it( 'removes and adds tags once each, and unassigns with 0', () => {
			expect(
				applyBatch(
					ticket( 1, { tags: [ 'a', 'b' ], assignee: 3, team: 2 } ),
					{
						add_tags: [ 'b', 'c' ],
						remove_tags: [ 'a' ],
						assignee: 0,
						team: 0,
					}
				)
			).toMatchObject( {
				tags: [ 'b', 'c' ],
				assignee: null,
				team: null,
			} );
		} );
	} );
} );
