/**
 * The order search: sent once typing pauses, an older search's late answer
 * never replaces a newer one's, results link the ticket.
 */
import apiFetch from '@wordpress/api-fetch';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { OrderSearch } from '../OrderSearch';
import { SEARCH_DELAY } from '../use-order-search';
import { summary } from './fixtures';

jest.mock( '@wordpress/api-fetch' );
jest.mock( '@woocommerce/components', () => require( './wc-components' ), {
	virtual: true,
} );

type Call = {
	path: string;
	signal: AbortSignal;
	resolve: ( v: unknown ) => void;
	reject: ( e: unknown ) => void;
};

/** Holds every request until the test answers it. */
function held(): Call[] {
	const calls: Call[] = [];
	( apiFetch as jest.MockedFunction< typeof apiFetch > ).mockImplementation(
		( ( options: { path: string; signal: AbortSignal } ) =>
			new Promise( ( resolve, reject ) =>
				calls.push( { ...options, resolve, reject } )
			) ) as never
	);
	return calls;
}

beforeEach( () => jest.useFakeTimers() );
afterEach( () => jest.useRealTimers() );

const user = () =>
	userEvent.setup( { advanceTimers: jest.advanceTimersByTime } );

const search = () =>
	screen.getByRole( 'searchbox', { name: 'Find an order to link' } );

describe( 'OrderSearch', () => {
	it( 'searches once typing pauses, and links a result', async () => {
		const calls = held();
		const onLink = jest.fn();
		render( <OrderSearch linkedId={ null } onLink={ onLink } /> );
		await user().type( search(), 'fiona' );
		expect( calls ).toHaveLength( 0 );
		expect( screen.getByRole( 'status' ) ).toHaveTextContent(
			'Searching…'
		);
		act( () => jest.advanceTimersByTime( SEARCH_DELAY ) );
		expect( calls.map( ( c ) => c.path ) ).toEqual( [
			'/storedesk/v1/orders?search=fiona',
		] );
		await act( async () =>
			calls[ 0 ].resolve( [
				summary( 1234 ),
				summary( 88, { billing_name: 'Fiona Other' } ),
			] )
		);
		expect( screen.getByRole( 'status' ) ).toHaveTextContent(
			'2 orders found.'
		);
		const results = within(
			screen.getByRole( 'list', { name: 'Orders found' } )
		).getAllByRole( 'listitem' );
		expect(
			within( results[ 1 ] ).getByText( 'Fiona Other' )
		).toBeVisible();
		await user().click(
			within( results[ 1 ] ).getByRole( 'button', {
				name: 'Link to this ticket Order #88',
			} )
		);
		expect( onLink ).toHaveBeenCalledWith( 88 );
	} );

	it( 'cancels a search overtaken by another and ignores its answer', async () => {
		const calls = held();
		render( <OrderSearch linkedId={ null } onLink={ jest.fn() } /> );
		await user().type( search(), '12' );
		act( () => jest.advanceTimersByTime( SEARCH_DELAY ) );
		await user().type( search(), '34' );
		expect( calls[ 0 ].signal.aborted ).toBe( true );
		act( () => jest.advanceTimersByTime( SEARCH_DELAY ) );
		expect( calls.map( ( c ) => c.path ) ).toEqual( [
			'/storedesk/v1/orders?search=12',
			'/storedesk/v1/orders?search=1234',
		] );
		await act( async () => calls[ 1 ].resolve( [ summary( 1234 ) ] ) );
		await act( async () => calls[ 0 ].resolve( [ summary( 12 ) ] ) );
		expect(
			screen.getByRole( 'button', {
				name: 'Link to this ticket Order #1234',
			} )
		).toBeVisible();
		expect( screen.queryByText( 'Order #12' ) ).not.toBeInTheDocument();
	} );

	it( 'says when nothing matches, and why a search failed', async () => {
		const calls = held();
		render( <OrderSearch linkedId={ null } onLink={ jest.fn() } /> );
		await user().type( search(), 'nobody' );
		act( () => jest.advanceTimersByTime( SEARCH_DELAY ) );
		await act( async () => calls[ 0 ].resolve( [] ) );
		expect( screen.getByRole( 'status' ) ).toHaveTextContent(
			'No orders match “nobody”.'
		);
		await user().type( search(), '!' );
		act( () => jest.advanceTimersByTime( SEARCH_DELAY ) );
		await act( async () =>
			calls[ 1 ].reject( {
				code: 'rest_forbidden',
				message: 'Sorry, you are not allowed to do that.',
			} )
		);
		expect( screen.getByRole( 'alert' ) ).toHaveTextContent(
			'The search failed: Sorry, you are not allowed to do that.'
		);
		// Emptied, the field asks nothing.
		await user().clear( search() );
		act( () => jest.advanceTimersByTime( SEARCH_DELAY ) );
		expect( calls ).toHaveLength( 2 );
		expect( screen.queryByRole( 'alert' ) ).not.toBeInTheDocument();
	} );
} );
