/**
 * The thread shows who wrote what through which channel and when, sets
 * notes apart, lists files, keeps events small and loads older messages.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { message } from '../../test-utils/fixtures';
import { Thread } from '../Thread';

const customer = {
	type: 'contact' as const,
	id: 4,
	name: 'Nadia Florez',
	avatar: null,
};

describe( 'Thread', () => {
	it( 'shows author, channel, relative time with the exact one, and the body', () => {
		render(
			<Thread
				messages={ [
					message( 1, {
						kind: 'customer',
						channel: 'whatsapp',
						author: customer,
						body: '<p>Where is my <strong>scarf</strong>?</p>',
						created_at: new Date(
							Date.now() - 5 * 60_000
						).toISOString(),
					} ),
				] }
			/>
		);
		const item = screen.getByRole( 'article', {
			name: 'Customer from Nadia Florez',
		} );
		expect( within( item ).getByText( 'WhatsApp' ) ).toBeInTheDocument();
		expect( within( item ).getByText( 'scarf' ).tagName ).toBe( 'STRONG' );
		const time = item.querySelector( 'time' ) as HTMLElement;
		expect( time ).toHaveTextContent( '5 minutes ago' );
		expect( time.getAttribute( 'title' ) ).toMatch( /\d/ );
		expect( within( item ).getByText( 'NF' ) ).toBeInTheDocument();
	} );

	it( 'labels internal notes and sets them apart from replies', () => {
		render(
			<Thread
				messages={ [
					message( 2, { kind: 'reply', channel: 'email' } ),
					message( 3, { kind: 'note', body: '<p>Batch 42</p>' } ),
				] }
			/>
		);
		const note = screen.getByRole( 'article', {
			name: 'Internal note from Ana Agent',
		} );
		expect(
			within( note ).getByText( /only agents see it/ )
		).toBeInTheDocument();
		expect( note.closest( 'li' ) ).toHaveClass( 'is-note' );
		const reply = screen.getByRole( 'article', {
			name: 'Reply from Ana Agent',
		} );
		expect(
			within( reply ).getByText( 'Reply by Email' )
		).toBeInTheDocument();
		expect(
			within( reply ).queryByText( /only agents see it/ )
		).not.toBeInTheDocument();
	} );

	it( 'lists attachments with size, download link and image thumbnails', () => {
		render(
			<Thread
				messages={ [
					message( 4, {
						attachments: [
							{
								id: 7,
								name: 'label.pdf',
								mime: 'application/pdf',
								size: 2048,
								url: 'http://x.test/wp-json/storedesk/v1/attachments/7',
							},
							{
								id: 8,
								name: 'crack.png',
								mime: 'image/png',
								size: 3 * 1048576,
								url: 'http://x.test/wp-json/storedesk/v1/attachments/8',
							},
						],
					} ),
				] }
			/>
		);
		const files = screen.getByRole( 'list', { name: 'Attachments' } );
		const pdf = within( files ).getByRole( 'link', {
			name: 'Download label.pdf (2 KB)',
		} );
		expect( pdf ).toHaveAttribute(
			'href',
			'http://x.test/wp-json/storedesk/v1/attachments/7'
		);
		expect(
			within( files ).getByRole( 'link', {
				name: 'Download crack.png (3.0 MB)',
			} )
		).toBeInTheDocument();
		expect(
			within( files ).getByRole( 'img', { name: 'crack.png' } )
		).toHaveAttribute(
			'src',
			'http://x.test/wp-json/storedesk/v1/attachments/8'
		);
		expect( within( files ).getAllByRole( 'img' ) ).toHaveLength( 1 );
	} );

	it( 'never puts the REST nonce in a link: a copied link must not act for the agent', () => {
		const fetcher = apiFetch as unknown as {
			nonceMiddleware?: { nonce: string };
		};
		fetcher.nonceMiddleware = { nonce: 'n0nce42' };
		const signed =
			'http://x.test/wp-json/storedesk/v1/attachments/9?user=3&expires=1900000000&signature=abc';
		try {
			render(
				<Thread
					messages={ [
						message( 6, {
							attachments: [
								{
									id: 9,
									name: 'photo.jpg',
									mime: 'image/jpeg',
									size: 1024,
									url: signed,
								},
							],
						} ),
					] }
				/>
			);
		} finally {
			delete fetcher.nonceMiddleware;
		}
		const files = screen.getByRole( 'list', { name: 'Attachments' } );
		for ( const link of within( files ).getAllByRole( 'link' ) ) {
			expect( link ).toHaveAttribute( 'href', signed );
		}
		expect( within( files ).getByRole( 'img' ) ).toHaveAttribute(
			'src',
			signed
		);
	} );

	it( 'shows events inline and small, not as articles', () => {
		render(
			<Thread
				messages={ [
					message( 5, {
						kind: 'event',
						format: 'text',
						body: 'Status changed to resolved',
						author: {
							type: 'system',
							id: 0,
							name: 'Storedesk',
							avatar: null,
						},
					} ),
				] }
			/>
		);
		expect( screen.queryByRole( 'article' ) ).not.toBeInTheDocument();
		const event = screen
			.getByText( 'Status changed to resolved' )
			.closest( 'li' );
		expect( event ).toHaveClass( 'storedesk-event' );
	} );

	it( 'offers older messages only when there are some', async () => {
		const onLoadOlder = jest.fn();
		const { rerender } = render(
			<Thread
				messages={ [ message( 6 ) ] }
				hasOlder
				onLoadOlder={ onLoadOlder }
			/>
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Load older messages' } )
		);
		expect( onLoadOlder ).toHaveBeenCalledTimes( 1 );
		rerender(
			<Thread
				messages={ [ message( 6 ) ] }
				hasOlder={ false }
				onLoadOlder={ onLoadOlder }
			/>
		);
		expect(
			screen.queryByRole( 'button', { name: 'Load older messages' } )
		).not.toBeInTheDocument();
	} );
} );
