/**
 * Saved views: the list as it is becomes a view of one's own, which can be
 * renamed and deleted; each step is one request to /views.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ticket } from '../../../test-utils/fixtures';
import { fakeApi, mockedFetch, renderWith, Routed } from './helpers';

jest.mock( '@wordpress/api-fetch' );
jest.setTimeout( 30000 );

const nav = () => screen.getByRole( 'navigation', { name: 'Inbox views' } );
const writes = (
	calls: Array< { path: string; method: string; data?: unknown } >
) =>
	calls.filter(
		( c ) =>
			c.path.startsWith( '/storedesk/v1/views' ) && c.method !== 'GET'
	);

describe( 'saved views', () => {
	beforeEach( () => ( window.location.hash = '#/inbox/pending' ) );
	afterEach( () => mockedFetch.mockReset() );

	it( 'saves the current list as a view, renames it and deletes it', async () => {
		const calls = fakeApi( {
			tickets: () => [ ticket( 5, { status: 'pending' } ) ],
		} );
		renderWith( <Routed /> );
		expect(
			await screen.findByRole( 'heading', { name: 'Pending', level: 2 } )
		).toBeInTheDocument();
		await screen.findByRole( 'row', { name: /Subject 5/ } );
		await userEvent.type(
			screen.getByRole( 'searchbox', { name: 'Search conversations' } ),
			'teapot'
		);
		// The search box is debounced: save only once the list runs the search.
		await waitFor( () =>
			expect(
				calls.some( ( c ) => c.path.includes( 'search=teapot' ) )
			).toBe( true )
		);

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save as new view' } )
		);
		const save = await screen.findByRole( 'dialog', {
			name: 'Save as new view',
		} );
		await userEvent.type(
			within( save ).getByRole( 'textbox', { name: 'View name' } ),
			'Teapots waiting'
		);
		await userEvent.click(
			within( save ).getByRole( 'button', { name: 'Save view' } )
		);
		await waitFor( () =>
			expect( window.location.hash ).toBe( '#/inbox/saved/view-1' )
		);
		expect( writes( calls )[ 0 ] ).toEqual( {
			path: '/storedesk/v1/views',
			method: 'POST',
			data: {
				name: 'Teapots waiting',
				query: {
					status: [ 'pending' ],
					search: 'teapot',
					orderby: 'last_activity',
					order: 'desc',
					per_page: 25,
				},
				columns: [
					'channel',
					'customer',
					'status',
					'priority',
					'assignee',
					'tags',
					'last_activity',
					'waiting',
				],
			},
		} );
		expect(
			await screen.findByRole( 'heading', {
				name: 'Teapots waiting',
				level: 2,
			} )
		).toBeInTheDocument();
		expect(
			within( nav() ).getByRole( 'link', { name: 'Teapots waiting' } )
		).toHaveAttribute( 'aria-current', 'page' );
		// The saved view opens with what was saved.
		expect(
			screen.getByRole( 'searchbox', { name: 'Search conversations' } )
		).toHaveValue( 'teapot' );

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Rename view' } )
		);
		const rename = await screen.findByRole( 'dialog', {
			name: 'Rename view',
		} );
		const name = within( rename ).getByRole( 'textbox', {
			name: 'View name',
		} );
		await userEvent.clear( name );
		await userEvent.type( name, 'Teapots' );
		await userEvent.click(
			within( rename ).getByRole( 'button', { name: 'Rename' } )
		);
		expect(
			await within( nav() ).findByRole( 'link', { name: 'Teapots' } )
		).toBeInTheDocument();
		expect( writes( calls )[ 1 ] ).toMatchObject( {
			path: '/storedesk/v1/views/view-1',
			method: 'PUT',
			data: { name: 'Teapots', query: { search: 'teapot' } },
		} );

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Delete view' } )
		);
		const remove = await screen.findByRole( 'dialog', {
			name: 'Delete view',
		} );
		await userEvent.click(
			within( remove ).getByRole( 'button', { name: 'Delete' } )
		);
		await waitFor( () => expect( window.location.hash ).toBe( '#/inbox' ) );
		expect( writes( calls )[ 2 ] ).toEqual( {
			path: '/storedesk/v1/views/view-1',
			method: 'DELETE',
			data: undefined,
		} );
		expect(
			within( nav() ).queryByRole( 'link', { name: 'Teapots' } )
		).not.toBeInTheDocument();
		expect(
			await screen.findByRole( 'heading', { name: 'Mine', level: 2 } )
		).toBeInTheDocument();
	} );
} );
