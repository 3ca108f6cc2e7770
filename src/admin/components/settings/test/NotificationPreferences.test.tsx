/**
 * "My notifications": each switch saves at once, and a refusal puts it back.
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch, select } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { store } from '../../../store/notifications';
import { NotificationPreferences } from '../NotificationPreferences';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const ALL_ON = {
	new_ticket: true,
	customer_reply: true,
	assignment: true,
	mention: true,
};

describe( 'NotificationPreferences', () => {
	beforeEach( () => {
		dispatch( store ).invalidateResolutionForStore();
		dispatch( noticesStore ).removeAllNotices( 'snackbar' );
	} );
	afterEach( () => mockedFetch.mockReset() );

	it( 'switches one email off and tells the server only that', async () => {
		mockedFetch.mockImplementation( ( ( options: { method?: string } ) =>
			Promise.resolve(
				options.method === 'PUT'
					? { ...ALL_ON, assignment: false }
					: ALL_ON
			) ) as typeof apiFetch );
		render( <NotificationPreferences /> );
		const assigned = await screen.findByRole( 'checkbox', {
			name: 'A ticket is assigned to me',
		} );
		expect( assigned ).toBeChecked();
		await userEvent.click( assigned );
		await waitFor( () =>
			expect(
				select( noticesStore )
					.getNotices( 'global' )
					.map( ( n ) => n.content )
			).toContain( 'Notification settings saved.' )
		);
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/me/notifications',
			method: 'PUT',
			data: { assignment: false },
		} );
		expect(
			screen.getByRole( 'checkbox', {
				name: 'A ticket is assigned to me',
			} )
		).not.toBeChecked();
		expect(
			screen.getByRole( 'checkbox', {
				name: 'Someone mentions me in a note',
			} )
		).toBeChecked();
	} );

	it( 'puts the switch back when the server refuses', async () => {
		mockedFetch.mockImplementation( ( ( options: { method?: string } ) =>
			options.method === 'PUT'
				? Promise.reject( { code: 'rest_invalid_param' } )
				: Promise.resolve( ALL_ON ) ) as typeof apiFetch );
		render( <NotificationPreferences /> );
		const mention = await screen.findByRole( 'checkbox', {
			name: 'Someone mentions me in a note',
		} );
		await userEvent.click( mention );
		await waitFor( () =>
			expect(
				select( noticesStore )
					.getNotices( 'global' )
					.map( ( n ) => n.content )
			).toContain(
				'The notification settings could not be saved. Try again.'
			)
		);
		expect(
			screen.getByRole( 'checkbox', {
				name: 'Someone mentions me in a note',
			} )
		).toBeChecked();
	} );
} );
