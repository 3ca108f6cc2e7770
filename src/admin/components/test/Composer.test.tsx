/**
 * The composer sends replies and notes, with or without a status, and never
 * answers a customer message the agent has not seen.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { Composer } from '../Composer';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const sent = ( id: number, extra = {} ) => ( {
	id,
	ticket_id: 5,
	kind: 'reply',
	body: '<p>x</p>',
	format: 'html',
	channel: 'email',
	author: { type: 'agent', id: 1, name: 'Ana', avatar: null },
	meta: {},
	created_at: '2026-11-22T10:00:00Z',
	...extra,
} );

describe( 'Composer', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'sends a reply and resolves the ticket in one go', async () => {
		mockedFetch.mockResolvedValue( sent( 91 ) );
		render( <Composer ticketId={ 5 } /> );
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Reply to the customer' } ),
			'Your parcel ships today & is insured.'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Send and resolve' } )
		);
		await waitFor( () =>
			expect(
				screen.getByRole( 'textbox', { name: 'Reply to the customer' } )
			).toHaveValue( '' )
		);
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/tickets/5/messages',
			method: 'POST',
			data: {
				kind: 'reply',
				body: '<p>Your parcel ships today &amp; is insured.</p>',
				status: 'resolved',
				last_seen_message: 0,
			},
		} );
	} );

	it( 'keeps the text and warns when the customer wrote in the meantime', async () => {
		mockedFetch.mockRejectedValue( {
			code: 'storedesk_newer_message',
			message: 'newer',
			data: {
				status: 409,
				messages: [ sent( 92, { kind: 'customer' } ) ],
			},
		} );
		render( <Composer ticketId={ 6 } /> );
		const box = screen.getByRole( 'textbox', {
			name: 'Reply to the customer',
		} );
		await userEvent.type( box, 'Shipped!' );
		await userEvent.click( screen.getByRole( 'button', { name: 'Send' } ) );
		const warnings = await screen.findAllByText(
			/The customer wrote again while you were typing/
		);
		// Shown in a notice and announced to screen readers.
		expect(
			warnings.some( ( el ) => el.closest( '.components-notice' ) )
		).toBe( true );
		expect( box ).toHaveValue( 'Shipped!' );
	} );

	it( 'writes internal notes without status buttons', async () => {
		mockedFetch.mockResolvedValue( sent( 93, { kind: 'note' } ) );
		render( <Composer ticketId={ 7 } /> );
		await userEvent.click( screen.getByRole( 'radio', { name: 'Note' } ) );
		expect(
			screen.queryByRole( 'button', { name: 'Send and resolve' } )
		).not.toBeInTheDocument();
		await userEvent.type(
			screen.getByRole( 'textbox', {
				name: 'Internal note (only agents see it)',
			} ),
			'Checked stock'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add note' } )
		);
		await waitFor( () =>
			expect( mockedFetch ).toHaveBeenCalledWith(
				expect.objectContaining( {
					data: {
						kind: 'note',
						body: '<p>Checked stock</p>',
						last_seen_message: 0,
					},
				} )
			)
		);
	} );
} );
