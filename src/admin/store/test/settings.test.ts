/**
 * The settings store: read once, saved with PATCH, and the server's answer
 * (not what was sent) is what the store keeps; a refusal changes nothing.
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch, resolveSelect, select } from '@wordpress/data';

import { store } from '../settings';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

describe( 'settings store', () => {
	beforeEach( () => dispatch( store ).invalidateResolutionForStore() );
	afterEach( () => mockedFetch.mockReset() );

	it( 'keeps what the server answers to a save', async () => {
		mockedFetch
			.mockResolvedValueOnce( { widget_label: '', rate_limit_ip: 10 } )
			.mockResolvedValueOnce( {
				widget_label: 'Ask us',
				rate_limit_ip: 10,
			} );
		expect( await resolveSelect( store ).getSettings() ).toEqual( {
			widget_label: '',
			rate_limit_ip: 10,
		} );
		await dispatch( store ).saveSettings( { widget_label: ' Ask us ' } );
		expect( mockedFetch ).toHaveBeenLastCalledWith( {
			path: '/storedesk/v1/settings',
			method: 'PATCH',
			data: { widget_label: ' Ask us ' },
		} );
		expect( select( store ).getSettings() ).toEqual( {
			widget_label: 'Ask us',
			rate_limit_ip: 10,
		} );
	} );

	it( 'rejects and keeps the old settings when the server refuses', async () => {
		mockedFetch
			.mockResolvedValueOnce( { widget_color: '#1e1e1e' } )
			.mockRejectedValueOnce( { code: 'rest_invalid_param' } );
		await resolveSelect( store ).getSettings();
		await expect(
			dispatch( store ).saveSettings( { widget_color: 'red' } )
		).rejects.toEqual( { code: 'rest_invalid_param' } );
		expect( select( store ).getSettings() ).toEqual( {
			widget_color: '#1e1e1e',
		} );
	} );
} );
