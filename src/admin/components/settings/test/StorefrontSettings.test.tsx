/**
 * Storefront settings: a manager adds a field, blocks a domain and restyles
 * the launcher in one save; mistakes are marked beside their field before
 * any request, and a refusal keeps every edit.
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch, select } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { store as directoryStore } from '../../../store/directory';
import { storefrontSettings } from '../../../test-utils/fixtures';
import { store } from '../../../store/settings';
import { StorefrontSettings } from '../StorefrontSettings';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const SAVED = storefrontSettings();
const TEAMS = [ { id: 4, name: 'Returns desk', description: '', members: [] } ];

type Call = { path: string; method?: string; data?: Record< string, unknown > };
const patches = () =>
	mockedFetch.mock.calls
		.map( ( [ c ] ) => c as Call )
		.filter( ( c ) => c.method === 'PATCH' );

function serve(
	patch: ( data: Record< string, unknown > ) => Promise< unknown >
) {
	mockedFetch.mockImplementation( ( ( c: Call ) => {
		if ( c.method === 'PATCH' ) {
			return patch( c.data ?? {} );
		}
		return Promise.resolve( c.path.includes( 'teams' ) ? TEAMS : SAVED );
	} ) as typeof apiFetch );
}

describe( 'StorefrontSettings', () => {
	beforeEach( () => {
		// What an earlier test saved must not be this one's starting point.
		dispatch( store ).receive( undefined as never );
		dispatch( store ).invalidateResolutionForStore();
		dispatch( directoryStore ).invalidateResolutionForStore();
		dispatch( noticesStore ).removeAllNotices( 'snackbar' );
	} );
	afterEach( () => mockedFetch.mockReset() );

	it( 'saves a new field, a topic, a blocked domain and the launcher together', async () => {
		serve( ( data ) => Promise.resolve( { ...SAVED, ...data } ) );
		render( <StorefrontSettings /> );
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Add a field' } )
		);
		const field = screen.getByRole( 'group', { name: 'Extra field 1' } );
		await userEvent.type(
			within( field ).getByRole( 'textbox', { name: 'Label' } ),
			'Order number'
		);
		await userEvent.click(
			within( field ).getByRole( 'checkbox', { name: 'Required' } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add a topic' } )
		);
		const topic = screen.getByRole( 'group', { name: 'Topic 1' } );
		await userEvent.type(
			within( topic ).getByRole( 'textbox', { name: 'Topic' } ),
			'Returns'
		);
		await userEvent.selectOptions(
			within( topic ).getByRole( 'combobox', { name: 'Goes to team' } ),
			'Returns desk'
		);
		await userEvent.type(
			screen.getByRole( 'textbox', {
				name: 'Blocked addresses and domains',
			} ),
			'spam.example'
		);
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Corner' } ),
			'Bottom left'
		);
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Launcher text' } ),
			'Ask us'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save storefront settings' } )
		);
		await waitFor( () =>
			expect(
				select( noticesStore )
					.getNotices( 'global' )
					.map( ( n ) => n.content )
			).toContain( 'Storefront settings saved.' )
		);
		expect( patches() ).toHaveLength( 1 );
		expect( patches()[ 0 ].data ).toMatchObject( {
			form_fields: [
				{
					key: 'order_number',
					label: 'Order number',
					type: 'text',
					required: true,
				},
			],
			form_topics: [ { label: 'Returns', team: 4 } ],
			spam_blocklist: [ 'spam.example' ],
			widget_position: 'left',
			widget_label: 'Ask us',
			rate_limit_ip: 10,
		} );
		expect( patches()[ 0 ].data ).not.toHaveProperty( 'agent_scope' );
	} );

	it( 'marks mistakes beside their fields and sends nothing', async () => {
		serve( () => Promise.reject( new Error( 'must not be called' ) ) );
		render( <StorefrontSettings /> );
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Add a field' } )
		);
		const field = screen.getByRole( 'group', { name: 'Extra field 1' } );
		await userEvent.selectOptions(
			within( field ).getByRole( 'combobox', { name: 'Kind' } ),
			'List of options'
		);
		const perIp = screen.getByRole( 'spinbutton', {
			name: 'Posts per IP address per window',
		} );
		await userEvent.clear( perIp );
		await userEvent.type( perIp, '0' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save storefront settings' } )
		);
		expect(
			within( field ).getByRole( 'textbox', { name: 'Label' } )
		).toHaveAccessibleDescription( 'Give the field a label.' );
		expect(
			within( field ).getByRole( 'textbox', {
				name: 'Options, one per line',
			} )
		).toHaveAccessibleDescription( 'A list needs at least one option.' );
		expect( perIp ).toHaveAttribute( 'aria-invalid', 'true' );
		expect( perIp ).toHaveAccessibleDescription(
			'Enter a whole number from 1 to 1000.'
		);
		expect(
			screen.getByText(
				'Some settings need fixing; see the marked fields.',
				{
					selector: '.components-notice__content',
				}
			)
		).toBeInTheDocument();
		expect( patches() ).toHaveLength( 0 );
	} );

	it( 'keeps every edit and shows the reason when the server refuses', async () => {
		serve( () =>
			Promise.reject( {
				code: 'rest_invalid_param',
				message: 'spam_blocklist[0] does not match pattern.',
			} )
		);
		render( <StorefrontSettings /> );
		const blocklist = await screen.findByRole( 'textbox', {
			name: 'Blocked addresses and domains',
		} );
		await userEvent.type( blocklist, 'junk.test' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save storefront settings' } )
		);
		expect(
			await screen.findByText(
				'spam_blocklist[0] does not match pattern.',
				{
					selector: '.components-notice__content',
				}
			)
		).toBeInTheDocument();
		expect( blocklist ).toHaveValue( 'junk.test' );
		expect( select( store ).getSettings() ).toEqual( SAVED );
	} );
} );
