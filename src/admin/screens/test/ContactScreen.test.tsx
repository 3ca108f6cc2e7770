/**
 * The contact page: who the person is on every channel, all their
 * conversations, and edit and merge only for those allowed.
 */
import { screen, within } from '@testing-library/react';

import { ContactScreen } from '../ContactScreen';
import { ticket } from '../../test-utils/fixtures';
import {
	contact,
	ME,
	Page,
	renderWithRegistry,
	serve,
} from '../../test-utils/contacts';

jest.mock( '@wordpress/api-fetch' );

const kim = contact( 7, {
	name: 'Kim Lee',
	email: 'kim@example.test',
	phone: '+447700900123',
	user_id: 12,
	notes: 'Prefers calls after 5pm.',
	identities: [
		{ channel: 'email', value: 'kim@example.test' },
		{ channel: 'phone', value: '+447700900123' },
		{ channel: 'messenger', value: 'psid-889' },
	],
} );

function server( capabilities: Record< string, boolean > = {} ) {
	return serve( ( req ) => {
		switch ( req.route ) {
			case '/me':
				return {
					...ME,
					woocommerce: true,
					capabilities: { ...ME.capabilities, ...capabilities },
				};
			case '/contacts/7':
				return kim;
			case '/contacts/7/tickets':
				return new Page(
					[
						ticket( 31, {
							subject: 'Where is my parcel?',
							channel: 'chat',
							status: 'pending',
						} ),
						ticket( 30, {
							subject: 'Wrong size',
							channel: 'email',
							status: 'resolved',
						} ),
					],
					2
				);
		}
		throw { code: 'rest_no_route', message: `No route ${ req.path }` };
	} );
}

describe( 'ContactScreen', () => {
	it( 'shows addresses, channels, the account and every conversation', async () => {
		server();
		renderWithRegistry( <ContactScreen id={ 7 } /> );
		expect(
			await screen.findByRole( 'heading', { name: 'Kim Lee', level: 2 } )
		).toBeVisible();
		expect(
			screen.getByRole( 'link', { name: 'kim@example.test' } )
		).toHaveAttribute( 'href', 'mailto:kim@example.test' );
		expect(
			screen.getByRole( 'link', { name: '+447700900123' } )
		).toHaveAttribute( 'href', 'tel:+447700900123' );
		const channels = screen.getByRole( 'list', { name: 'Channels' } );
		expect( within( channels ).getByText( 'Messenger' ) ).toBeVisible();
		expect( within( channels ).getByText( 'psid-889' ) ).toBeVisible();
		expect(
			screen.getByRole( 'link', { name: 'WordPress user #12' } )
		).toHaveAttribute( 'href', 'user-edit.php?user_id=12' );
		expect(
			await screen.findByRole( 'link', { name: 'WooCommerce orders' } )
		).toHaveAttribute(
			'href',
			'edit.php?post_type=shop_order&_customer_user=12'
		);
		expect( screen.getByText( 'Prefers calls after 5pm.' ) ).toBeVisible();

		const table = await screen.findByRole( 'table', {
			name: 'Conversations, newest first',
		} );
		const rows = within( table ).getAllByRole( 'row' ).slice( 1 );
		expect(
			rows.map( ( r ) => within( r ).getByRole( 'link' ).textContent )
		).toEqual( [ '#31 Where is my parcel?', '#30 Wrong size' ] );
		expect( within( rows[ 0 ] ).getByRole( 'link' ) ).toHaveAttribute(
			'href',
			'#/tickets/31'
		);
		expect( within( rows[ 0 ] ).getByText( 'Chat' ) ).toBeVisible();
		expect( within( rows[ 0 ] ).getByText( 'Pending' ) ).toBeVisible();
		expect( within( rows[ 1 ] ).getByText( 'Email' ) ).toBeVisible();
		expect( within( rows[ 1 ] ).getByText( 'Resolved' ) ).toBeVisible();
	} );

	it( 'offers editing to agents but merging only with the merge capability', async () => {
		server();
		const { unmount } = renderWithRegistry( <ContactScreen id={ 7 } /> );
		expect(
			await screen.findByRole( 'button', { name: 'Edit contact' } )
		).toBeVisible();
		expect(
			screen.queryByRole( 'button', {
				name: 'Merge with another contact…',
			} )
		).not.toBeInTheDocument();
		unmount();

		server( { storedesk_merge_contacts: true } );
		renderWithRegistry( <ContactScreen id={ 7 } /> );
		expect(
			await screen.findByRole( 'button', {
				name: 'Merge with another contact…',
			} )
		).toBeVisible();
	} );

	it( 'points from a merged contact to the one that stayed', async () => {
		serve( ( req ) => {
			if ( req.route === '/me' ) {
				return ME;
			}
			throw {
				code: 'storedesk_contact_merged',
				message: 'That contact was merged into another.',
				data: { status: 404, merged_into: 3 },
			};
		} );
		renderWithRegistry( <ContactScreen id={ 8 } /> );
		expect(
			await screen.findByRole( 'link', {
				name: 'Open the contact that stayed',
			} )
		).toHaveAttribute( 'href', '#/contacts/3' );
	} );
} );
