/**
 * The order actions: only those the agent may use, one form at a time,
 * and once one is done: the form closes, what happened is announced, focus
 * is back on the action's button, and the panel is told.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { serve } from '../../admin/test-utils/contacts';
import { OrderActions } from '../OrderActions';
import { actionResult, details, panel } from './fixtures';

jest.mock( '@wordpress/api-fetch' );

const ALL = { note: true, email: true, status: true, refund: true };

const actions = () => screen.getByRole( 'group', { name: 'Order actions' } );

describe( 'OrderActions', () => {
	it( 'shows only what the agent may do', () => {
		const { rerender } = render(
			<OrderActions
				ticketId={ 5 }
				order={ details( 1234 ) }
				can={ {
					note: true,
					email: true,
					status: false,
					refund: false,
				} }
				statuses={ panel().statuses }
				onDone={ jest.fn() }
			/>
		);
		expect(
			within( actions() )
				.getAllByRole( 'button' )
				.map( ( b ) => b.textContent )
		).toEqual( [ 'Add note', 'Resend email' ] );

		rerender(
			<OrderActions
				ticketId={ 5 }
				order={ details( 1234 ) }
				can={ ALL }
				statuses={ panel().statuses }
				onDone={ jest.fn() }
			/>
		);
		expect(
			within( actions() )
				.getAllByRole( 'button' )
				.map( ( b ) => b.textContent )
		).toEqual( [ 'Add note', 'Change status', 'Refund', 'Resend email' ] );
	} );

	it( 'says when nothing is left to refund', async () => {
		const refunded = details( 1234 );
		refunded.totals.net = { amount: 0, label: '£0.00' };
		render(
			<OrderActions
				ticketId={ 5 }
				order={ refunded }
				can={ {
					note: false,
					email: false,
					status: false,
					refund: true,
				} }
				statuses={ panel().statuses }
				onDone={ jest.fn() }
			/>
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Refund' } )
		);
		expect(
			screen.getByRole( 'region', { name: 'Refund' } )
		).toHaveTextContent( 'Everything on this order has been refunded.' );
		expect(
			screen.queryByRole( 'button', { name: 'Preview the refund' } )
		).not.toBeInTheDocument();
	} );

	it( 'opens one form at a time; once done, announces it and gives focus back', async () => {
		const result = actionResult( 1234, 'noted' );
		serve( () => result );
		const onDone = jest.fn();
		render(
			<OrderActions
				ticketId={ 5 }
				order={ details( 1234 ) }
				can={ ALL }
				statuses={ panel().statuses }
				onDone={ onDone }
			/>
		);
		const addNote = screen.getByRole( 'button', { name: 'Add note' } );
		const refund = screen.getByRole( 'button', { name: 'Refund' } );
		await userEvent.click( refund );
		expect( refund ).toHaveAttribute( 'aria-expanded', 'true' );
		expect(
			screen.getByRole( 'region', { name: 'Refund' } )
		).toBeVisible();
		await userEvent.click( addNote );
		expect( refund ).toHaveAttribute( 'aria-expanded', 'false' );
		expect(
			screen.queryByRole( 'region', { name: 'Refund' } )
		).not.toBeInTheDocument();
		const form = screen.getByRole( 'region', { name: 'Add note' } );
		expect( addNote ).toHaveAttribute( 'aria-controls', form.id );

		await userEvent.type(
			within( form ).getByRole( 'textbox', { name: 'Note' } ),
			'Called the courier.'
		);
		await userEvent.click(
			within( form ).getByRole( 'button', { name: 'Add private note' } )
		);
		await waitFor( () => expect( onDone ).toHaveBeenCalledWith( result ) );
		expect( screen.getByRole( 'status' ) ).toHaveTextContent(
			'Private note added to order #1234.'
		);
		expect(
			screen.queryByRole( 'region', { name: 'Add note' } )
		).not.toBeInTheDocument();
		await waitFor( () => expect( addNote ).toHaveFocus() );
	} );
} );
