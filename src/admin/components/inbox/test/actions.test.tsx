/**
 * Bulk actions: select rows, act once through POST /tickets/batch; the list
 * shows the change at once and takes it back when the server refuses.
 */
import { useState } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Ticket } from '../../../api/types';
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

const open = () => fromQuery( { status: [ 'open' ] } );
const rows = () => [ ticket( 1 ), ticket( 2 ), ticket( 3 ) ];
const statusOf = ( subject: string ) =>
	within(
		screen.getByRole( 'row', { name: new RegExp( subject ) } )
	).getAllByRole( 'cell' );

async function select( ...subjects: string[] ) {
	await screen.findByRole( 'row', { name: /Subject 1/ } );
	for ( const s of subjects ) {
		await userEvent.click( screen.getByRole( 'checkbox', { name: s } ) );
	}
}

function bulkButton( name: string ) {
	// The footer's bulk action, not the per-row one.
	return within(
		document.querySelector(
			'.dataviews-bulk-actions-footer__action-buttons'
		) as HTMLElement
	).getByRole( 'button', { name } );
}

describe( 'bulk actions', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'resolves the selected conversations at once, in one request', async () => {
		let answer: ( t: Ticket[] ) => void = () => {};
		const calls = fakeApi( {
			tickets: rows,
			batch: () => new Promise( ( resolve ) => ( answer = resolve ) ),
		} );
		renderWith( <Harness initial={ open() } /> );
		await select( 'Subject 1', 'Subject 2' );
		await userEvent.click( bulkButton( 'Resolve' ) );

		const batch = calls.filter(
			( c ) => c.path === '/storedesk/v1/tickets/batch'
		);
		expect( batch ).toEqual( [
			{
				path: '/storedesk/v1/tickets/batch',
				method: 'POST',
				data: { ids: [ 1, 2 ], status: 'resolved' },
			},
		] );
		// Before the server answers, the rows already say so.
		expect(
			statusOf( 'Subject 1' ).map( ( c ) => c.textContent )
		).toContain( 'Resolved' );
		expect(
			statusOf( 'Subject 3' ).map( ( c ) => c.textContent )
		).toContain( 'Open' );
		answer( [
			ticket( 1, { status: 'resolved' } ),
			ticket( 2, { status: 'resolved' } ),
		] );
		// The lists refetch after the change.
		await waitFor( () =>
			expect(
				calls.filter( ( c ) =>
					c.path.startsWith( '/storedesk/v1/tickets?' )
				).length
			).toBeGreaterThan( 1 )
		);
	} );

	it( 'takes the change back and says why when the server refuses', async () => {
		fakeApi( {
			tickets: rows,
			batch: () => new Error( 'You are not allowed to do that.' ),
		} );
		const { registry } = renderWith( <Harness initial={ open() } /> );
		await select( 'Subject 2', 'Subject 3' );
		await userEvent.click( bulkButton( 'Resolve' ) );
		await waitFor( () =>
			expect(
				registry
					.select( noticesStore )
					.getNotices()
					.map( ( n ) => n.content )
			).toEqual( [ 'You are not allowed to do that.' ] )
		);
		expect(
			statusOf( 'Subject 2' ).map( ( c ) => c.textContent )
		).toContain( 'Open' );
		expect(
			statusOf( 'Subject 3' ).map( ( c ) => c.textContent )
		).not.toContain( 'Resolved' );
	} );

	it( 'assigns, sets priority and tags the selection', async () => {
		const calls = fakeApi( { tickets: rows, batch: () => [] } );
		renderWith( <Harness initial={ open() } /> );
		await select( 'Subject 1', 'Subject 3' );
		const apply = async (
			action: string,
			label: string,
			option: string
		) => {
			await userEvent.click( bulkButton( action ) );
			const dialog = await screen.findByRole( 'dialog', {
				name: action,
			} );
			await userEvent.selectOptions(
				within( dialog ).getByRole( 'combobox', { name: label } ),
				option
			);
			await userEvent.click(
				within( dialog ).getByRole( 'button', { name: 'Apply' } )
			);
			await waitFor( () =>
				expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument()
			);
		};
		await waitFor( () => expect( bulkButton( 'Assign' ) ).toBeEnabled() );
		await apply( 'Assign', 'Assign to', 'Bo Agent' );
		await apply( 'Set priority', 'Priority', 'Urgent' );
		await apply( 'Add tag', 'Tag to add', 'VIP' );
		expect(
			calls.filter( ( c ) => c.method === 'POST' ).map( ( c ) => c.data )
		).toEqual( [
			{ ids: [ 1, 3 ], assignee: 4 },
			{ ids: [ 1, 3 ], priority: 'urgent' },
			{ ids: [ 1, 3 ], add_tags: [ 'vip' ] },
		] );
	} );
} );
