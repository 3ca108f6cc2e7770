/**
 * The inbox list: every column reads right, unread is seen and heard, and
 * sorting, filtering and searching become the REST query the server runs.
 */
import { useState } from '@wordpress/element';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ticket } from '../../../test-utils/fixtures';
import { VIEWS } from '../../../views';
import { fromQuery, type ListState } from '../query';
import { TicketList } from '../TicketList';
import { fakeApi, listQueries, mockedFetch, renderWith } from './helpers';

jest.mock( '@wordpress/api-fetch' );
// DataViews renders a lot; the machine is shared.
jest.setTimeout( 30000 );

function Harness( { initial }: { initial: ListState } ) {
	const [ state, setState ] = useState( initial );
	return <TicketList state={ state } onChangeState={ setState } />;
}

const mine = () => fromQuery( VIEWS[ 0 ].query );
const now = Date.now();
const hoursAgo = ( h: number ) =>
	new Date( now - h * 3600000 ).toISOString().replace( /\.\d+Z$/, 'Z' );

describe( 'TicketList', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'shows every column of a conversation, and marks unread ones', async () => {
		fakeApi( {
			tickets: () => [
				ticket( 11, {
					subject: 'Boots too small',
					channel: 'chat',
					unread: true,
					assignee: 4,
					tags: [ 'refund', 'vip' ],
					priority: 'urgent',
					excerpt: 'Can I swap them for a 42?',
					waiting_since: hoursAgo( 3.2 ),
				} ),
				ticket( 12, {
					status: 'pending',
					waiting_since: null,
					sender_verified: true,
				} ),
				ticket( 13, { sender_verified: false } ),
			],
			total: 3,
		} );
		renderWith( <Harness initial={ mine() } /> );
		const row = await screen.findByRole( 'row', {
			name: /Boots too small/,
		} );
		const cell = ( name: string | RegExp ) =>
			within( row ).getByRole( 'cell', { name } );
		expect(
			within( row ).getByRole( 'link', {
				name: 'Unread: #11 Boots too small',
			} )
		).toHaveAttribute( 'href', '#/tickets/11' );
		expect( row ).toHaveTextContent( 'Can I swap them for a 42?' );
		expect( cell( 'Chat' ) ).toBeInTheDocument();
		expect( cell( 'Customer 11' ) ).toBeInTheDocument();
		expect( cell( 'Open' ) ).toBeInTheDocument();
		expect( cell( 'Urgent' ) ).toBeInTheDocument();
		// The agent's name from the directory, once it arrives.
		await waitFor( () => expect( cell( 'Bo Agent' ) ).toBeInTheDocument() );
		expect( cell( 'Refund, VIP' ) ).toBeInTheDocument();
		expect( cell( '3 h' ) ).toBeInTheDocument();

		const read = screen.getByRole( 'row', { name: /Subject 12/ } );
		expect(
			within( read ).getByRole( 'link', { name: '#12 Subject 12' } )
		).toBeInTheDocument();
		// A ticket filed under a customer's address by someone not signed in says so.
		expect(
			within(
				screen.getByRole( 'row', { name: /Subject 13/ } )
			).getByRole( 'link', { name: '#13 Subject 13 Unverified sender' } )
		).toBeInTheDocument();
		expect( row ).not.toHaveTextContent( 'Unverified sender' );
		expect(
			within( read ).getByRole( 'cell', { name: 'Pending' } )
		).toBeInTheDocument();
		expect(
			within( read ).getByRole( 'cell', { name: 'Not waiting' } )
		).toBeInTheDocument();
		expect(
			within( read ).getByRole( 'cell', { name: 'Unassigned' } )
		).toBeInTheDocument();
		expect( screen.getByText( '3 conversations' ) ).toBeInTheDocument();
	} );

	it( 'says "more than" when the server stopped counting', async () => {
		fakeApi( {
			tickets: () => [ ticket( 21 ) ],
			total: 1001,
			me: { count_limit: 1000 },
		} );
		renderWith( <Harness initial={ mine() } /> );
		expect(
			await screen.findByText( 'More than 1,000 conversations' )
		).toBeInTheDocument();
	} );

	it( 'asks the server for the view, then for each sort, filter and search', async () => {
		const calls = fakeApi( {
			tickets: () => [ ticket( 1 ), ticket( 2 ) ],
		} );
		renderWith( <Harness initial={ mine() } /> );
		await screen.findByRole( 'row', { name: /Subject 1/ } );
		expect( listQueries( calls )[ 0 ] ).toBe(
			'status[0]=open&status[1]=pending&status[2]=on-hold&assignee=me&orderby=last_activity&order=desc&page=1&per_page=25'
		);

		// Sort by priority, highest first, from the column's menu.
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Priority' } )
		);
		await userEvent.click(
			await screen.findByRole( 'menuitemradio', {
				name: /Sort descending/i,
			} )
		);
		await waitFor( () =>
			expect( listQueries( calls ).at( -1 ) ).toContain(
				'orderby=priority&order=desc'
			)
		);

		// Filters: channel (any of) and tag (all of).
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Channel', pressed: false } )
		);
		await userEvent.click(
			await screen.findByRole( 'option', { name: 'Email' } )
		);
		await waitFor( () =>
			expect( listQueries( calls ).at( -1 ) ).toContain(
				'channel[0]=email'
			)
		);
		await userEvent.keyboard( '{Escape}' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Tags', pressed: false } )
		);
		await userEvent.click(
			await screen.findByRole( 'option', { name: 'VIP' } )
		);
		await waitFor( () =>
			expect( listQueries( calls ).at( -1 ) ).toContain( 'tag[0]=vip' )
		);
		await userEvent.keyboard( '{Escape}' );

		await userEvent.type(
			screen.getByRole( 'searchbox', { name: 'Search conversations' } ),
			'parcel'
		);
		await waitFor( () =>
			expect( listQueries( calls ).at( -1 ) ).toContain( 'search=parcel' )
		);
		expect( listQueries( calls ).at( -1 ) ).toContain( 'assignee=me' );
		// Ariakit, inside DataViews' filter list, warns about its own markup.
		(
			expect( console ) as unknown as { toHaveWarned: () => void }
		 ).toHaveWarned();
	} );

	it( 'says so when there is nothing to do, and shows errors', async () => {
		fakeApi( { tickets: () => [] } );
		renderWith( <Harness initial={ mine() } /> );
		expect(
			await screen.findByText( 'No conversations here. Nice work!' )
		).toBeInTheDocument();
		expect( screen.queryByRole( 'table' ) ).not.toBeInTheDocument();

		mockedFetch.mockReset();
		mockedFetch.mockRejectedValue( {
			message: 'Sorry, you are not allowed to do that.',
		} );
		renderWith(
			<Harness initial={ fromQuery( { status: [ 'spam' ] } ) } />
		);
		expect(
			(
				await screen.findAllByText(
					'The tickets could not be loaded: Sorry, you are not allowed to do that.'
				)
			).length
		).toBeGreaterThan( 0 );
		await act( async () => {} );
	} );
} );
