/**
 * The sidebar changes status, assignee, team and tags in place, and shows
 * who the customer is with their other conversations on any channel.
 */
import { store as noticesStore } from '@wordpress/notices';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { TicketSidebar } from '../TicketSidebar';
import { ticket } from '../../test-utils/fixtures';
import {
	contact,
	Page,
	renderWithRegistry,
	serve,
	type Request,
} from '../../test-utils/contacts';
import { store as ticketsStore } from '../../store/tickets';

jest.mock( '@wordpress/api-fetch' );

const current = ticket( 5, {
	contact: {
		id: 105,
		name: 'Fiona Field',
		email: 'fiona@example.test',
		phone: null,
	},
} );

function server( patch: ( req: Request ) => unknown = ( req ) => req.data ) {
	let saved = current;
	return serve( ( req ) => {
		switch ( req.route ) {
			case '/agents':
				return [
					{ id: 3, name: 'Alex Agent' },
					{ id: 4, name: 'Bo Agent' },
				];
			case '/tags':
				return [
					{ id: 1, slug: 'parcel', name: 'Parcel', count: 1 },
					{ id: 2, slug: 'refund', name: 'Refund', count: 1 },
				];
			case '/teams':
				return [
					{ id: 8, name: 'Orders', description: '', members: [] },
					{ id: 9, name: 'Returns', description: '', members: [] },
				];
			case '/contacts/105':
				return contact( 105, {
					name: 'Fiona Field',
					email: 'fiona@example.test',
					identities: [
						{ channel: 'email', value: 'fiona@example.test' },
						{ channel: 'whatsapp', value: '+447700900555' },
					],
				} );
			case '/contacts/105/tickets':
				return new Page(
					[
						ticket( 9, {
							subject: 'Lamp rewiring',
							channel: 'phone',
						} ),
						current,
						ticket( 4, {
							subject: 'Candle scent',
							channel: 'whatsapp',
							status: 'resolved',
						} ),
					],
					9
				);
			case '/tickets/5':
				saved = { ...saved, ...( patch( req ) as object ) };
				return saved;
		}
		throw { code: 'rest_no_route', message: req.path };
	} );
}

function renderSidebar() {
	const view = renderWithRegistry( <TicketSidebar ticket={ current } /> );
	view.registry.dispatch( ticketsStore ).receiveTicket( current );
	const rerender = () =>
		view.rerender(
			<TicketSidebar
				ticket={ view.registry.select( ticketsStore ).getTicket( 5 )! }
			/>
		);
	return { ...view, rerender };
}

const patches = ( calls: Request[] ) =>
	calls.filter( ( c ) => c.method === 'PATCH' ).map( ( c ) => c.data );

describe( 'TicketSidebar', () => {
	it( 'sends status, assignee, team and tag changes', async () => {
		const calls = server();
		const { registry } = renderSidebar();
		const team = screen.getByRole( 'combobox', { name: 'Team' } );
		await screen.findByRole( 'option', { name: 'Returns' } );
		await userEvent.selectOptions( team, 'Returns' );
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Status' } ),
			'Pending'
		);
		await screen.findByRole( 'option', { name: 'Bo Agent' } );
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Assignee' } ),
			'Bo Agent'
		);
		await userEvent.type(
			screen.getByRole( 'combobox', { name: 'Tags' } ),
			'Refund{Enter}'
		);
		await waitFor( () => expect( patches( calls ) ).toHaveLength( 4 ) );
		expect( patches( calls ) ).toEqual( [
			{ team: 9 },
			{ status: 'pending' },
			{ assignee: 4 },
			{ tags: [ 'refund' ] },
		] );
		expect( registry.select( ticketsStore ).getTicket( 5 )?.team ).toBe(
			9
		);
	} );

	it( 'puts the team back and says why when the change is refused', async () => {
		server( () => {
			throw {
				code: 'storedesk_invalid_team',
				message: 'That team does not exist.',
			};
		} );
		const { registry, rerender } = renderSidebar();
		await screen.findByRole( 'option', { name: 'Orders' } );
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Team' } ),
			'Orders'
		);
		await waitFor( () =>
			expect(
				registry.select( noticesStore ).getNotices()[ 0 ]?.content
			).toBe( 'That team does not exist.' )
		);
		rerender();
		expect( screen.getByRole( 'combobox', { name: 'Team' } ) ).toHaveValue(
			'0'
		);
	} );

	it( "shows the customer's channels and other conversations, not this one", async () => {
		server();
		renderSidebar();
		const card = screen.getByRole( 'region', { name: 'Customer' } );
		expect(
			within( card ).getByRole( 'link', { name: 'Fiona Field' } )
		).toHaveAttribute( 'href', '#/contacts/105' );
		const addresses = within( card ).getByRole( 'list', {
			name: 'Addresses on every channel',
		} );
		expect(
			await within( addresses ).findByText( '+447700900555' )
		).toBeVisible();
		expect( within( addresses ).getByText( 'WhatsApp' ) ).toBeVisible();

		const others = await within( card ).findByRole( 'region', {
			name: 'Other conversations',
		} );
		const links = await within( others ).findAllByRole( 'link' );
		expect(
			links.map( ( l ) => [ l.textContent, l.getAttribute( 'href' ) ] )
		).toEqual( [
			[ '#9 Lamp rewiring', '#/tickets/9' ],
			[ '#4 Candle scent', '#/tickets/4' ],
			// 9 in all: this one and the 2 shown leave 6.
			[ '6 more conversations', '#/contacts/105' ],
		] );
		expect( within( others ).getByText( 'Resolved' ) ).toBeVisible();
		expect( within( others ).getByText( 'Phone' ) ).toBeVisible();
	} );
} );
