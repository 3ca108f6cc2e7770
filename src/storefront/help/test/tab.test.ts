/**
 * The "Search help" tab: results drawn and counted in the live region, an
 * article read in the tab with its risky markup dropped, "Was this
 * helpful?" sent to the feedback route, the way back, "Still need help?",
 * and a product's articles before any search.
 */
import {
	findByRole,
	findByText,
	fireEvent,
	getByRole,
	waitFor,
} from '@testing-library/react';

import type { StoreConfig } from '../../types';
import { helpTab } from '../tab';

const CONFIG: StoreConfig = {
	publicPath: '/build/',
	api: '/api/',
	nonce: 'n0nce',
	css: '',
	portal: '/support/',
	loggedIn: true,
	widget: { position: 'right', color: '#000', label: 'Help' },
};

const RESULTS = [
	{
		id: 11,
		title: 'Return a parcel',
		excerpt: 'Print the label.',
		url: '/help/return/',
	},
	{
		id: 12,
		title: 'Refund times',
		excerpt: 'Five days.',
		url: '/help/refunds/',
	},
];

/**
 * Answers each API path; records every call.
 * @param answers
 */
function api( answers: Record< string, unknown > ): jest.Mock {
	const mock = jest.fn( async ( url: string ) => {
		const path = url.replace( '/api/', '' );
		const known = Object.keys( answers ).find( ( p ) => path === p );
		return {
			ok: !! known,
			status: known ? 200 : 404,
			json: async () =>
				known
					? answers[ known ]
					: { code: 'rest_no_route', message: 'No route.' },
		};
	} );
	global.fetch = mock as unknown as typeof fetch;
	return mock;
}

function setUp( config = CONFIG ) {
	const pane = document.createElement( 'div' );
	document.body.replaceChildren( pane );
	const contact = jest.fn();
	const tab = helpTab( pane, config, contact );
	return { pane, contact, tab };
}

beforeAll( () => {
	Object.defineProperty( navigator, 'sendBeacon', {
		value: jest.fn( () => true ),
		configurable: true,
	} );
} );

