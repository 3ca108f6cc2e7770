/**
 * Under a reply, "Create help article from this reply" for whoever may
 * write articles; never under a customer's message or for other agents.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen } from '@testing-library/react';

import { message } from '../../../test-utils/fixtures';
import { MessageItem } from '../MessageItem';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const me = ( writes: boolean ) =>
	mockedFetch.mockImplementation( ( ( { path }: { path: string } ) =>
		Promise.resolve(
			path === '/storedesk/v1/me'
				? {
						id: 3,
						name: 'Ana',
						capabilities: { edit_storedesk_articles: writes },
					}
				: []
		) ) as unknown as typeof apiFetch );

describe( 'MessageItem', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'links a reply to a new article made of it', async () => {
		me( true );
		render( <MessageItem message={ message( 41, { kind: 'reply' } ) } /> );
		expect(
			await screen.findByRole( 'link', {
				name: 'Create help article from this reply',
			} )
		).toHaveAttribute(
			'href',
			'post-new.php?post_type=storedesk_article&storedesk_from_message=41'
		);
	} );

	it( 'offers nothing under a customer message', async () => {
		me( true );
		render(
			<ul>
				<MessageItem message={ message( 42, { kind: 'customer' } ) } />
				<MessageItem message={ message( 43, { kind: 'reply' } ) } />
			</ul>
		);
		// Once the reply's link is there, the agent's rights are known.
		await screen.findByRole( 'link', { name: /Create help article/ } );
		expect(
			screen.getAllByRole( 'link', { name: /Create help article/ } )
		).toHaveLength( 1 );
		expect(
			screen.getByRole( 'link', { name: /Create help article/ } )
		).toHaveAttribute(
			'href',
			expect.stringContaining( 'storedesk_from_message=43' )
		);
	} );
} );
