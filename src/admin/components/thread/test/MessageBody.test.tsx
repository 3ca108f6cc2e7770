/**
 * An email's body: its HTML shown, remote images held back until the agent
 * asks; files the rules refused named under it.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { message } from '../../../test-utils/fixtures';
import { MessageBody } from '../MessageBody';
import { MessageItem } from '../MessageItem';

describe( 'MessageBody', () => {
	it( 'holds remote images back until the agent asks for them', async () => {
		const { container } = render(
			<MessageBody
				message={ message( 5, {
					format: 'email',
					body: '<p>Broken <b>lamp</b></p><img alt="tracker" data-storedesk-remote-src="https://tracker.example/p.gif">',
				} ) }
			/>
		);
		expect( screen.getByText( 'lamp' ) ).toBeVisible();
		expect( container.querySelector( 'img' ) ).not.toHaveAttribute( 'src' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Show images' } )
		);
		expect( container.querySelector( 'img' ) ).toHaveAttribute(
			'src',
			'https://tracker.example/p.gif'
		);
		expect(
			screen.queryByRole( 'button', { name: 'Show images' } )
		).not.toBeInTheDocument();
	} );

	it( 'offers nothing when an email holds no remote image, and keeps text as text', () => {
		render(
			<>
				<MessageBody
					message={ message( 6, {
						format: 'email',
						body: '<p>Just words</p>',
					} ) }
				/>
				<MessageBody
					message={ message( 7, {
						format: 'text',
						body: '<b>not bold</b>',
					} ) }
				/>
			</>
		);
		expect( screen.getByText( 'Just words' ) ).toBeVisible();
		expect( screen.getByText( '<b>not bold</b>' ) ).toBeVisible();
		expect(
			screen.queryByRole( 'button', { name: 'Show images' } )
		).not.toBeInTheDocument();
	} );

	it( 'names the files the rules did not keep', () => {
		render(
			<ul>
				<MessageItem
					message={ message( 8, {
						meta: {
							refused_files: [
								{
									name: 'setup.exe',
									size: 2048,
									reason: 'This type of file is not allowed.',
								},
							],
						},
					} ) }
				/>
			</ul>
		);
		expect(
			screen.getByRole( 'list', { name: 'Files not kept' } )
		).toHaveTextContent(
			'Not kept: setup.exe (2 KB). This type of file is not allowed.'
		);
	} );

	it( "folds an email's quoted history until the agent opens it", async () => {
		const { container } = render(
			<MessageBody
				message={ message( 9, {
					format: 'email',
					body: '<div>Yes please.</div><div data-storedesk-quote=""><blockquote>Old text</blockquote></div>',
				} ) }
			/>
		);
		const toggle = screen.getByRole( 'button', {
			name: 'Show quoted text',
		} );
		expect( toggle ).toHaveAttribute( 'aria-expanded', 'false' );
		expect( container.querySelector( '.is-quote-shown' ) ).toBeNull();
		await userEvent.click( toggle );
		expect(
			container.querySelector( '.is-quote-shown' )
		).toHaveTextContent( 'Old text' );
		expect(
			screen.getByRole( 'button', { name: 'Hide quoted text' } )
		).toHaveAttribute( 'aria-expanded', 'true' );
	} );

	it( 'cuts a plain-text email at its quote, by characters', async () => {
		// An emoji is one character for PHP and two UTF-16 units for JavaScript.
		const body = 'Evet 👍 gönderin.\n\nOn Sun Storedesk wrote:\n> Old text';
		render(
			<MessageBody
				message={ message( 10, {
					format: 'text',
					body,
					meta: {
						quote_at: Array.from( 'Evet 👍 gönderin.\n\n' ).length,
					},
				} ) }
			/>
		);
		expect( screen.getByText( 'Evet 👍 gönderin.' ) ).toBeVisible();
		expect( screen.queryByText( /Old text/ ) ).not.toBeInTheDocument();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Show quoted text' } )
		);
		expect( screen.getByText( /> Old text/ ) ).toBeVisible();
	} );
} );
