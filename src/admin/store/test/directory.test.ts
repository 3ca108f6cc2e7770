/**
 * The directory store remembers the inbox view an agent picks: at once in
 * the page, and on the server for the next visit; a failed save is silent.
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch, resolveSelect, select } from '@wordpress/data';

import { store } from '../directory';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const ME = {
	id: 3,
	name: 'Ana',
	email: 'ana@x.test',
	avatar: '',
	roles: [],
	teams: [],
	capabilities: {},
	agent_scope: 'all',
	woocommerce: false,
	inbox_view: 'unassigned',
	channels: [ 'email', 'form', 'phone' ],
};

describe( 'directory store', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'remembers the view an agent picks', async () => {
		mockedFetch.mockResolvedValueOnce( ME );
		expect( ( await resolveSelect( store ).getMe() )?.inbox_view ).toBe(
			'unassigned'
		);
		mockedFetch.mockResolvedValueOnce( { ...ME, inbox_view: 'open' } );
		await dispatch( store ).chooseView( 'open' );
		expect( mockedFetch ).toHaveBeenLastCalledWith( {
			path: '/storedesk/v1/me',
			method: 'PATCH',
			data: { inbox_view: 'open' },
		} );
		expect( select( store ).getMe()?.inbox_view ).toBe( 'open' );

		mockedFetch.mockRejectedValueOnce( { message: 'offline' } );
		await expect(
			dispatch( store ).chooseView( 'pending' )
		).resolves.toBeUndefined();
		expect( select( store ).getMe()?.inbox_view ).toBe( 'pending' );
	} );
} );
