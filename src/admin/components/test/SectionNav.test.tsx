/**
 * The sections above every screen: Reports only for whoever may see them.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen } from '@testing-library/react';

import { SectionNav } from '../SectionNav';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

describe( 'SectionNav', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'offers Reports to a manager and marks the current section', async () => {
		mockedFetch.mockResolvedValue( {
			id: 1,
			name: 'Mia',
			capabilities: { storedesk_view_reports: true },
		} );
		render( <SectionNav route={ { name: 'reports' } } /> );
		const reports = await screen.findByRole( 'link', { name: 'Reports' } );
		expect( reports ).toHaveAttribute( 'href', '#/reports' );
		expect( reports ).toHaveAttribute( 'aria-current', 'page' );
		expect(
			screen.getByRole( 'link', { name: 'Settings' } )
		).toHaveAttribute( 'href', '#/settings' );
	} );
} );
