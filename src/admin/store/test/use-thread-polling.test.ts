/**
 * An open thread polls while the tab is visible, hands new messages to the
 * screen and reads the ticket again only when something arrived.
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry, RegistryProvider } from '@wordpress/data';
import { createElement } from '@wordpress/element';
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';

import { message } from '../../test-utils/fixtures';
import { store as messagesStore } from '../messages';
import { store as ticketsStore } from '../tickets';
import { useThreadPolling } from '../use-thread-polling';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const page = ( messages: unknown[], total: number ) => ( {
	json: async () => messages,
	headers: new Headers( { 'X-WP-Total': String( total ) } ),
} );
const paths = () => mockedFetch.mock.calls.map( ( [ o ] ) => String( o.path ) );

async function setUp() {
	const registry = createRegistry();
	registry.register( ticketsStore );
	registry.register( messagesStore );
	mockedFetch.mockResolvedValueOnce( page( [ message( 7 ) ], 1 ) );
	await registry.resolveSelect( messagesStore ).getThread( 5 );
	// Resolution itself waits on real timers; the polling runs on fake ones.
	jest.useFakeTimers();
	const onNew = jest.fn();
	const wrapper = ( { children }: { children: ReactNode } ) =>
		createElement( RegistryProvider, { value: registry }, children );
	const hook = renderHook( () => useThreadPolling( 5, onNew, 1000 ), {
		wrapper,
	} );
	return { registry, onNew, ...hook };
}

const tick = () =>
	act( async () => {
		jest.advanceTimersByTime( 1000 );
	} );

describe( 'useThreadPolling', () => {
	afterEach( () => {
		jest.useRealTimers();
		mockedFetch.mockReset();
		Object.defineProperty( document, 'visibilityState', {
			value: 'visible',
			configurable: true,
		} );
	} );

	it( 'adds what arrived, tells the screen and rereads the ticket', async () => {
		const { registry, onNew, unmount } = await setUp();
		mockedFetch
			.mockResolvedValueOnce( page( [], 1 ) )
			.mockResolvedValueOnce(
				page(
					[
						message( 8, {
							kind: 'customer',
							created_at: '2026-11-22T10:05:00Z',
						} ),
					],
					2
				)
			)
			.mockResolvedValueOnce( { id: 5, status: 'open' } );
		await tick();
		expect( onNew ).not.toHaveBeenCalled();
		expect( paths() ).toEqual( [
			expect.stringContaining( 'latest=1' ),
			'/storedesk/v1/tickets/5/messages?after=7',
		] );
		await tick();
		expect( onNew ).toHaveBeenCalledWith( [
			expect.objectContaining( { id: 8 } ),
		] );
		expect(
			registry
				.select( messagesStore )
				.getThread( 5 )
				?.map( ( m ) => m.id )
		).toEqual( [ 7, 8 ] );
		expect( paths()[ 3 ] ).toBe( '/storedesk/v1/tickets/5' );
		unmount();
		const calls = mockedFetch.mock.calls.length;
		await tick();
		expect( mockedFetch.mock.calls.length ).toBe( calls );
	} );

	it( 'asks nothing while the tab is hidden', async () => {
		const { unmount } = await setUp();
		Object.defineProperty( document, 'visibilityState', {
			value: 'hidden',
			configurable: true,
		} );
		await tick();
		await tick();
		expect( mockedFetch ).toHaveBeenCalledTimes( 1 );
		unmount();
	} );
} );
