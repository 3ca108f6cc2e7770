/**
 * Where the inbox opens: #/inbox lands on the view the server picked for
 * the agent (their last choice, else the first with work in it), a view
 * the agent picks is remembered, and only channels that exist get a view.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CHANNELS, ticket } from '../../test-utils/fixtures';
import {
	fakeApi,
	listQueries,
	mockedFetch,
	newRegistry,
	renderWith,
	Routed,
} from '../../components/inbox/test/helpers';
import { store as directoryStore } from '../../store/directory';

jest.mock( '@wordpress/api-fetch' );
jest.setTimeout( 30000 );

const nav = () => screen.getByRole( 'navigation', { name: 'Inbox views' } );

describe( 'InboxScreen landing', () => {
	beforeEach( () => ( window.location.hash = '#/inbox' ) );
	afterEach( () => mockedFetch.mockReset() );

	it( 'opens the landing view the server names, and remembers a pick', async () => {
		const calls = fakeApi( {
			me: { inbox_view: 'unassigned' },
			tickets: ( q ) =>
				q.get( 'assignee' ) === 'none' ? [ ticket( 7 ) ] : [],
		} );
		renderWith( <Routed /> );
		expect(
			await screen.findByRole( 'heading', {
				name: 'Unassigned',
				level: 2,
			} )
		).toBeInTheDocument();
		await screen.findByRole( 'row', { name: /Subject 7/ } );
		const lists = listQueries( calls );
		expect( lists.some( ( q ) => q.includes( 'assignee=none' ) ) ).toBe(
			true
		);
		// Mine, the old default, is never asked for on the way.
		expect( lists.some( ( q ) => q.includes( 'assignee=me' ) ) ).toBe(
			false
		);
		expect(
			within( nav() ).getByRole( 'link', { name: 'Unassigned' } )
		).toHaveAttribute( 'aria-current', 'page' );

		await userEvent.click(
			within( nav() ).getByRole( 'link', { name: 'Pending' } )
		);
		await waitFor( () =>
			expect( window.location.hash ).toBe( '#/inbox/pending' )
		);
		expect( calls.find( ( c ) => c.method === 'PATCH' ) ).toEqual( {
			path: '/storedesk/v1/me',
			method: 'PATCH',
			data: { inbox_view: 'pending' },
		} );
	} );

	it( 'lists a view only for channels that are set up or have conversations', async () => {
		fakeApi();
		const registry = newRegistry();
		// GET /channels: WeChat is not set up but has conversations; a plugin's channel is set up.
		registry.dispatch( directoryStore ).receive( 'channels', [
			...CHANNELS.map( ( c ) => ( {
				...c,
				in_inbox: c.in_inbox || c.slug === 'wechat',
			} ) ),
			{ ...CHANNELS[ 0 ], slug: 'echo', label: 'Echo', in_inbox: true },
		] );
		renderWith( <Routed />, registry );
		const channels = await screen.findByRole( 'list', {
			name: 'Channels',
		} );
		expect(
			within( channels )
				.getAllByRole( 'link' )
				.map( ( a ) => a.textContent )
		).toEqual( [ 'Email', 'Contact form', 'Phone', 'WeChat', 'Echo' ] );
		expect(
			within( nav() ).queryByRole( 'link', { name: 'WhatsApp' } )
		).not.toBeInTheDocument();
	} );
} );
