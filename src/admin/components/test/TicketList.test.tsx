/**
 * The inbox list renders rows, an empty state and errors.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, within } from '@testing-library/react';

import { TicketList } from '../TicketList';
import { ticket } from '../../test-utils/fixtures';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

function respond( body: unknown, total: number ) {
	mockedFetch.mockResolvedValueOnce( {
		json: async () => body,
		headers: new Headers( {
			'X-WP-Total': String( total ),
			'X-WP-TotalPages': '1',
		} ),
	} );
}

describe( 'TicketList', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'shows one row per ticket with customer, channel and status', async () => {
		respond(
			[
				ticket( 11, {
					subject: 'Boots too small',
					channel: 'chat',
					unread: true,
				} ),
				ticket( 12, { status: 'pending' } ),
			],
			2
		);
		render( <TicketList query={ { per_page: 25, search: 'rows' } } /> );
		const table = await screen.findByRole( 'table', {
			name: 'Conversations',
		} );
		const rows = within( table ).getAllByRole( 'row' );
		expect( rows ).toHaveLength( 3 );
		expect(
			within( rows[ 1 ] ).getByText( '#11 Boots too small' )
		).toBeInTheDocument();
		expect(
			within( rows[ 1 ] ).getByRole( 'cell', { name: 'Customer 11' } )
		).toBeInTheDocument();
		expect(
			within( rows[ 1 ] ).getByRole( 'cell', { name: 'chat' } )
		).toBeInTheDocument();
		expect( rows[ 1 ] ).toHaveClass( 'is-unread' );
		expect(
			within( rows[ 2 ] ).getByRole( 'cell', { name: 'Pending' } )
		).toBeInTheDocument();
		expect( screen.getByText( '2 conversations' ) ).toBeInTheDocument();
	} );

	it( 'says so when there is nothing to do', async () => {
		respond( [], 0 );
		render( <TicketList query={ { per_page: 25, search: 'empty' } } /> );
		expect(
			await screen.findByText( 'No conversations here. Nice work!' )
		).toBeInTheDocument();
		expect( screen.queryByRole( 'table' ) ).not.toBeInTheDocument();
	} );

	it( 'shows the error instead of an empty list', async () => {
		mockedFetch.mockRejectedValueOnce( {
			message: 'Sorry, you are not allowed to do that.',
		} );
		render( <TicketList query={ { per_page: 25, search: 'error' } } /> );
		const shown = await screen.findAllByText(
			'The tickets could not be loaded: Sorry, you are not allowed to do that.'
		);
		// Visible in the notice, and announced to screen readers.
		expect(
			shown.some( ( el ) => el.closest( '.components-notice' ) )
		).toBe( true );
		expect(
			shown.some(
				( el ) => el.getAttribute( 'aria-live' ) === 'assertive'
			)
		).toBe( true );
		expect( screen.queryByRole( 'table' ) ).not.toBeInTheDocument();
	} );
} );
