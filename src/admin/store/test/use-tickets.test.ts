/**
 * useTickets keeps the last page on screen while the next query loads.
 */
import apiFetch from '@wordpress/api-fetch';
import { createRegistry, RegistryProvider } from '@wordpress/data';
import { createElement } from '@wordpress/element';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';

import type { TicketQuery } from '../../api/types';
import { ticket } from '../../test-utils/fixtures';
import { store } from '../tickets';
import { useTickets } from '../use-tickets';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const page = ( ids: number[] ) => ( {
	json: async () => ids.map( ( id ) => ticket( id ) ),
	headers: new Headers( {
		'X-WP-Total': String( ids.length ),
		'X-WP-TotalPages': '1',
	} ),
} );

function renderTickets( first: TicketQuery ) {
	const registry = createRegistry();
	registry.register( store );
	const wrapper = ( { children }: { children: ReactNode } ) =>
		createElement( RegistryProvider, { value: registry }, children );
	return renderHook( ( query: TicketQuery ) => useTickets( query ), {
		wrapper,
		initialProps: first,
	} );
}

describe( 'useTickets', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'is loading with no rows before the first page arrives', async () => {
		mockedFetch.mockResolvedValueOnce( page( [ 1, 2 ] ) as never );
		const { result } = renderTickets( { status: [ 'open' ] } );
		expect( result.current ).toMatchObject( {
			tickets: [],
			isLoading: true,
		} );
		await waitFor( () => expect( result.current.isLoading ).toBe( false ) );
		expect( result.current.tickets.map( ( t ) => t.id ) ).toEqual( [
			1, 2,
		] );
		expect( result.current.total ).toBe( 2 );
	} );

	it( 'keeps the previous rows, marked loading, until the next query answers', async () => {
		let answer: ( value: unknown ) => void = () => {};
		mockedFetch
			.mockResolvedValueOnce( page( [ 1, 2, 3 ] ) as never )
			.mockImplementationOnce(
				() => new Promise( ( resolve ) => ( answer = resolve ) )
			);
		const { result, rerender } = renderTickets( { status: [ 'open' ] } );
		await waitFor( () => expect( result.current.isLoading ).toBe( false ) );

		rerender( { status: [ 'open' ], search: 'wombat' } );
		expect( result.current.isLoading ).toBe( true );
		expect( result.current.tickets.map( ( t ) => t.id ) ).toEqual( [
			1, 2, 3,
		] );
		expect( result.current.total ).toBe( 3 );

		// Resolvers start on a later tick; answer only once the search was asked.
		await waitFor( () => expect( mockedFetch ).toHaveBeenCalledTimes( 2 ) );
		expect( result.current.tickets ).toHaveLength( 3 );
		await act( async () => answer( page( [ 2 ] ) ) );
		await waitFor( () => expect( result.current.isLoading ).toBe( false ) );
		expect( result.current.tickets.map( ( t ) => t.id ) ).toEqual( [ 2 ] );
		expect( result.current.total ).toBe( 1 );
	} );
} );
