/**
 * "Sign out of all links": asked once, then one DELETE, and the agent
 * hears how it went.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { contact } from '../../../test-utils/contacts';
import { SignOutLinks } from '../SignOutLinks';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

// The notice itself; Notice also repeats its text to screen readers elsewhere.
const NOTICE = '.components-notice__content';
const rita = contact( 9, { name: 'Rita', email: 'rita@example.test' } );

describe( 'SignOutLinks', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'asks first, then revokes every link of the person', async () => {
		mockedFetch.mockResolvedValue( { revoked: true } );
		render( <SignOutLinks contact={ rita } /> );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Sign out of all links…' } )
		);
		expect( mockedFetch ).not.toHaveBeenCalled();
		const dialog = screen.getByRole( 'dialog', {
			name: 'Sign out of all links?',
		} );
		expect( dialog ).toHaveTextContent(
			'Every link to a request that was emailed to Rita stops working.'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Sign out of all links' } )
		);
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/contacts/9/links',
			method: 'DELETE',
		} );
		expect(
			await screen.findByText(
				'Done: the links emailed before no longer open any request.',
				{ selector: NOTICE }
			)
		).toBeInTheDocument();
	} );

	it( 'says why when the server refuses, and cancel sends nothing', async () => {
		mockedFetch.mockRejectedValue( {
			code: 'storedesk_contact_not_found',
			message: 'That contact does not exist.',
		} );
		render( <SignOutLinks contact={ rita } /> );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Sign out of all links…' } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Cancel' } )
		);
		expect( mockedFetch ).not.toHaveBeenCalled();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Sign out of all links…' } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Sign out of all links' } )
		);
		expect(
			await screen.findByText( 'That contact does not exist.', {
				selector: NOTICE,
			} )
		).toBeInTheDocument();
	} );
} );
