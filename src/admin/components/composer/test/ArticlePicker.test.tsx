/**
 * The knowledge base from the composer: Ctrl+Shift+H or the button opens
 * the search; an article goes into the reply as a link or as its text, at
 * the caret; an internal article only as text.
 */
import apiFetch from '@wordpress/api-fetch';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { SEARCH_DELAY } from '../../../api/use-search';
import { Composer } from '../../Composer';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const RESULTS = [
	{
		id: 7,
		title: 'How long refunds take',
		excerpt: 'Refunds reach your card in 5–10 days.',
		url: 'https://shop.test/help/refund-timing/',
		visibility: 'public',
	},
	{
		id: 8,
		title: 'Refund exceptions for agents',
		excerpt: 'When to refund without a return.',
		url: 'https://shop.test/help/refund-exceptions/',
		visibility: 'internal',
	},
];

type Options = { path?: string; method?: string; signal?: AbortSignal };

function serve() {
	mockedFetch.mockImplementation( ( ( o: Options ) => {
		if ( o.path?.startsWith( '/storedesk/store/v1/help/search' ) ) {
			return Promise.resolve( { results: RESULTS } );
		}
		if ( o.path === '/storedesk/store/v1/help/articles/8' ) {
			return Promise.resolve( {
				id: 8,
				title: RESULTS[ 1 ].title,
				content:
					'<h2>Exceptions</h2><p>Refund <b>without</b> a return when the item is under 5 €.</p><script>alert(1)</script>',
				url: RESULTS[ 1 ].url,
			} );
		}
		if ( o.path === '/storedesk/v1/agents' ) {
			return Promise.resolve( [] );
		}
		return Promise.resolve( {
			json: async () => [],
			headers: new Headers(),
		} );
	} ) as unknown as typeof apiFetch );
}

const box = () =>
	screen.getByRole( 'textbox', { name: 'Reply to the customer' } );

const user = () =>
	userEvent.setup( { advanceTimers: jest.advanceTimersByTime } );

async function searchFor( text: string ) {
	const dialog = screen.getByRole( 'dialog', {
		name: 'Insert from the knowledge base',
	} );
	await user().type(
		within( dialog ).getByRole( 'searchbox', {
			name: 'Search help articles',
		} ),
		text
	);
	await act( async () => jest.advanceTimersByTime( SEARCH_DELAY ) );
	await waitFor( () =>
		expect( within( dialog ).getByRole( 'status' ) ).toHaveTextContent(
			'2 articles found.'
		)
	);
	return dialog;
}

describe( 'ArticlePicker', () => {
	beforeEach( () => {
		jest.useFakeTimers();
		window.sessionStorage.clear();
		serve();
	} );
	afterEach( () => {
		jest.useRealTimers();
		mockedFetch.mockReset();
	} );

	it( 'inserts a link to an article where the caret is', async () => {
		render( <Composer ticketId={ 31 } /> );
		await user().type( box(), 'See: ' );
		await user().keyboard( '{Control>}{Shift>}h{/Shift}{/Control}' );
		const dialog = await searchFor( 'refund' );
		expect(
			mockedFetch.mock.calls.map( ( [ o ] ) => ( o as Options ).path )
		).toContain( '/storedesk/store/v1/help/search?q=refund&per_page=8' );
		const item = within( dialog )
			.getByText( 'How long refunds take' )
			.closest( 'li' ) as HTMLElement;
		await user().click(
			within( item ).getByRole( 'button', { name: 'Insert link' } )
		);
		expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument();
		expect( box().innerHTML ).toBe(
			'See: <a href="https://shop.test/help/refund-timing/">How long refunds take</a>'
		);
	} );

	it( 'inserts an internal article as clean text only', async () => {
		render( <Composer ticketId={ 32 } /> );
		await user().click(
			screen.getByRole( 'button', { name: /Knowledge base/ } )
		);
		const dialog = await searchFor( 'refund' );
		const item = within( dialog )
			.getByText( 'Refund exceptions for agents' )
			.closest( 'li' ) as HTMLElement;
		expect( within( item ).getByText( 'Internal' ) ).toBeInTheDocument();
		expect(
			within( item ).queryByRole( 'button', { name: 'Insert link' } )
		).not.toBeInTheDocument();
		await user().click(
			within( item ).getByRole( 'button', { name: 'Insert text' } )
		);
		await waitFor( () =>
			expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument()
		);
		expect( box().innerHTML ).toBe(
			'<p>Exceptions</p><p>Refund <strong>without</strong> a return when the item is under 5 €.</p>'
		);
	} );
} );