describe( 'helpTab', () => {
	it( 'shows results as the shopper types and counts them in a polite status', async () => {
		api( { 'help/search?per_page=5&q=return': { results: RESULTS } } );
		const { pane } = setUp();
		const input = getByRole( pane, 'searchbox', { name: 'Search help' } );
		fireEvent.input( input, { target: { value: 'return' } } );
		expect(
			await findByRole( pane, 'link', { name: 'Return a parcel' } )
		).toHaveAttribute( 'href', '/help/return/' );
		expect( getByRole( pane, 'status' ) ).toHaveTextContent(
			'2 articles found.'
		);
		expect( pane ).toHaveTextContent( 'Print the label.' );
	} );

	it( 'says so when nothing matches', async () => {
		api( { 'help/search?per_page=5&q=zebra': { results: [] } } );
		const { pane } = setUp();
		fireEvent.input( getByRole( pane, 'searchbox' ), {
			target: { value: 'zebra' },
		} );
		expect( await findByText( pane, /No articles match/ ) ).toHaveAttribute(
			'role',
			'status'
		);
		expect( pane.querySelector( 'ul' ) ).toBeNull();
	} );

	it( 'opens an article in the tab, without scripts, and sends "Was this helpful?"', async () => {
		const fetchMock = api( {
			'help/search?per_page=5&q=return': { results: RESULTS },
			'help/articles/11': {
				id: 11,
				title: 'Return a parcel',
				content:
					'<p>Print the <strong>label</strong>.</p><script>window.ran=1</script><img src="x" onerror="window.ran=1">',
				url: '/help/return/',
			},
			'help/articles/11/feedback': {
				message: 'Thanks for your feedback.',
			},
		} );
		const { pane } = setUp();
		fireEvent.input( getByRole( pane, 'searchbox' ), {
			target: { value: 'return' },
		} );
		const link = await findByRole( pane, 'link', {
			name: 'Return a parcel',
		} );
		link.focus();
		fireEvent.click( link );
		const title = await findByRole( pane, 'heading', {
			name: 'Return a parcel',
		} );
		expect( title ).toHaveFocus();
		expect( pane.querySelector( 'strong' ) ).toHaveTextContent( 'label' );
		expect( pane.querySelector( 'script' ) ).toBeNull();
		expect( pane.querySelector( 'img' ) ).not.toHaveAttribute( 'onerror' );
		expect(
			getByRole( pane, 'link', { name: 'Open the full article' } )
		).toHaveAttribute( 'href', '/help/return/' );

		fireEvent.click( getByRole( pane, 'button', { name: 'Yes' } ) );
		expect(
			await findByText( pane, 'Thanks for your feedback.' )
		).toBeVisible();
		const post = fetchMock.mock.calls.find(
			( [ url ] ) => url === '/api/help/articles/11/feedback'
		);
		expect( post?.[ 1 ] ).toMatchObject( {
			method: 'POST',
			body: JSON.stringify( { helpful: true } ),
			headers: expect.objectContaining( {
				'X-WP-Nonce': 'n0nce',
				'Content-Type': 'application/json',
			} ),
		} );
		expect( pane.querySelector( '[role=group]' ) ).toBeNull();

		fireEvent.click(
			getByRole( pane, 'button', { name: '‹ Back to results' } )
		);
		expect( link ).toBeVisible();
		expect( link ).toHaveFocus();
	} );

	it( 'keeps the buttons and shows the error when feedback fails', async () => {
		api( {
			'help/articles/12': {
				id: 12,
				title: 'Refund times',
				content: '<p>Five days.</p>',
				url: '/help/refunds/',
			},
		} );
		const { pane, tab } = setUp();
		await tab.open( { id: 12 } );
		fireEvent.click( getByRole( pane, 'button', { name: 'No' } ) );
		expect( await findByText( pane, 'No route.' ) ).toBeVisible();
		expect( getByRole( pane, 'button', { name: 'No' } ) ).toBeEnabled();
	} );

	it( 'sends the shopper to the contact form with what they searched', async () => {
		api( { 'help/search?per_page=5&q=lamp%20flickers': { results: [] } } );
		const { pane, contact } = setUp();
		fireEvent.input( getByRole( pane, 'searchbox' ), {
			target: { value: ' lamp flickers ' },
		} );
		fireEvent.click(
			getByRole( pane, 'button', { name: 'Still need help? Contact us' } )
		);
		expect( contact ).toHaveBeenCalledWith( 'lamp flickers' );
	} );

	it( 'lists the product’s articles before any search, and hides them during one', async () => {
		api( {
			'help/articles?product=5': { results: [ RESULTS[ 1 ] ] },
			'help/search?per_page=5&q=return': { results: [ RESULTS[ 0 ] ] },
		} );
		const { pane } = setUp( {
			...CONFIG,
			widget: { ...CONFIG.widget!, help: { product: 5 } },
		} );
		const heading = await findByRole( pane, 'heading', {
			name: 'Articles about this product',
		} );
		expect(
			getByRole( pane, 'link', { name: 'Refund times' } )
		).toBeVisible();
		fireEvent.input( getByRole( pane, 'searchbox' ), {
			target: { value: 'return' },
		} );
		await findByRole( pane, 'link', { name: 'Return a parcel' } );
		expect( heading ).not.toBeVisible();
		fireEvent.input( getByRole( pane, 'searchbox' ), {
			target: { value: '' },
		} );
		await waitFor( () => expect( heading ).toBeVisible() );
	} );

	it( 'asks for an order’s articles with the guest’s key', async () => {
		const fetchMock = api( {
			'help/articles?order=9&key=wc_order_abc': { results: RESULTS },
		} );
		const { pane } = setUp( {
			...CONFIG,
			widget: {
				...CONFIG.widget!,
				help: { order: 9, key: 'wc_order_abc' },
			},
		} );
		expect(
			await findByRole( pane, 'heading', {
				name: 'Articles about your order',
			} )
		).toBeVisible();
		expect( fetchMock ).toHaveBeenCalledWith(
			'/api/help/articles?order=9&key=wc_order_abc',
			expect.anything()
		);
	} );
} );
