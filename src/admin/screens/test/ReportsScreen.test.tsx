/**
 * Reports: the self-service figures and lists for the period chosen, and
 * the server's word when the agent may not see them.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ReportsScreen } from '../ReportsScreen';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const REPORT = {
	days: 30,
	searches: 12,
	clicks: 5,
	deflected: 3,
	submitted: 2,
	top_queries: [
		{
			query: 'refund',
			searches: 8,
			no_results: 0,
			clicks: 4,
			click_rate: 0.5,
		},
	],
	no_results: [
		{
			query: 'gift wrap',
			searches: 2,
			no_results: 2,
			clicks: 0,
			click_rate: 0,
		},
	],
	articles: [
		{
			article_id: 7,
			title: 'How long refunds take',
			url: 'https://shop.test/help/refund-timing/',
			edit_url: 'https://shop.test/wp-admin/post.php?post=7&action=edit',
			helpful: 1,
			not_helpful: 2,
		},
	],
	comments: [
		{
			article_id: 7,
			title: 'How long refunds take',
			url: null,
			edit_url: null,
			helpful: false,
			comment: 'Nothing about PayPal.',
			date: '2026-12-01T10:00:00+00:00',
		},
	],
};

describe( 'ReportsScreen', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'shows what self-service did, for the period chosen', async () => {
		mockedFetch.mockResolvedValue( REPORT );
		render( <ReportsScreen /> );
		const top = await screen.findByRole( 'table', {
			name: 'Questions asked most',
		} );
		expect(
			within( top ).getByRole( 'row', { name: /refund/ } )
		).toHaveTextContent( 'refund8050%' );
		expect(
			within(
				screen.getByRole( 'table', {
					name: 'Questions no article answered',
				} )
			).getByText( 'gift wrap' )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'link', { name: 'How long refunds take' } )
		).toHaveAttribute( 'href', REPORT.articles[ 0 ].edit_url );
		expect(
			screen.getByText( 'Nothing about PayPal.' )
		).toBeInTheDocument();
		expect(
			screen.getByText( 'Left without writing' ).nextSibling
		).toHaveTextContent( '3' );
		expect( mockedFetch ).toHaveBeenLastCalledWith(
			expect.objectContaining( {
				path: '/storedesk/v1/reports/help?days=30',
			} )
		);
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Period' } ),
			'7'
		);
		expect( mockedFetch ).toHaveBeenLastCalledWith(
			expect.objectContaining( {
				path: '/storedesk/v1/reports/help?days=7',
			} )
		);
	} );

	it( 'says why when the report is refused', async () => {
		mockedFetch.mockRejectedValue( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
		} );
		render( <ReportsScreen /> );
		// The notice, not its announcement to screen readers.
		expect(
			await screen.findByText( 'Sorry, you are not allowed to do that.', {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
	} );
} );
