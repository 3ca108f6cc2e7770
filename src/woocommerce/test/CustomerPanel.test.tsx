/**
 * The customer in the store: account or guest, what they spent, and their
 * recent orders with status, total, items, a link to each and a way to
 * link one to the ticket.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CustomerPanel } from '../CustomerPanel';
import { panel, summary } from './fixtures';

jest.mock( '@woocommerce/components', () => require( './wc-components' ), {
	virtual: true,
} );

describe( 'CustomerPanel', () => {
	it( 'shows the account, the stats and the recent orders', async () => {
		const onLink = jest.fn();
		render(
			<CustomerPanel
				data={ panel() }
				linkedId={ 1200 }
				onLink={ onLink }
			/>
		);
		const section = screen.getByRole( 'region', {
			name: 'Store customer',
		} );
		expect(
			within( section ).getByRole( 'link', { name: 'Fiona Field' } )
		).toHaveAttribute(
			'href',
			'http://shop.test/wp-admin/user-edit.php?user_id=7'
		);
		expect(
			within( section ).getByText(
				'Registered customer since January 2, 2025'
			)
		).toBeVisible();

		const stats = within( section )
			.getAllByRole( 'term' )
			.map( ( dt ) => [ dt.textContent, dt.nextSibling?.textContent ] );
		expect( stats ).toEqual( [
			[ 'Lifetime spend', '£240.00' ],
			[ 'Orders', '6' ],
			[ 'Average order', '£40.00' ],
			[ 'First order', 'January 3, 2025' ],
		] );

		const orders = within(
			within( section ).getByRole( 'list', { name: 'Recent orders' } )
		).getAllByRole( 'listitem' );
		expect( orders ).toHaveLength( 2 );
		const first = within( orders[ 0 ] );
		expect(
			first.getByRole( 'link', { name: 'Order #1234' } )
		).toHaveAttribute(
			'href',
			'http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1234'
		);
		// The status in words, not only the dot's colour.
		expect( first.getByText( 'Processing' ) ).toBeVisible();
		expect( first.getByText( '£40.00' ) ).toBeVisible();
		expect( first.getByText( 'March 12, 2026' ) ).toHaveAttribute(
			'datetime',
			'2026-03-12T10:00:00+00:00'
		);
		expect(
			first.getByText( 'Beeswax candle × 2, Brass lamp' )
		).toBeVisible();

		await userEvent.click(
			first.getByRole( 'button', {
				name: 'Link to this ticket Order #1234',
			} )
		);
		expect( onLink ).toHaveBeenCalledWith( 1234 );

		// The order already linked says so instead.
		const second = within( orders[ 1 ] );
		expect( second.getByText( 'Completed' ) ).toBeVisible();
		expect( second.queryByRole( 'button' ) ).not.toBeInTheDocument();
		expect( second.getByText( 'Linked to this ticket' ) ).toBeVisible();
	} );

	it( 'shows a guest by the addresses that matched their orders', () => {
		render(
			<CustomerPanel
				data={ panel( {
					customer: null,
					matched: {
						emails: [ 'fiona@example.test' ],
						phones: [ '+447700900555' ],
					},
					orders: [ summary( 1234, { edit_url: null } ) ],
				} ) }
				linkedId={ null }
			/>
		);
		expect(
			screen.getByText( 'Guest: no account in the store.' )
		).toBeVisible();
		expect(
			screen.getByText(
				'Guest orders matched by fiona@example.test, +447700900555'
			)
		).toBeVisible();
		// No right to edit orders: the name without a link; no link offered.
		expect( screen.getByText( 'Order #1234' ) ).not.toHaveAttribute(
			'href'
		);
		expect( screen.queryByRole( 'button' ) ).not.toBeInTheDocument();
	} );

	it( 'says when the customer has no orders', () => {
		render(
			<CustomerPanel
				data={ panel( {
					customer: null,
					matched: { emails: [], phones: [] },
					stats: {
						spent: '£0.00',
						orders: 0,
						average: '£0.00',
						first_order: null,
						spent_amount: 0,
						average_value: 0,
					},
					orders: [],
				} ) }
				linkedId={ null }
			/>
		);
		expect(
			screen.getByText( 'No orders from this customer.' )
		).toBeVisible();
		expect( screen.queryByRole( 'term' ) ).not.toBeInTheDocument();
		expect( screen.queryByRole( 'list' ) ).not.toBeInTheDocument();
	} );
} );
