/**
 * A note on the order from the ticket: private or to the customer (who is
 * told they will get it by email); a refusal is said beside the form and
 * the note stays as typed.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { serve } from '../../admin/test-utils/contacts';
import { OrderNoteForm } from '../OrderNoteForm';
import { actionResult, details } from './fixtures';

jest.mock( '@wordpress/api-fetch' );

const note = () => screen.getByRole( 'textbox', { name: 'Note' } );

describe( 'OrderNoteForm', () => {
	it( 'adds a private note', async () => {
		const result = actionResult( 1234, 'Ana added a private note' );
		const calls = serve( () => result );
		const onDone = jest.fn();
		render(
			<OrderNoteForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				onDone={ onDone }
			/>
		);
		expect(
			screen.getByRole( 'button', { name: 'Add private note' } )
		).toHaveAttribute( 'aria-disabled', 'true' );
		await userEvent.type( note(), 'Replacement sent.' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add private note' } )
		);
		await waitFor( () =>
			expect( onDone ).toHaveBeenCalledWith(
				'Private note added to order #1234.',
				result
			)
		);
		expect( calls ).toEqual( [
			expect.objectContaining( {
				route: '/tickets/5/orders/1234/notes',
				method: 'POST',
				data: { note: 'Replacement sent.', customer: false },
			} ),
		] );
	} );

	it( 'says a note to the customer is emailed to them', async () => {
		const calls = serve( () => actionResult( 1234, 'sent' ) );
		const onDone = jest.fn();
		render(
			<OrderNoteForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				onDone={ onDone }
			/>
		);
		const toCustomer = screen.getByRole( 'checkbox', {
			name: 'Send to customer',
		} );
		expect( toCustomer ).toHaveAccessibleDescription(
			'WooCommerce emails the note to fiona@example.test and shows it in their account. Otherwise only the shop sees it.'
		);
		await userEvent.click( toCustomer );
		await userEvent.type( note(), 'Your parcel left today.' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Send note to customer' } )
		);
		await waitFor( () =>
			expect( onDone ).toHaveBeenCalledWith(
				'Note sent to the customer on order #1234.',
				expect.anything()
			)
		);
		expect( calls[ 0 ].data ).toEqual( {
			note: 'Your parcel left today.',
			customer: true,
		} );
	} );

	it( 'says why a note was refused and keeps it', async () => {
		serve( () => {
			throw {
				code: 'storedesk_order_note_failed',
				message: 'WooCommerce did not save the note. Try again.',
				data: { status: 500 },
			};
		} );
		const onDone = jest.fn();
		render(
			<OrderNoteForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				onDone={ onDone }
			/>
		);
		await userEvent.type( note(), 'Replacement sent.' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add private note' } )
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'WooCommerce did not save the note. Try again.'
		);
		expect( note() ).toHaveValue( 'Replacement sent.' );
		expect( onDone ).not.toHaveBeenCalled();
	} );
} );
