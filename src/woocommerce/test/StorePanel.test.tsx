/**
 * The store panel: loading and failure said in words, linking an order
 * from the customer's recent orders and unlinking it, the panel read again
 * once the server has the change; the linked order's actions, after which
 * the panel and the inbox's thread are read again.
 */
import {
	createReduxStore,
	createRegistry,
	RegistryProvider,
} from '@wordpress/data';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { serve } from '../../admin/test-utils/contacts';
import { ticket } from '../../admin/test-utils/fixtures';
import { StorePanel } from '../StorePanel';
import { actionResult, details, panel } from './fixtures';

jest.mock( '@wordpress/api-fetch' );
jest.mock( '@woocommerce/components', () => require( './wc-components' ), {
	virtual: true,
} );

describe( 'StorePanel', () => {
	it( 'says it is loading, then why it failed, and tries again', async () => {
		let fail = true;
		const calls = serve( () => {
			if ( fail ) {
				throw { code: 'rest_forbidden', message: 'Not allowed.' };
			}
			return panel();
		} );
		render(
			<StorePanel ticket={ ticket( 5 ) } updateTicket={ jest.fn() } />
		);
		expect(
			screen.getByText( 'Loading the customer’s orders…' )
		).toBeVisible();
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'The store details could not be loaded: Not allowed.'
		);
		fail = false;
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Try again' } )
		);
		expect(
			await screen.findByRole( 'region', { name: 'Store customer' } )
		).toBeVisible();
		expect( calls.map( ( c ) => c.route ) ).toEqual( [
			'/tickets/5/customer',
			'/tickets/5/customer',
		] );
		expect( screen.queryByRole( 'alert' ) ).not.toBeInTheDocument();
	} );

	it( 'links a recent order, then shows it in full; unlinks it', async () => {
		let linked: number | null = null;
		const calls = serve( () =>
			panel( { order: linked ? details( linked ) : null } )
		);
		const updateTicket = jest.fn(
			async ( changes: { order_id?: number } ) => {
				linked = changes.order_id || null;
				return true;
			}
		);
		const { rerender } = render(
			<StorePanel ticket={ ticket( 5 ) } updateTicket={ updateTicket } />
		);
		const orders = await screen.findByRole( 'list', {
			name: 'Recent orders',
		} );
		expect(
			screen.getByText( 'No order is linked to this ticket.' )
		).toBeVisible();
		expect(
			screen.getByRole( 'searchbox', { name: 'Find an order to link' } )
		).toBeVisible();

		await userEvent.click(
			within( orders ).getByRole( 'button', {
				name: 'Link to this ticket Order #1234',
			} )
		);
		expect( updateTicket ).toHaveBeenCalledWith( { order_id: 1234 } );
		// The store's ticket now has the order.
		rerender(
			<StorePanel
				ticket={ ticket( 5, { order_id: 1234 } ) }
				updateTicket={ updateTicket }
			/>
		);
		const order = await screen.findByRole( 'region', {
			name: 'Order of this ticket',
		} );
		expect(
			await within( order ).findByRole( 'list', { name: 'Items' } )
		).toBeVisible();
		expect(
			within( orders ).getByText( 'Linked to this ticket' )
		).toBeVisible();

		await userEvent.click(
			within( order ).getByRole( 'button', {
				name: 'Unlink from this ticket',
			} )
		);
		expect( updateTicket ).toHaveBeenLastCalledWith( { order_id: 0 } );
		rerender(
			<StorePanel
				ticket={ ticket( 5, { order_id: null } ) }
				updateTicket={ updateTicket }
			/>
		);
		await waitFor( () =>
			expect(
				screen.getByText( 'No order is linked to this ticket.' )
			).toBeVisible()
		);
		expect( calls.every( ( c ) => c.method === 'GET' ) ).toBe( true );
	} );

	it( 'keeps the panel as it was when the link is refused', async () => {
		const calls = serve( () => panel() );
		const updateTicket = jest.fn( async () => false );
		render(
			<StorePanel ticket={ ticket( 5 ) } updateTicket={ updateTicket } />
		);
		await userEvent.click(
			await screen.findByRole( 'button', {
				name: 'Link to this ticket Order #1234',
			} )
		);
		expect( updateTicket ).toHaveBeenCalledWith( { order_id: 1234 } );
		await waitFor( () =>
			expect(
				screen.getByRole( 'button', {
					name: 'Link to this ticket Order #1234',
				} )
			).toBeEnabled()
		);
		expect( calls ).toHaveLength( 1 );
	} );

	it( 'reads the panel and the thread again after an order action', async () => {
		const calls = serve( ( req ) =>
			req.route === '/tickets/5/customer'
				? panel( { order: details( 1234 ) } )
				: actionResult( 1234, 'Ana added a private note' )
		);
		// The inbox's stores, as the admin bundle registers them by name.
		const polled: number[] = [];
		const refreshed: number[] = [];
		const registry = createRegistry();
		registry.register(
			createReduxStore( 'storedesk/messages', {
				reducer: ( state = null ) => state,
				actions: {
					poll: ( id: number ) => async () => {
						polled.push( id );
						return [ { id: 501 } ];
					},
				},
			} )
		);
		registry.register(
			createReduxStore( 'storedesk/tickets', {
				reducer: ( state = null ) => state,
				actions: {
					refreshTicket: ( id: number ) => async () => {
						refreshed.push( id );
					},
				},
			} )
		);
		render(
			<RegistryProvider value={ registry }>
				<StorePanel
					ticket={ ticket( 5, { order_id: 1234 } ) }
					updateTicket={ jest.fn() }
				/>
			</RegistryProvider>
		);
		const order = await screen.findByRole( 'region', {
			name: 'Order of this ticket',
		} );
		// The fixture panel lets the agent add notes and resend emails only.
		expect(
			within(
				within( order ).getByRole( 'group', { name: 'Order actions' } )
			)
				.getAllByRole( 'button' )
				.map( ( b ) => b.textContent )
		).toEqual( [ 'Add note', 'Resend email' ] );
		await userEvent.click(
			within( order ).getByRole( 'button', { name: 'Add note' } )
		);
		await userEvent.type(
			within( order ).getByRole( 'textbox', { name: 'Note' } ),
			'Called the courier.'
		);
		await userEvent.click(
			within( order ).getByRole( 'button', { name: 'Add private note' } )
		);
		await waitFor( () => expect( refreshed ).toEqual( [ 5 ] ) );
		expect( polled ).toEqual( [ 5 ] );
		await waitFor( () =>
			expect(
				calls.map( ( c ) => `${ c.method } ${ c.route }` )
			).toEqual( [
				'GET /tickets/5/customer',
				'POST /tickets/5/orders/1234/notes',
				'GET /tickets/5/customer',
			] )
		);
	} );

	it( 'shows no order actions to an agent who may do none', async () => {
		serve( () =>
			panel( {
				order: details( 1234 ),
				can: {
					note: false,
					email: false,
					status: false,
					refund: false,
				},
			} )
		);
		render(
			<StorePanel
				ticket={ ticket( 5, { order_id: 1234 } ) }
				updateTicket={ jest.fn() }
			/>
		);
		await screen.findByRole( 'list', { name: 'Items' } );
		expect(
			screen.queryByRole( 'group', { name: 'Order actions' } )
		).not.toBeInTheDocument();
	} );
} );
