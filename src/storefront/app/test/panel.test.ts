/**
 * The panel's first state: opening the launcher shows the Contact us form
 * with nothing else clicked (it once stayed hidden on "Loading…" because the
 * first tab was selected before the panel was in the document).
 */
import { findByRole, getByRole, getByText } from '@testing-library/react';

import type { FormDescription, StoreConfig } from '../../types';
import { openPanel } from '../panel';

const CONFIG: StoreConfig = {
	publicPath: '/build/',
	api: '/wp-json/storedesk/store/v1/',
	nonce: '',
	css: '',
	portal: '/support/',
	loggedIn: false,
	widget: null,
};

const FORM: FormDescription = {
	fields: [
		{
			name: 'name',
			label: 'Your name',
			type: 'text',
			required: true,
			value: '',
			hidden: false,
		},
		{
			name: 'message',
			label: 'Message',
			type: 'textarea',
			required: true,
			value: '',
			hidden: false,
		},
	],
	stamp: 'stamp',
	honeypot: 'hp',
	logged_in: false,
};

describe( 'openPanel', () => {
	const fetchMock = jest.fn();
	beforeAll( () => {
		global.fetch = fetchMock;
	} );

	it( 'shows the contact form on first open, asking for it once', async () => {
		fetchMock.mockResolvedValue( {
			ok: true,
			status: 200,
			json: async () => FORM,
		} );
		const launcher = document.createElement( 'button' );
		document.body.append( launcher );

		await openPanel( CONFIG, launcher );

		const dialog = getByRole( document.body, 'dialog' );
		const pane = getByRole( dialog, 'tabpanel', { name: 'Contact us' } );
		expect( pane ).toBeVisible();
		expect( pane ).not.toHaveAttribute( 'hidden' );
		expect(
			await findByRole( pane, 'form', { name: 'Contact us' } )
		).toBeVisible();
		expect( getByText( pane, /Your name/ ) ).toBeVisible();
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		expect( fetchMock.mock.calls[ 0 ][ 0 ] ).toBe(
			'/wp-json/storedesk/store/v1/form'
		);
		expect(
			getByRole( dialog, 'tab', { name: 'Contact us' } )
		).toHaveFocus();
	} );
} );
