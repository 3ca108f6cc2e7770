/**
 * The contacts list: rows with addresses and channels, search as you type,
 * pages with totals.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ContactsScreen } from '../ContactsScreen';
import {
	contact,
	Page,
	renderWithRegistry,
	serve,
} from '../../test-utils/contacts';

jest.mock( '@wordpress/api-fetch' );

const zoe = contact( 1, {
	name: 'Zoë Ångström',
	phone: '+15550109999',
	identities: [
		{ channel: 'email', value: 'p1@example.test' },
		{ channel: 'phone', value: '+15550109999' },
		{ channel: 'phone', value: '+15550100000' },
		{ channel: 'line', value: 'U77a0' },
	],
} );

describe( 'ContactsScreen', () => {
	it( 'lists contacts with their emails, phones and channels', async () => {
		serve( () => new Page( [ zoe, contact( 2 ) ], 2 ) );
		renderWithRegistry( <ContactsScreen /> );
		const table = await screen.findByRole( 'table', { name: 'Contacts' } );
		const link = within( table ).getByRole( 'link', {
			name: 'Zoë Ångström',
		} );
		expect( link ).toHaveAttribute( 'href', '#/contacts/1' );
		const row = within( table ).getByRole( 'row', { name: /Zoë/ } );
		expect( within( row ).getByText( 'p1@example.test' ) ).toBeVisible();
		expect( within( row ).getByText( '+15550100000' ) ).toBeVisible();
		expect( within( row ).getByText( 'LINE' ) ).toBeVisible();
		expect(
			screen.getByText( '2 contacts · page 1 of 1' )
		).toBeInTheDocument();
	} );

	it( 'searches as the agent types, once the typing pauses, from page 1', async () => {
		const calls = serve( ( req ) =>
			req.query.get( 'search' )
				? new Page( [ zoe ], 1 )
				: new Page( [ contact( 2 ), contact( 3 ) ], 60, 3 )
		);
		renderWithRegistry( <ContactsScreen /> );
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Next page' } )
		);
		await waitFor( () =>
			expect( calls.at( -1 )?.query.get( 'page' ) ).toBe( '2' )
		);
		expect( screen.getByText( /60 contacts · page 2 of 3/ ) ).toBeVisible();
		await userEvent.type(
			screen.getByRole( 'searchbox', {
				name: 'Search by name, email, phone or channel id',
			} ),
			'+1555'
		);
		expect(
			await screen.findByRole( 'link', { name: 'Zoë Ångström' } )
		).toBeVisible();
		const searches = calls.filter( ( c ) => c.query.has( 'search' ) );
		// Debounced: one request for the whole term, not one per key.
		expect( searches.map( ( c ) => c.query.get( 'search' ) ) ).toEqual( [
			'+1555',
		] );
		expect( searches[ 0 ].query.get( 'page' ) ).toBe( '1' );
		expect(
			screen.getByText( '1 contact · page 1 of 1' )
		).toBeInTheDocument();
		await userEvent.clear(
			screen.getByRole( 'searchbox', {
				name: 'Search by name, email, phone or channel id',
			} )
		);
	} );

	it( 'says when nothing matches, and when the server refuses', async () => {
		serve( ( req ) => {
			if ( req.query.get( 'search' ) === 'boom' ) {
				throw { code: 'storedesk_forbidden', message: 'Not allowed.' };
			}
			return new Page( [], 0, 0 );
		} );
		renderWithRegistry( <ContactsScreen /> );
		const box = screen.getByRole( 'searchbox', {
			name: 'Search by name, email, phone or channel id',
		} );
		await userEvent.type( box, 'nobody' );
		expect(
			await screen.findByText( 'No contact matches that search.' )
		).toBeVisible();
		await userEvent.clear( box );
		await userEvent.type( box, 'boom' );
		expect(
			// The notice's text, not the copy spoken to screen readers.
			await screen.findByText(
				'The contacts could not be loaded: Not allowed.',
				{ selector: '.components-notice__content' }
			)
		).toBeVisible();
		await userEvent.clear( box );
	} );
} );
