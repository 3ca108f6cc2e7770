/**
 * The order's status from the ticket: only the statuses the route takes,
 * a preview of exactly what follows in a dialog that takes focus and gives
 * it back, the change only once confirmed, a refusal said beside the form.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { serve } from '../../admin/test-utils/contacts';
import { OrderStatusForm, statusChoices } from '../OrderStatusForm';
import type { StatusPreview } from '../types';
import {
	actionResult,
	details,
	newOrderEmail,
	processingEmail,
} from './fixtures';

jest.mock( '@wordpress/api-fetch' );

const STATUSES = {
	'wc-pending': 'Pending payment',
	'wc-processing': 'Processing',
	'wc-on-hold': 'On hold',
	'wc-completed': 'Completed',
	'wc-refunded': 'Refunded',
	'wc-checkout-draft': 'Draft',
};

const preview = ( extra: Partial< StatusPreview > = {} ): StatusPreview => ( {
	order_id: 1234,
	from: 'processing',
	from_label: 'Processing',
	to: 'completed',
	to_label: 'Completed',
	emails: [
		{
			...processingEmail,
			id: 'customer_completed_order',
			title: 'Completed order',
		},
	],
	stock: null,
	...extra,
} );

describe( 'OrderStatusForm', () => {
	it( 'offers only the statuses the order can move to', () => {
		expect( statusChoices( STATUSES, 'processing' ) ).toEqual( [
			{ value: 'pending', label: 'Pending payment' },
			{ value: 'on-hold', label: 'On hold' },
			{ value: 'completed', label: 'Completed' },
		] );
	} );

	it( 'previews the change, then changes it once confirmed', async () => {
		const result = actionResult( 1234, 'changed' );
		const calls = serve( ( req ) =>
			req.data?.preview
				? {
						preview: preview( {
							to: 'pending',
							to_label: 'Pending payment',
							emails: [ processingEmail, newOrderEmail ],
							stock: 'restore',
						} ),
					}
				: result
		);
		const onDone = jest.fn();
		render(
			<OrderStatusForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				statuses={ STATUSES }
				onDone={ onDone }
			/>
		);
		const select = screen.getByRole( 'combobox', { name: 'New status' } );
		expect(
			within( select )
				.getAllByRole( 'option' )
				.map( ( o ) => o.textContent )
		).toEqual( [ 'Pending payment', 'On hold', 'Completed' ] );
		await userEvent.selectOptions( select, 'pending' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview the change' } )
		);
		const dialog = await screen.findByRole( 'dialog', {
			name: 'Change order #1234 to Pending payment?',
		} );
		expect( dialog ).toContainElement(
			dialog.ownerDocument.activeElement as HTMLElement
		);
		expect( dialog ).toHaveTextContent(
			'From Processing to Pending payment.'
		);
		expect(
			within( dialog )
				.getAllByRole( 'listitem' )
				.map( ( li ) => li.textContent )
		).toEqual( [
			'Processing order — to the customer, fiona@example.test',
			'New order — to the store, shop@example.test',
		] );
		expect( dialog ).toHaveTextContent(
			'Stock of the products is put back.'
		);
		expect( onDone ).not.toHaveBeenCalled();

		await userEvent.click(
			within( dialog ).getByRole( 'button', {
				name: 'Change to Pending payment',
			} )
		);
		await waitFor( () =>
			expect( onDone ).toHaveBeenCalledWith(
				'Order #1234 is now Pending payment.',
				result
			)
		);
		expect( calls.map( ( c ) => c.data ) ).toEqual( [
			{ status: 'pending', preview: true },
			{ status: 'pending' },
		] );
		expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument();
	} );

	it( 'changes nothing when cancelled, and gives focus back', async () => {
		const calls = serve( () => ( { preview: preview() } ) );
		render(
			<OrderStatusForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				statuses={ STATUSES }
				onDone={ jest.fn() }
			/>
		);
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'New status' } ),
			'completed'
		);
		const previewButton = screen.getByRole( 'button', {
			name: 'Preview the change',
		} );
		await userEvent.click( previewButton );
		const dialog = await screen.findByRole( 'dialog' );
		expect( dialog ).toHaveTextContent( 'Stock does not change.' );
		await userEvent.click(
			within( dialog ).getByRole( 'button', { name: 'Cancel' } )
		);
		expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument();
		await waitFor( () => expect( previewButton ).toHaveFocus() );
		expect( calls ).toHaveLength( 1 );
	} );

	it( 'says why the change was refused, keeping the choice', async () => {
		serve( ( req ) => {
			if ( req.data?.preview ) {
				return { preview: preview() };
			}
			throw {
				code: 'storedesk_order_status_failed',
				message:
					'WooCommerce refused the status change; the order notes say why.',
			};
		} );
		const onDone = jest.fn();
		render(
			<OrderStatusForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				statuses={ STATUSES }
				onDone={ onDone }
			/>
		);
		const select = screen.getByRole( 'combobox', { name: 'New status' } );
		await userEvent.selectOptions( select, 'completed' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview the change' } )
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Change to Completed' } )
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'WooCommerce refused the status change; the order notes say why.'
		);
		expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument();
		expect( select ).toHaveValue( 'completed' );
		expect( onDone ).not.toHaveBeenCalled();
	} );
} );
