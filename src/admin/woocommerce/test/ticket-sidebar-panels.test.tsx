/**
 * The sidebar's extension point (storedesk.ticketSidebar): panels added
 * late show at once, a failing panel leaves the rest, and the WooCommerce
 * store panel links an order through the tickets store.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addFilter, removeAllFilters } from '@wordpress/hooks';

import {
	SIDEBAR_PANELS,
	TicketSidebar,
	type SidebarPanel,
	type SidebarPanelProps,
} from '../../components/TicketSidebar';
import { store as ticketsStore } from '../../store/tickets';
import { resetDeferredScripts } from '../deferred-scripts';
import {
	contact,
	Page,
	renderWithRegistry,
	serve,
} from '../../test-utils/contacts';
import { ticket } from '../../test-utils/fixtures';
import { panel } from '../../../woocommerce/test/fixtures';

jest.mock( '@wordpress/api-fetch' );
jest.mock(
	'@woocommerce/components',
	() => require( '../../../woocommerce/test/wc-components' ),
	{ virtual: true }
);

const current = ticket( 5 );

function server() {
	let saved = current;
	return serve( ( req ) => {
		switch ( req.route ) {
			case '/contacts/105':
				return contact( 105 );
			case '/contacts/105/tickets':
				return new Page( [ current ] );
			case '/tickets/5/customer':
				return panel();
			case '/tickets/5':
				saved = { ...saved, ...( req.data as object ) };
				return saved;
		}
		return [];
	} );
}

// Every panel a test added goes (removeAllFilters ignores the namespace).
afterEach( () => removeAllFilters( SIDEBAR_PANELS, 'test' ) );

describe( 'storedesk.ticketSidebar', () => {
	it( 'loads the scripts the page held back, saying so meanwhile', async () => {
		server();
		resetDeferredScripts();
		// What php/Admin/Assets.php prints: here, a script that adds a panel.
		( window as unknown as { addLoyalty: () => void } ).addLoyalty = () =>
			addFilter(
				SIDEBAR_PANELS,
				'test/held',
				( panels: SidebarPanel[] ) => [
					...panels,
					{
						name: 'test/held',
						render: () => (
							<section aria-label="Loyalty">Gold</section>
						),
					},
				]
			);
		const template = document.createElement( 'template' );
		template.className = 'storedesk-deferred-scripts';
		template.innerHTML = '<script>window.addLoyalty();</script>';
		document.body.appendChild( template );
		renderWithRegistry( <TicketSidebar ticket={ current } /> );
		expect( screen.getByText( 'Loading more details…' ) ).toBeVisible();
		expect(
			await screen.findByRole( 'region', { name: 'Loyalty' } )
		).toHaveTextContent( 'Gold' );
		await waitFor( () =>
			expect(
				screen.queryByText( 'Loading more details…' )
			).not.toBeInTheDocument()
		);
		template.remove();
	} );

	it( 'shows a panel added after the sidebar, with the ticket', () => {
		server();
		renderWithRegistry( <TicketSidebar ticket={ current } /> );
		act( () => {
			addFilter(
				SIDEBAR_PANELS,
				'test/late',
				( panels: SidebarPanel[] ) => [
					...panels,
					{
						name: 'test/late',
						render: ( { ticket: t }: SidebarPanelProps ) => (
							<section aria-label="Loyalty">
								Ticket { t.id }
							</section>
						),
					},
				]
			);
		} );
		expect(
			within(
				screen.getByRole( 'region', { name: 'Loyalty' } )
			).getByText( 'Ticket 5' )
		).toBeVisible();
	} );

	it( 'keeps the sidebar when a panel fails', () => {
		server();
		addFilter(
			SIDEBAR_PANELS,
			'test/broken',
			( panels: SidebarPanel[] ) => [
				...panels,
				{
					name: 'test/broken',
					render: () => {
						throw new Error( 'broken' );
					},
				},
			]
		);
		renderWithRegistry( <TicketSidebar ticket={ current } /> );
		expect(
			screen.getByText( 'A panel of this sidebar could not be shown.' )
		).toBeVisible();
		expect(
			screen.getByRole( 'combobox', { name: 'Status' } )
		).toBeVisible();
		// React reports the error it caught.
		(
			expect( console ) as unknown as { toHaveErrored: () => void }
		 ).toHaveErrored();
	} );

	it( 'links an order from the store panel through the tickets store', async () => {
		const calls = server();
		require( '../../../woocommerce' );
		const { registry } = renderWithRegistry(
			<TicketSidebar ticket={ current } />
		);
		registry.dispatch( ticketsStore ).receiveTicket( current );
		const orders = await screen.findByRole( 'list', {
			name: 'Recent orders',
		} );
		await userEvent.click(
			within( orders ).getByRole( 'button', {
				name: 'Link to this ticket Order #1234',
			} )
		);
		expect(
			calls.filter( ( c ) => c.method === 'PATCH' ).map( ( c ) => c.data )
		).toEqual( [ { order_id: 1234 } ] );
		expect( registry.select( ticketsStore ).getTicket( 5 )?.order_id ).toBe(
			1234
		);
	} );
} );
