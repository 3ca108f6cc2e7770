/**
 * The ticket's order in full: lines, totals, delivery with tracking,
 * payment, refunds, what the customer was told, and unlinking it.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { LinkedOrder } from '../LinkedOrder';
import { details } from './fixtures';

jest.mock( '@woocommerce/components', () => require( './wc-components' ), {
	virtual: true,
} );

describe( 'LinkedOrder', () => {
	it( 'shows the order in full', () => {
		render(
			<LinkedOrder order={ details( 1234 ) } onUnlink={ jest.fn() } />
		);
		const order = within(
			screen.getByRole( 'region', { name: 'Order of this ticket' } )
		);
		expect(
			order.getByRole( 'link', { name: 'Order #1234' } )
		).toBeVisible();
		expect( order.getByText( 'Processing' ) ).toBeVisible();

		const lines = within(
			order.getByRole( 'list', { name: 'Items' } )
		).getAllByRole( 'listitem' );
		expect( lines[ 0 ].querySelector( 'img' ) ).toHaveAttribute(
			'src',
			'http://shop.test/candle-100x100.jpg'
		);
		expect(
			within( lines[ 0 ] ).getByText( 'Beeswax candle' )
		).toBeVisible();
		expect(
			within( lines[ 0 ] ).getByText( 'SKU: CANDLE-1' )
		).toBeVisible();
		expect(
			within( lines[ 0 ] ).getByText( '2 × £10.00 = £20.00' )
		).toBeVisible();
		expect(
			within( lines[ 0 ] ).getByText( '1 refunded (£10.00)' )
		).toBeVisible();
		expect( lines[ 1 ].querySelector( 'img' ) ).toBeNull();
		expect(
			within( lines[ 1 ] ).queryByText( /refunded/ )
		).not.toBeInTheDocument();

		const totals = order
			.getAllByRole( 'term' )
			.map( ( dt ) => [ dt.textContent, dt.nextSibling?.textContent ] );
		expect( totals ).toEqual( [
			[ 'Subtotal', '£35.00' ],
			[ 'Shipping', '£5.00' ],
			[ 'Tax', '£0.00' ],
			[ 'Total', '£40.00' ],
			[ 'Refunded', '£10.00' ],
			[ 'Net', '£30.00' ],
		] );

		expect( order.getByText( '1 High Street' ) ).toBeVisible();
		expect( order.getByText( 'Shipping method: Flat rate' ) ).toBeVisible();
		const tracking = within(
			order.getByRole( 'list', { name: 'Tracking' } )
		);
		expect(
			tracking.getByRole( 'link', { name: /RM123456789GB/ } )
		).toHaveAttribute(
			'href',
			'https://www.royalmail.com/track-your-item#/tracking-results/RM123456789GB'
		);
		expect( tracking.getByText( 'Shipped March 13, 2026' ) ).toBeVisible();
		// A number without a known link is still shown.
		expect( tracking.getByText( 'C-77' ) ).toBeVisible();

		expect(
			order.getByRole( 'heading', { name: 'Payment' } )
		).toBeVisible();
		expect( order.getByText( 'Credit card (Stripe)' ) ).toBeVisible();
		expect(
			order.getByText(
				'March 15, 2026 · by Ana Agent · through the payment gateway'
			)
		).toBeVisible();
		expect( order.getByText( 'Candle arrived broken' ) ).toBeVisible();
		expect(
			order.getByText( 'Please leave it by the back door.' )
		).toBeVisible();
		expect( order.getByText( 'Your parcel is on its way.' ) ).toBeVisible();
		expect(
			order.queryByText( /Not one of this customer/ )
		).not.toBeInTheDocument();
	} );

	it( 'warns when the order is someone else’s, and unlinks it', async () => {
		const onUnlink = jest.fn();
		render(
			<LinkedOrder
				order={ details( 77, {
					is_customers: false,
					billing_name: 'Gus Guest',
					refunds: [],
					notes: [],
					tracking: [],
					customer_note: '',
				} ) }
				onUnlink={ onUnlink }
			/>
		);
		expect(
			screen.getByText(
				'Not one of this customer’s orders: it was placed by Gus Guest.'
			)
		).toBeVisible();
		expect(
			screen.queryByRole( 'heading', { name: 'Refunds' } )
		).not.toBeInTheDocument();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Unlink from this ticket' } )
		);
		expect( onUnlink ).toHaveBeenCalled();
	} );
} );
