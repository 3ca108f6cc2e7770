/**
 * The inbox keys: j/k move the highlight (focus on the row's link), Enter
 * opens, e resolves, a assigns, r/n open the composer, / searches.
 */
import { useState } from '@wordpress/element';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ticket } from '../../../test-utils/fixtures';
import { fromQuery, type ListState } from '../query';
import { TicketList } from '../TicketList';
import { fakeApi, mockedFetch, renderWith } from './helpers';

jest.mock( '@wordpress/api-fetch' );
jest.setTimeout( 30000 );

function Harness( { initial }: { initial: ListState } ) {
	const [ state, setState ] = useState( initial );
	return <TicketList state={ state } onChangeState={ setState } />;
}

const link = ( n: number ) =>
	screen.getByRole( 'link', { name: `#${ n } Subject ${ n }` } );

async function start() {
	const calls = fakeApi( {
		tickets: () => [ ticket( 1 ), ticket( 2 ), ticket( 3 ) ],
		batch: ( data ) =>
			( data.ids as number[] ).map( ( id ) =>
				ticket( id, { status: 'resolved' } )
			),
	} );
	renderWith( <Harness initial={ fromQuery( { status: [ 'open' ] } ) } /> );
	await screen.findByRole( 'row', { name: /Subject 3/ } );
	return calls;
}

const batches = ( calls: Array< { path: string; data?: unknown } > ) =>
	calls
		.filter( ( c ) => c.path === '/storedesk/v1/tickets/batch' )
		.map( ( c ) => c.data );

describe( 'inbox keys', () => {
	beforeEach( () => ( window.location.hash = '#/inbox/open' ) );
	afterEach( () => mockedFetch.mockReset() );

	it( 'moves with j and k, and Enter opens the highlighted conversation', async () => {
		await start();
		await userEvent.keyboard( 'j' );
		expect( link( 1 ) ).toHaveFocus();
		await userEvent.keyboard( 'jj' );
		expect( link( 3 ) ).toHaveFocus();
		await userEvent.keyboard( 'j' );
		expect( link( 3 ) ).toHaveFocus();
		await userEvent.keyboard( 'k' );
		expect( link( 2 ) ).toHaveFocus();
		expect( link( 2 ).closest( 'tr' ) ).toHaveClass( 'is-highlighted' );
		expect( link( 1 ).closest( 'tr' ) ).not.toHaveClass( 'is-highlighted' );
		await userEvent.keyboard( '{Enter}' );
		await waitFor( () =>
			expect( window.location.hash ).toBe( '#/tickets/2' )
		);
	} );

	it( 'resolves the highlighted row with e, or the selection when there is one', async () => {
		const calls = await start();
		await userEvent.keyboard( 'jj' );
		await userEvent.keyboard( 'e' );
		await waitFor( () =>
			expect( batches( calls ) ).toEqual( [
				{ ids: [ 2 ], status: 'resolved' },
			] )
		);

		await userEvent.click(
			screen.getByRole( 'checkbox', { name: 'Subject 1' } )
		);
		await userEvent.click(
			screen.getByRole( 'checkbox', { name: 'Subject 3' } )
		);
		// Keys typed on a checkbox belong to it; from elsewhere e acts on the selection.
		await userEvent.click( screen.getByText( '3 conversations' ) );
		await userEvent.keyboard( 'e' );
		await waitFor( () =>
			expect( batches( calls ).at( -1 ) ).toEqual( {
				ids: [ 1, 3 ],
				status: 'resolved',
			} )
		);
	} );

	it( 'opens the assign dialog with a, the composer with r and n, the search with /', async () => {
		await start();
		await userEvent.keyboard( 'j' );
		await userEvent.keyboard( 'a' );
		expect(
			await screen.findByRole( 'dialog', { name: 'Assign' } )
		).toHaveTextContent( '1 conversation selected.' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Cancel' } )
		);
		await waitFor( () =>
			expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument()
		);

		await userEvent.keyboard( 'j' );
		await userEvent.keyboard( 'r' );
		expect( window.location.hash ).toBe( '#/tickets/2/reply' );
		await userEvent.keyboard( 'n' );
		expect( window.location.hash ).toBe( '#/tickets/2/note' );
		await userEvent.keyboard( '/' );
		expect(
			screen.getByRole( 'searchbox', { name: 'Search conversations' } )
		).toHaveFocus();
		expect(
			screen.getByRole( 'searchbox', { name: 'Search conversations' } )
		).toHaveValue( '' );
	} );
} );
