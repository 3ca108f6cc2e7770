/**
 * An order email sent again: the emails the server offers for the order,
 * each with its recipient; a confirmation names who gets it.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { serve } from '../../admin/test-utils/contacts';
import { ResendEmailForm } from '../ResendEmailForm';
import {
	actionResult,
	details,
	newOrderEmail,
	processingEmail,
} from './fixtures';

jest.mock( '@wordpress/api-fetch' );

describe( 'ResendEmailForm', () => {
	it( 'lists the emails and sends the one chosen once confirmed', async () => {
		const result = {
			...actionResult( 1234, 'sent again' ),
			email: newOrderEmail,
		};
		const calls = serve( ( req ) =>
			req.method === 'GET' ? [ processingEmail, newOrderEmail ] : result
		);
		const onDone = jest.fn();
		render(
			<ResendEmailForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				onDone={ onDone }
			/>
		);
		expect(
			screen.getByText( 'Reading which emails can be sent again…' )
		).toBeVisible();
		expect(
			await screen.findByRole( 'radio', {
				name: 'Processing order — to the customer, fiona@example.test',
			} )
		).toBeChecked();
		await userEvent.click(
			screen.getByRole( 'radio', {
				name: 'New order — to the store, shop@example.test',
			} )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Send again…' } )
		);
		const dialog = within(
			await screen.findByRole( 'dialog', {
				name: 'Send the “New order” email again?',
			} )
		);
		expect(
			dialog.getByText(
				'It goes to the store, shop@example.test, about order #1234.'
			)
		).toBeVisible();
		expect(
			dialog.getByText( 'Sent to the shop when an order is placed.' )
		).toBeVisible();
		await userEvent.click(
			dialog.getByRole( 'button', { name: 'Send email' } )
		);
		await waitFor( () =>
			expect( onDone ).toHaveBeenCalledWith(
				'“New order” email sent again to shop@example.test.',
				result
			)
		);
		expect( calls.map( ( c ) => [ c.route, c.method, c.data ] ) ).toEqual( [
			[ '/tickets/5/orders/1234/emails', 'GET', undefined ],
			[ '/tickets/5/orders/1234/emails', 'POST', { email: 'new_order' } ],
		] );
	} );

	it( 'says when no email can be sent again', async () => {
		serve( () => [] );
		render(
			<ResendEmailForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				onDone={ jest.fn() }
			/>
		);
		expect(
			await screen.findByText(
				'No email can be sent again for this order in its current state.'
			)
		).toBeVisible();
	} );

	it( 'says why the list or the sending was refused', async () => {
		let list = false;
		serve( ( req ) => {
			if ( req.method === 'GET' && list ) {
				return [ processingEmail ];
			}
			throw {
				code: 'storedesk_order_email_unavailable',
				message: 'Not allowed.',
			};
		} );
		const { unmount } = render(
			<ResendEmailForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				onDone={ jest.fn() }
			/>
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'Not allowed.'
		);
		unmount();

		list = true;
		const onDone = jest.fn();
		render(
			<ResendEmailForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				onDone={ onDone }
			/>
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Send again…' } )
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Send email' } )
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'Not allowed.'
		);
		expect( screen.getByRole( 'radio' ) ).toBeChecked();
		expect( onDone ).not.toHaveBeenCalled();
	} );
} );
