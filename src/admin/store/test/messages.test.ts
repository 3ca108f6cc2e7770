/**
 * The messages store: a thread opens at its newest page, older pages merge
 * in once each, a send looks for new customer messages first, appends what
 * it sent, and a 409 brings the customer's new message.
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry } from '@wordpress/data';

import { message } from '../../test-utils/fixtures';
import { PAGE_SIZE, reducer, store } from '../messages';
import { store as ticketsStore } from '../tickets';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

function page( messages: unknown[], total: number ) {
	return {
		json: async () => messages,
		headers: new Headers( { 'X-WP-Total': String( total ) } ),
	};
}

function registry() {
	const r = createRegistry();
	r.register( ticketsStore );
	r.register( store );
	return r;
}

// The refresh after a send runs on its own; let it finish.
const settle = () => new Promise( ( resolve ) => setTimeout( resolve, 0 ) );

const at = ( minute: number ) =>
	`2026-11-22T10:${ String( minute ).padStart( 2, '0' ) }:00Z`;
const ids = ( r: ReturnType< typeof registry >, ticket: number ) =>
	r
		.select( store )
		.getThread( ticket )
		?.map( ( m ) => m.id );
const posts = () =>
	mockedFetch.mock.calls
		.map( ( [ o ] ) => o as { method?: string; data?: object } )
		.filter( ( o ) => o.method === 'POST' );

describe( 'messages store', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'opens a thread at its newest page and loads older pages on request', async () => {
		mockedFetch
			.mockResolvedValueOnce(
				page(
					[
						message( 3, { created_at: at( 3 ) } ),
						message( 4, { created_at: at( 4 ) } ),
					],
					5
				)
			)
			// A message arrived meanwhile: page 2 overlaps page 1 by one.
			.mockResolvedValueOnce(
				page(
					[
						message( 1, { created_at: at( 1 ) } ),
						message( 2, { created_at: at( 2 ) } ),
						message( 3, { created_at: at( 3 ) } ),
					],
					5
				)
			);
		const r = registry();
		await r.resolveSelect( store ).getThread( 9 );
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: `/storedesk/v1/tickets/9/messages?latest=1&per_page=${ PAGE_SIZE }&page=1`,
			parse: false,
		} );
		expect( r.select( store ).hasOlder( 9 ) ).toBe( true );
		await r.dispatch( store ).loadOlder( 9 );
		expect(
			( mockedFetch.mock.calls[ 1 ][ 0 ] as { path: string } ).path
		).toContain( '&page=2' );
		expect( ids( r, 9 ) ).toEqual( [ 1, 2, 3, 4 ] );
		expect( r.select( store ).isLoadingOlder( 9 ) ).toBe( false );
	} );

	it( 'sends with the newest message seen, appends the result and rereads ticket and thread', async () => {
		mockedFetch.mockResolvedValueOnce(
			page( [ message( 10, { kind: 'customer' } ) ], 1 )
		);
		const r = registry();
		await r.resolveSelect( store ).getThread( 5 );
		const file = {
			id: 3,
			name: 'a.pdf',
			mime: 'application/pdf',
			size: 9,
			url: 'u',
		};
		mockedFetch
			// The look before sending: nothing new from the customer.
			.mockResolvedValueOnce(
				page( [ message( 10, { kind: 'customer' } ) ], 1 )
			)
			.mockResolvedValueOnce(
				message( 11, { created_at: at( 30 ), attachments: [ file ] } )
			)
			.mockResolvedValueOnce( { id: 5 } )
			.mockResolvedValueOnce(
				page(
					[
						message( 10, { kind: 'customer' } ),
						message( 11, { created_at: at( 30 ) } ),
						message( 12, { kind: 'event', created_at: at( 30 ) } ),
					],
					3
				)
			);
		const result = await r.dispatch( store ).send( 5, {
			kind: 'reply',
			body: '<p>Hi</p>',
			status: 'resolved',
			attachments: [ 3 ],
		} );
		expect( result.ok ).toBe( true );
		await settle();
		expect( posts() ).toEqual( [
			{
				path: '/storedesk/v1/tickets/5/messages',
				method: 'POST',
				data: {
					kind: 'reply',
					body: '<p>Hi</p>',
					status: 'resolved',
					attachments: [ 3 ],
					last_seen_message: 10,
				},
			},
		] );
		expect(
			( mockedFetch.mock.calls[ 3 ][ 0 ] as { path: string } ).path
		).toBe( '/storedesk/v1/tickets/5' );
		expect( ids( r, 5 ) ).toEqual( [ 10, 11, 12 ] );
		expect( r.select( store ).getThread( 5 )?.[ 1 ].attachments ).toEqual( [
			file,
		] );
		expect( r.select( store ).hasOlder( 5 ) ).toBe( false );
	} );

	it( 'stops before sending when the customer wrote meanwhile, without a refused request', async () => {
		mockedFetch.mockResolvedValueOnce(
			page( [ message( 30, { kind: 'customer' } ) ], 1 )
		);
		const r = registry();
		await r.resolveSelect( store ).getThread( 8 );
		mockedFetch.mockResolvedValueOnce(
			page(
				[
					message( 30, { kind: 'customer' } ),
					message( 31, { kind: 'note', created_at: at( 41 ) } ),
					message( 32, { kind: 'customer', created_at: at( 42 ) } ),
				],
				3
			)
		);
		const result = await r
			.dispatch( store )
			.send( 8, { kind: 'reply', body: 'x' } );
		expect( result ).toEqual( {
			ok: false,
			newer: [ expect.objectContaining( { id: 32 } ) ],
		} );
		expect( posts() ).toHaveLength( 0 );
		expect( ids( r, 8 ) ).toEqual( [ 30, 31, 32 ] );
		// Send anyway skips the look and tells the server so.
		mockedFetch
			.mockResolvedValueOnce( message( 33, { created_at: at( 50 ) } ) )
			.mockResolvedValueOnce( { id: 8 } )
			.mockResolvedValueOnce( page( [], 4 ) );
		expect(
			(
				await r
					.dispatch( store )
					.send( 8, { kind: 'reply', body: 'x', force: true } )
			).ok
		).toBe( true );
		expect( posts()[ 0 ] ).toMatchObject( {
			data: { force: true, last_seen_message: 32 },
		} );
		await settle();
	} );

	it( 'polls for newer messages: they join the thread but sending still warns', async () => {
		mockedFetch.mockResolvedValueOnce(
			page( [ message( 40, { kind: 'customer' } ) ], 1 )
		);
		const r = registry();
		await r.resolveSelect( store ).getThread( 9 );
		expect( r.select( store ).getSeen( 9 ) ).toBe( 40 );
		mockedFetch.mockResolvedValueOnce(
			page(
				[
					message( 41, { kind: 'note', created_at: at( 41 ) } ),
					message( 42, { kind: 'customer', created_at: at( 42 ) } ),
				],
				3
			)
		);
		const fresh = await r.dispatch( store ).poll( 9 );
		expect( fresh.map( ( m ) => m.id ) ).toEqual( [ 41, 42 ] );
		expect(
			( mockedFetch.mock.calls[ 1 ][ 0 ] as { path: string } ).path
		).toBe( '/storedesk/v1/tickets/9/messages?after=40' );
		expect( ids( r, 9 ) ).toEqual( [ 40, 41, 42 ] );
		expect( r.select( store ).hasOlder( 9 ) ).toBe( false );
		// Shown, not yet read: the send looks, finds 42 and stops once.
		expect( r.select( store ).getSeen( 9 ) ).toBe( 40 );
		mockedFetch.mockResolvedValueOnce(
			page(
				[
					message( 40, { kind: 'customer' } ),
					message( 41, { kind: 'note', created_at: at( 41 ) } ),
					message( 42, { kind: 'customer', created_at: at( 42 ) } ),
				],
				3
			)
		);
		expect(
			await r.dispatch( store ).send( 9, { kind: 'reply', body: 'x' } )
		).toEqual( {
			ok: false,
			newer: [ expect.objectContaining( { id: 42 } ) ],
		} );
		expect( posts() ).toHaveLength( 0 );
		expect( r.select( store ).getSeen( 9 ) ).toBe( 42 );
		// Nothing new: the poll changes nothing.
		mockedFetch.mockResolvedValueOnce( page( [], 3 ) );
		const before = r.select( store ).getThread( 9 );
		expect( await r.dispatch( store ).poll( 9 ) ).toEqual( [] );
		expect( r.select( store ).getThread( 9 ) ).toBe( before );
	} );

	it( 'counts a polled message as read once the agent says so', async () => {
		mockedFetch.mockResolvedValueOnce( page( [ message( 50 ) ], 1 ) );
		const r = registry();
		await r.resolveSelect( store ).getThread( 10 );
		mockedFetch.mockResolvedValueOnce(
			page(
				[ message( 51, { kind: 'customer', created_at: at( 51 ) } ) ],
				2
			)
		);
		await r.dispatch( store ).poll( 10 );
		r.dispatch( store ).markSeen( 10, 51 );
		mockedFetch
			.mockResolvedValueOnce(
				page(
					[
						message( 50 ),
						message( 51, {
							kind: 'customer',
							created_at: at( 51 ),
						} ),
					],
					2
				)
			)
			.mockResolvedValueOnce( message( 52, { created_at: at( 52 ) } ) )
			.mockResolvedValueOnce( { id: 10 } )
			.mockResolvedValueOnce( page( [], 3 ) );
		expect(
			(
				await r
					.dispatch( store )
					.send( 10, { kind: 'reply', body: 'x' } )
			).ok
		).toBe( true );
		expect( posts()[ 0 ] ).toMatchObject( {
			data: { last_seen_message: 51 },
		} );
		await settle();
	} );

	it( 'on a 409 (the customer wrote in the last instant) adds the message it reports and says so', async () => {
		mockedFetch.mockResolvedValueOnce(
			page( [ message( 20, { kind: 'customer' } ) ], 1 )
		);
		const r = registry();
		await r.resolveSelect( store ).getThread( 6 );
		mockedFetch
			.mockResolvedValueOnce(
				page( [ message( 20, { kind: 'customer' } ) ], 1 )
			)
			.mockRejectedValueOnce( {
				code: 'storedesk_newer_message',
				message: 'newer',
				data: {
					status: 409,
					messages: [
						message( 21, {
							kind: 'customer',
							created_at: at( 40 ),
						} ),
					],
				},
			} );
		const result = await r
			.dispatch( store )
			.send( 6, { kind: 'reply', body: 'x' } );
		expect( result ).toEqual( {
			ok: false,
			newer: [ expect.objectContaining( { id: 21 } ) ],
		} );
		expect( ids( r, 6 ) ).toEqual( [ 20, 21 ] );
	} );

	it( 'reports other errors with their message', async () => {
		const r = registry();
		mockedFetch
			.mockResolvedValueOnce( page( [], 0 ) )
			.mockRejectedValueOnce( {
				code: 'storedesk_invalid_attachment',
				message: 'Not yours.',
			} );
		expect(
			await r
				.dispatch( store )
				.send( 7, { kind: 'note', body: 'x', attachments: [ 99 ] } )
		).toEqual( { ok: false, error: 'Not yours.' } );
		mockedFetch.mockRejectedValueOnce( {
			code: 'fetch_error',
			message: 'You are probably offline.',
		} );
		expect(
			await r.dispatch( store ).send( 7, { kind: 'note', body: 'x' } )
		).toEqual( { ok: false, error: 'You are probably offline.' } );
	} );

	it( 'sends by the channel chosen, and reads the ticket again when that channel refuses', async () => {
		const r = registry();
		mockedFetch
			.mockResolvedValueOnce( page( [], 0 ) )
			.mockRejectedValueOnce( {
				code: 'storedesk_reply_channel',
				message: 'WhatsApp cannot take a reply now.',
				data: { status: 400 },
			} )
			.mockResolvedValueOnce( {
				id: 8,
				reply_options: [
					{
						via: 'whatsapp',
						to: '+447700900123',
						open: false,
						closes_at: at( 0 ),
					},
				],
			} );
		expect(
			await r
				.dispatch( store )
				.send( 8, { kind: 'reply', body: 'x', via: 'whatsapp' } )
		).toEqual( { ok: false, error: 'WhatsApp cannot take a reply now.' } );
		expect( posts()[ 0 ].data ).toEqual( {
			kind: 'reply',
			body: 'x',
			via: 'whatsapp',
			last_seen_message: 0,
		} );
		await settle();
		expect(
			( mockedFetch.mock.calls[ 2 ][ 0 ] as { path: string } ).path
		).toBe( '/storedesk/v1/tickets/8' );
		expect(
			r.select( ticketsStore ).getTicket( 8 )?.reply_options?.[ 0 ].open
		).toBe( false );
	} );

	it( 'never holds a message twice', () => {
		let state = reducer( undefined, {
			type: 'RECEIVE_PAGE',
			ticketId: 1,
			messages: [ message( 1 ) ],
			total: 1,
			page: 1,
		} );
		state = reducer( state, {
			type: 'APPEND',
			ticketId: 1,
			messages: [ message( 1 ), message( 2, { created_at: at( 59 ) } ) ],
		} );
		expect( state.threads[ 1 ].map( ( m ) => m.id ) ).toEqual( [ 1, 2 ] );
		expect( state.paging[ 1 ].total ).toBe( 2 );
	} );
} );
