/**
 * A refund from the ticket: by lines (how many, up to what is left, and/or
 * how much), shipping and an extra amount, or everything that remains;
 * through the gateway only when it can refund; a dialog with exactly the
 * server's preview; the same request refunds once confirmed; a refusal is
 * said beside the form with everything typed kept.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { serve } from '../../admin/test-utils/contacts';
import { RefundForm } from '../RefundForm';
import type { RefundPreview } from '../types';
import { actionResult, details, refundPreview } from './fixtures';

jest.mock( '@wordpress/api-fetch' );

const STATUSES = {
	'wc-processing': 'Processing',
	'wc-refunded': 'Refunded',
};

const money = ( amount: number ) => ( {
	amount,
	label: `£${ amount.toFixed( 2 ) }`,
} );

/**
 * Answers previews with `preview` and refunds with the refund.
 *
 * @param preview The preview to answer.
 */
function serveRefund( preview: RefundPreview ) {
	return serve( ( req ) =>
		req.data?.preview
			? { preview }
			: {
					...actionResult( 1234, 'refunded' ),
					refund: {
						id: 95,
						amount: preview.total,
						method: preview.method,
					},
				}
	);
}

const line = ( name: string ) =>
	within( screen.getByRole( 'group', { name } ) );

describe( 'RefundForm', () => {
	it( 'refunds one item by hand, after a preview that says so', async () => {
		const calls = serveRefund( refundPreview() );
		const onDone = jest.fn();
		render(
			<RefundForm
				ticketId={ 5 }
				order={ details( 1234, {
					gateway_refunds: false,
					payment_method: 'Direct bank transfer',
				} ) }
				statuses={ STATUSES }
				onDone={ onDone }
			/>
		);
		// One of the two candles is already refunded.
		const candle = line( 'Beeswax candle' );
		const quantity = candle.getByRole( 'spinbutton', { name: 'Quantity' } );
		expect( quantity ).toHaveAttribute( 'max', '1' );
		expect( quantity ).toHaveAccessibleDescription( '1 left to refund.' );
		expect(
			line( 'Brass lamp' ).getByRole( 'spinbutton', { name: 'Amount' } )
		).toBeVisible();
		expect(
			screen.getByText(
				'Direct bank transfer cannot refund automatically: the refund is recorded by hand and no money is sent.'
			)
		).toBeVisible();
		expect( screen.queryByRole( 'radio' ) ).not.toBeInTheDocument();

		await userEvent.type( quantity, '1' );
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Reason' } ),
			'Arrived broken'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview the refund' } )
		);
		const dialog = await screen.findByRole( 'dialog', {
			name: 'Refund order #1234?',
		} );
		expect( dialog ).toContainElement(
			dialog.ownerDocument.activeElement as HTMLElement
		);
		const inDialog = within( dialog );
		expect(
			inDialog.getByText(
				'Refund £10.00 of order #1234 (1 × Beeswax candle) — manual refund, no money sent.'
			)
		).toBeVisible();
		expect(
			within( inDialog.getByRole( 'list', { name: 'Refunded' } ) )
				.getAllByRole( 'listitem' )
				.map( ( li ) => li.textContent )
		).toEqual( [ '1 × Beeswax candle: £10.00 (1 back in stock)' ] );
		expect(
			inDialog
				.getAllByRole( 'term' )
				.map( ( dt ) => [
					dt.textContent,
					dt.nextSibling?.textContent,
				] )
		).toEqual( [
			[ 'Total', '£10.00' ],
			[ 'Money', 'recorded by hand — no money is sent' ],
			[ 'Left to refund after', '£20.00' ],
			[ 'Order status after', 'unchanged' ],
			[ 'Reason', 'Arrived broken' ],
		] );
		expect( dialog ).toHaveTextContent(
			'Refunded order — to the customer, fiona@example.test'
		);
		expect( onDone ).not.toHaveBeenCalled();

		await userEvent.click(
			inDialog.getByRole( 'button', { name: 'Refund £10.00' } )
		);
		await waitFor( () =>
			expect( onDone ).toHaveBeenCalledWith(
				'Refunded £10.00 of order #1234.',
				expect.objectContaining( { refund: expect.anything() } )
			)
		);
		const asked = {
			method: 'manual',
			restock: true,
			reason: 'Arrived broken',
			lines: [ { id: 11, quantity: 1 } ],
		};
		expect( calls.map( ( c ) => [ c.route, c.method, c.data ] ) ).toEqual( [
			[
				'/tickets/5/orders/1234/refunds',
				'POST',
				{ ...asked, preview: true },
			],
			[ '/tickets/5/orders/1234/refunds', 'POST', asked ],
		] );
	} );

	it( 'refunds everything through the gateway, saying where the money goes', async () => {
		const calls = serveRefund(
			refundPreview( {
				lines: [],
				total: money( 30 ),
				remaining_after: money( 0 ),
				full: true,
				status_after: 'refunded',
				method: 'gateway',
				gateway: { id: 'stripe', title: 'Stripe', refunds: true },
				reason: '',
				emails: [],
				summary: 'Refund £30.00 of order #1234 — through Stripe.',
			} )
		);
		render(
			<RefundForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				statuses={ STATUSES }
				onDone={ jest.fn() }
			/>
		);
		expect(
			screen.getByRole( 'radio', {
				name: 'Through Credit card (Stripe)',
			} )
		).toBeChecked();
		await userEvent.click(
			screen.getByRole( 'checkbox', {
				name: 'Refund everything that remains (£30.00)',
			} )
		);
		expect(
			screen.queryByRole( 'group', { name: 'Beeswax candle' } )
		).toBeNull();
		await userEvent.click(
			screen.getByRole( 'checkbox', {
				name: 'Put refunded items back in stock',
			} )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview the refund' } )
		);
		const dialog = within( await screen.findByRole( 'dialog' ) );
		expect( dialog.getByText( 'through Stripe' ) ).toBeVisible();
		expect( dialog.getByText( 'Refunded' ) ).toBeVisible();
		expect( dialog.getByText( 'No email is sent.' ) ).toBeVisible();
		expect(
			dialog.queryByText( /Pay the customer back yourself/ )
		).not.toBeInTheDocument();
		expect( calls[ 0 ].data ).toEqual( {
			method: 'gateway',
			restock: false,
			reason: '',
			full: true,
			preview: true,
		} );
	} );

	it( 'sends lines by amount, the shipping and an extra amount, by hand if asked', async () => {
		const calls = serveRefund( refundPreview() );
		render(
			<RefundForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				statuses={ STATUSES }
				onDone={ jest.fn() }
			/>
		);
		await userEvent.type(
			line( 'Brass lamp' ).getByRole( 'spinbutton', { name: 'Amount' } ),
			'4.5'
		);
		await userEvent.click(
			screen.getByRole( 'checkbox', {
				name: 'Refund the shipping (£5.00)',
			} )
		);
		await userEvent.type(
			screen.getByRole( 'spinbutton', { name: 'Extra amount' } ),
			'2'
		);
		await userEvent.click(
			screen.getByRole( 'radio', {
				name: 'Recorded by hand — no money is sent',
			} )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview the refund' } )
		);
		await screen.findByRole( 'dialog' );
		expect( calls[ 0 ].data ).toEqual( {
			method: 'manual',
			restock: true,
			reason: '',
			lines: [ { id: 12, amount: 4.5 } ],
			shipping: true,
			amount: 2,
			preview: true,
		} );
	} );

	it( 'says why the gateway refused, keeping what was typed', async () => {
		serve( ( req ) => {
			if ( req.data?.preview ) {
				return {
					preview: refundPreview( {
						method: 'gateway',
						gateway: {
							id: 'stripe',
							title: 'Stripe',
							refunds: true,
						},
					} ),
				};
			}
			throw {
				code: 'storedesk_refund_gateway_failed',
				message:
					'Stripe did not refund the payment: Card expired. Nothing was refunded.',
				data: { status: 502 },
			};
		} );
		const onDone = jest.fn();
		render(
			<RefundForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				statuses={ STATUSES }
				onDone={ onDone }
			/>
		);
		const quantity = line( 'Beeswax candle' ).getByRole( 'spinbutton', {
			name: 'Quantity',
		} );
		await userEvent.type( quantity, '1' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview the refund' } )
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Refund £10.00' } )
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'Stripe did not refund the payment: Card expired. Nothing was refunded.'
		);
		expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument();
		expect( quantity ).toHaveValue( 1 );
		expect( onDone ).not.toHaveBeenCalled();
	} );

	it( 'falls back to a refund by hand when the gateway cannot refund after all', async () => {
		serve( () => {
			throw {
				code: 'storedesk_refund_gateway_unavailable',
				message:
					'Stripe cannot refund this order automatically. Record a manual refund and pay the customer back yourself.',
				data: { status: 400 },
			};
		} );
		render(
			<RefundForm
				ticketId={ 5 }
				order={ details( 1234 ) }
				statuses={ STATUSES }
				onDone={ jest.fn() }
			/>
		);
		await userEvent.type(
			line( 'Brass lamp' ).getByRole( 'spinbutton', {
				name: 'Quantity',
			} ),
			'1'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview the refund' } )
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'Stripe cannot refund this order automatically.'
		);
		expect( screen.queryByRole( 'radio' ) ).not.toBeInTheDocument();
		expect(
			screen.getByText(
				/cannot refund automatically: the refund is recorded by hand/
			)
		).toBeVisible();
	} );
} );
