/**
 * Those the customer copied in are named beside the conversation, linked
 * to their contact, each with a way to take them out of copy; with nobody
 * in copy there is nothing to read.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { InCopy } from '../InCopy';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const finn = {
	id: 31,
	name: 'Finn Okafor',
	email: 'finn@example.test',
	phone: null,
};

describe( 'InCopy', () => {
	it( 'names each person in copy, by name and address, linked to the contact', () => {
		render(
			<InCopy
				ticketId={ 7 }
				people={ [
					{
						id: 31,
						name: 'Finn Okafor',
						email: 'finn@example.test',
						phone: null,
					},
					{
						id: 32,
						name: 'boss@example.test',
						email: 'boss@example.test',
						phone: null,
					},
				] }
			/>
		);
		const region = screen.getByRole( 'region', { name: 'In copy' } );
		expect( region ).toHaveTextContent( 'Copied on every reply.' );
		expect(
			screen.getByRole( 'link', {
				name: 'Finn Okafor <finn@example.test>',
			} )
		).toHaveAttribute( 'href', expect.stringContaining( 'contacts/31' ) );
		expect(
			screen.getByRole( 'link', { name: 'boss@example.test' } )
		).toHaveAttribute( 'href', expect.stringContaining( 'contacts/32' ) );
	} );

	afterEach( () => mockedFetch.mockReset() );

	it( 'takes someone out of copy, then reads the ticket again', async () => {
		const calls: Array< { path?: string; method?: string } > = [];
		mockedFetch.mockImplementation( ( ( options: {
			path?: string;
			method?: string;
		} ) => {
			calls.push( options );
			return Promise.resolve(
				options.method === 'DELETE'
					? { removed: 31 }
					: { id: 7, participants: [] }
			);
		} ) as unknown as typeof apiFetch );
		render( <InCopy ticketId={ 7 } people={ [ finn ] } /> );
		await userEvent.click(
			screen.getByRole( 'button', {
				name: 'Take Finn Okafor <finn@example.test> out of copy',
			} )
		);
		await waitFor( () => expect( calls ).toHaveLength( 2 ) );
		expect( calls[ 0 ] ).toMatchObject( {
			path: '/storedesk/v1/tickets/7/participants/31',
			method: 'DELETE',
		} );
		expect( calls[ 1 ] ).toMatchObject( {
			path: '/storedesk/v1/tickets/7',
		} );
	} );

	it( 'says why when the server refuses', async () => {
		mockedFetch.mockRejectedValue( {
			code: 'storedesk_not_in_copy',
			message: 'That person is not in copy of this conversation.',
		} );
		render( <InCopy ticketId={ 7 } people={ [ finn ] } /> );
		await userEvent.click(
			screen.getByRole( 'button', { name: /out of copy/ } )
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'That person is not in copy of this conversation.'
		);
	} );

	it( 'shows nothing when nobody is in copy', () => {
		const { container } = render( <InCopy ticketId={ 7 } people={ [] } /> );
		expect( container ).toBeEmptyDOMElement();
	} );
} );
