/**
 * Polling asks for changes from one second before the newest one seen, and
 * refreshes lists only when something unseen changed.
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry, RegistryProvider } from '@wordpress/data';
import { createElement } from '@wordpress/element';
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';

import { ticket } from '../../test-utils/fixtures';
import { store } from '../tickets';
import { useChangePolling } from '../use-change-polling';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

/**
 * Renders the hook inside a registry whose tickets store records refreshes.
 *
 * @return The spy standing in for invalidatePages, and unmount.
 */
function renderPolling(): { invalidatePages: jest.Mock; unmount: () => void } {
	const invalidatePages = jest.fn();
	const registry = createRegistry();
	registry.register( store );
	const realDispatch = registry.dispatch;
	registry.dispatch = ( ( target: unknown ) =>
		target === store
			? { invalidatePages }
			: realDispatch( target as never ) ) as typeof registry.dispatch;
	const wrapper = ( { children }: { children: ReactNode } ) =>
		createElement( RegistryProvider, { value: registry }, children );
	const { unmount } = renderHook( () => useChangePolling( 1000 ), {
		wrapper,
	} );
	return { invalidatePages, unmount };
}

describe( 'useChangePolling', () => {
	beforeEach( () => jest.useFakeTimers() );
	afterEach( () => {
		jest.useRealTimers();
		mockedFetch.mockReset();
	} );

	it( 'notices a change in the same second as its cursor, once', async () => {
		const first = ticket( 1, { updated_at: '2026-11-22T10:00:00Z' } );
		const sameSecond = ticket( 2, { updated_at: '2026-11-22T10:00:00Z' } );
		mockedFetch
			.mockResolvedValueOnce( [ first ] )
			.mockResolvedValueOnce( [ first ] )
			.mockResolvedValueOnce( [ sameSecond, first ] )
			.mockResolvedValue( [ sameSecond, first ] );
		const { invalidatePages, unmount } = renderPolling();
		// The first check settles before the first tick, as it does with a 10 s interval.
		await act( async () => {} );
		const tick = () =>
			act( async () => {
				jest.advanceTimersByTime( 1000 );
			} );
		await tick();
		expect( invalidatePages ).not.toHaveBeenCalled();
		await tick();
		expect( invalidatePages ).toHaveBeenCalledTimes( 1 );
		await tick();
		expect( invalidatePages ).toHaveBeenCalledTimes( 1 );
		const paths = mockedFetch.mock.calls.map( ( [ options ] ) =>
			decodeURIComponent( String( options.path ) )
		);
		expect( paths[ 0 ] ).not.toContain( 'updated_since' );
		expect( paths[ 1 ] ).toContain( 'updated_since=2026-11-22T09:59:59Z' );
		unmount();
		const calls = mockedFetch.mock.calls.length;
		await tick();
		expect( mockedFetch.mock.calls.length ).toBe( calls );
	} );

	it( 'notices the first conversation of an empty desk', async () => {
		mockedFetch
			.mockResolvedValueOnce( [] )
			.mockResolvedValueOnce( [] )
			.mockResolvedValue( [ ticket( 9 ) ] );
		const { invalidatePages } = renderPolling();
		await act( async () => {} );
		await act( async () => {
			jest.advanceTimersByTime( 1000 );
		} );
		expect( invalidatePages ).not.toHaveBeenCalled();
		await act( async () => {
			jest.advanceTimersByTime( 1000 );
		} );
		expect( invalidatePages ).toHaveBeenCalledTimes( 1 );
	} );
} );
