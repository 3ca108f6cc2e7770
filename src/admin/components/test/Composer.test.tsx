/**
 * The composer formats text into clean HTML, sends replies and notes with
 * or without a status, suggests agents to mention in notes, and never
 * loses the agent's text: not on an error, not on a 409, not when the
 * screen goes away.
 */
import apiFetch from '@wordpress/api-fetch';
import { dateI18n, getSettings } from '@wordpress/date';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ReplyOption } from '../../api/types';
import { message } from '../../test-utils/fixtures';
import { Composer } from '../Composer';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const AGENTS = [
	{
		id: 11,
		name: 'Ana Agent',
		login: 'ana',
		email: 'a@x.test',
		avatar: '',
		roles: [],
		teams: [],
	},
	{
		id: 12,
		name: 'Bo Baker',
		login: 'bo.baker',
		email: 'b@x.test',
		avatar: '',
		roles: [],
		teams: [],
	},
];

type Options = {
	path?: string;
	method?: string;
	data?: Record< string, unknown >;
};

/**
 * Answers the requests a send makes; `post` decides the POST's outcome.
 *
 * @param post What the POST of a message does.
 */
function serve( post: ( o: Options ) => Promise< unknown > ) {
	mockedFetch.mockImplementation( ( ( o: Options ) => {
		if ( o.path === '/storedesk/v1/agents' ) {
			return Promise.resolve( AGENTS );
		}
		if ( o.method === 'POST' ) {
			return post( o );
		}
		if ( o.path?.includes( '/messages?' ) ) {
			return Promise.resolve( {
				json: async () => [],
				headers: new Headers( { 'X-WP-Total': '0' } ),
			} );
		}
		return Promise.resolve( { id: 5 } );
	} ) as unknown as typeof apiFetch );
}

const posted = () =>
	mockedFetch.mock.calls
		.map( ( [ o ] ) => o as Options )
		.filter( ( o ) => o.method === 'POST' );

const box = ( name = 'Reply to the customer' ) =>
	screen.getByRole( 'textbox', { name } );

/**
 * Selects part of the text of the editor's first text node.
 *
 * @param el   Editor.
 * @param text Text to select.
 */
function selectText( el: HTMLElement, text: string ) {
	const walker = document.createTreeWalker( el, NodeFilter.SHOW_TEXT );
	while ( walker.nextNode() ) {
		const node = walker.currentNode as Text;
		const at = node.data.indexOf( text );
		if ( at >= 0 ) {
			const range = document.createRange();
			range.setStart( node, at );
			range.setEnd( node, at + text.length );
			const sel = document.getSelection() as Selection;
			sel.removeAllRanges();
			sel.addRange( range );
			return;
		}
	}
	throw new Error( `"${ text }" is not in the editor` );
}

/** Uploads succeed except SVGs; a message POST answers message 100. */
function serveUploads() {
	mockedFetch.mockImplementation( ( ( o: Options & { body?: FormData } ) => {
		if ( o.path === '/storedesk/v1/attachments' ) {
			const file = o.body?.get( 'file' ) as File;
			return file.name.endsWith( '.svg' )
				? Promise.reject( {
						code: 'storedesk_attachment_type',
						message: 'This type of file cannot be attached.',
					} )
				: Promise.resolve( {
						id: 41,
						ticket_id: 22,
						message_id: null,
						name: file.name,
						mime: 'image/png',
						size: file.size,
						url: 'u',
						created_at: '',
					} );
		}
		if ( o.method === 'POST' ) {
			return Promise.resolve( message( 100 ) );
		}
		return Promise.resolve( {
			json: async () => [],
			headers: new Headers( { 'X-WP-Total': '0' } ),
		} );
	} ) as unknown as typeof apiFetch );
}

describe( 'Composer', () => {
	beforeEach( () => window.sessionStorage.clear() );
	afterEach( () => mockedFetch.mockReset() );

	it( 'sends a reply and resolves the ticket in one go', async () => {
		serve( async () => message( 91 ) );
		render( <Composer ticketId={ 5 } /> );
		await userEvent.type( box(), 'Your parcel ships today & is insured.' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Send and resolve' } )
		);
		await waitFor( () => expect( box() ).toHaveTextContent( '' ) );
		expect( posted()[ 0 ] ).toEqual( {
			path: '/storedesk/v1/tickets/5/messages',
			method: 'POST',
			data: {
				kind: 'reply',
				body: '<p>Your parcel ships today &amp; is insured.</p>',
				status: 'resolved',
				last_seen_message: 0,
			},
		} );
	} );

	it( 'sends and sets the ticket pending', async () => {
		serve( async () => message( 94 ) );
		render( <Composer ticketId={ 15 } /> );
		await userEvent.type( box(), 'Waiting for your photo.' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Send and set pending' } )
		);
		await waitFor( () => expect( posted() ).toHaveLength( 1 ) );
		expect( posted()[ 0 ].data ).toMatchObject( {
			status: 'pending',
			kind: 'reply',
		} );
	} );

	it( 'turns the toolbar and Ctrl+B, I, K into clean HTML', async () => {
		serve( async () => message( 95 ) );
		render( <Composer ticketId={ 16 } /> );
		const editor = box();
		await userEvent.type( editor, 'Hello world' );
		selectText( editor, 'world' );
		await userEvent.click( screen.getByRole( 'button', { name: 'Bold' } ) );
		expect(
			screen.getByRole( 'button', { name: 'Bold' } )
		).toHaveAttribute( 'aria-pressed', 'true' );
		selectText( editor, 'Hello' );
		await userEvent.keyboard( '{Control>}i{/Control}' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Numbered list' } )
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Send' } ) );
		await waitFor( () => expect( posted() ).toHaveLength( 1 ) );
		expect( posted()[ 0 ].data?.body ).toBe(
			'<ol><li><em>Hello</em> <strong>world</strong></li></ol>'
		);
	} );

	it( 'links the selection with Ctrl+K, bolds what is typed next, and makes bullets', async () => {
		serve( async () => message( 96 ) );
		render( <Composer ticketId={ 17 } /> );
		const editor = box();
		await userEvent.type( editor, 'See our guide' );
		selectText( editor, 'guide' );
		await userEvent.keyboard( '{Control>}k{/Control}' );
		const address = screen.getByRole( 'textbox', { name: 'Link address' } );
		await userEvent.type( address, 'shop.example/returns{Enter}' );
		expect(
			screen.queryByRole( 'textbox', { name: 'Link address' } )
		).not.toBeInTheDocument();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Bulleted list' } )
		);
		await userEvent.type( editor, ' now', { skipClick: true } );
		// A collapsed caret: bold applies to what comes next.
		await userEvent.click( screen.getByRole( 'button', { name: 'Bold' } ) );
		await userEvent.type( editor, '!', { skipClick: true } );
		await userEvent.click( screen.getByRole( 'button', { name: 'Send' } ) );
		await waitFor( () => expect( posted() ).toHaveLength( 1 ) );
		expect( posted()[ 0 ].data?.body ).toBe(
			'<ul><li>See our <a href="https://shop.example/returns">guide</a> now<strong>!</strong></li></ul>'
		);
	} );

	it( 'keeps the text when sending fails, and the draft when the screen goes away', async () => {
		serve( async () =>
			Promise.reject( {
				code: 'fetch_error',
				message: 'You are probably offline.',
			} )
		);
		const first = render( <Composer ticketId={ 18 } /> );
		await userEvent.type( box(), 'Refund approved.' );
		await userEvent.click( screen.getByRole( 'button', { name: 'Send' } ) );
		const errors = await screen.findAllByText( /You are probably offline/ );
		expect(
			errors.some( ( el ) => el.closest( '.components-notice.is-error' ) )
		).toBe( true );
		expect( box() ).toHaveTextContent( 'Refund approved.' );
		first.unmount();
		render( <Composer ticketId={ 18 } /> );
		expect( box() ).toHaveTextContent( 'Refund approved.' );
		expect( screen.getByRole( 'button', { name: 'Send' } ) ).toBeEnabled();
	} );

	it( 'on a 409 keeps the text, shows what the customer wrote, and sends anyway on request', async () => {
		let calls = 0;
		serve( async ( o ) => {
			calls++;
			if ( calls === 1 ) {
				throw {
					code: 'storedesk_newer_message',
					message: 'newer',
					data: {
						status: 409,
						messages: [
							message( 92, {
								kind: 'customer',
								body: '<p>Actually, please cancel it.</p>',
								author: {
									type: 'contact',
									id: 3,
									name: 'Nadia Florez',
									avatar: null,
								},
							} ),
						],
					},
				};
			}
			return message( 93, { body: String( o.data?.body ) } );
		} );
		render( <Composer ticketId={ 6 } /> );
		await userEvent.type( box(), 'Shipped!' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Send and resolve' } )
		);
		const warning = (
			await screen.findAllByText(
				/The customer wrote again while you were typing/
			)
		)
			.map( ( el ) => el.closest( '.components-notice' ) )
			.find( Boolean ) as HTMLElement;
		expect(
			within( warning ).getByText( 'Actually, please cancel it.' )
		).toBeInTheDocument();
		expect(
			within( warning ).getByText( 'Nadia Florez' )
		).toBeInTheDocument();
		expect( box() ).toHaveTextContent( 'Shipped!' );
		expect(
			JSON.parse(
				window.sessionStorage.getItem( 'storedesk-draft-6' ) ?? '{}'
			).html
		).toBe( '<p>Shipped!</p>' );
		await userEvent.click(
			within( warning ).getByRole( 'button', { name: 'Send anyway' } )
		);
		await waitFor( () => expect( posted() ).toHaveLength( 2 ) );
		expect( posted()[ 1 ].data ).toMatchObject( {
			body: '<p>Shipped!</p>',
			force: true,
			status: 'resolved',
		} );
		await waitFor( () => expect( box() ).toHaveTextContent( '' ) );
		expect(
			screen.queryByRole( 'button', { name: 'Send anyway' } )
		).not.toBeInTheDocument();
		expect(
			window.sessionStorage.getItem( 'storedesk-draft-6' )
		).toBeNull();
	} );

	it( 'suggests agents after @ in a note and inserts the chosen login', async () => {
		serve( async () => message( 97, { kind: 'note' } ) );
		render( <Composer ticketId={ 19 } /> );
		await userEvent.click( screen.getByRole( 'radio', { name: 'Note' } ) );
		expect(
			screen.queryByRole( 'button', { name: 'Send and resolve' } )
		).not.toBeInTheDocument();
		const editor = box( 'Internal note (only agents see it)' );
		await userEvent.type( editor, 'Ask @b' );
		const list = await screen.findByRole( 'listbox', {
			name: 'Agents to mention',
		} );
		expect(
			within( list )
				.getAllByRole( 'option' )
				.map( ( o ) => o.textContent )
		).toEqual( [ 'Bo Baker @bo.baker' ] );
		await userEvent.keyboard( '{Backspace}' );
		expect( within( list ).getAllByRole( 'option' ) ).toHaveLength( 2 );
		await userEvent.keyboard( '{ArrowDown}' );
		expect( editor ).toHaveAttribute(
			'aria-activedescendant',
			within( list ).getAllByRole( 'option' )[ 1 ].id
		);
		await userEvent.keyboard( '{Enter}' );
		expect( screen.queryByRole( 'listbox' ) ).not.toBeInTheDocument();
		await userEvent.type( editor, 'please', { skipClick: true } );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add note' } )
		);
		await waitFor( () => expect( posted() ).toHaveLength( 1 ) );
		expect( posted()[ 0 ].data ).toMatchObject( {
			kind: 'note',
			body: '<p>Ask <span data-mention="12">@bo.baker</span> please</p>',
		} );
	} );

	it( 'uploads chosen files at once, shows refusals, and sends the accepted ones', async () => {
		serveUploads();
		const { container } = render( <Composer ticketId={ 22 } /> );
		const input = container.querySelector(
			'input[type="file"]'
		) as HTMLInputElement;
		await userEvent.upload(
			input,
			[
				new File( [ 'png-bytes' ], 'crack.png', { type: 'image/png' } ),
				new File( [ '<svg/>' ], 'logo.svg', { type: 'image/svg+xml' } ),
			],
			{ applyAccept: false }
		);
		const list = await screen.findByRole( 'list', {
			name: 'Attached files',
		} );
		expect( within( list ).getByText( 'crack.png' ) ).toBeInTheDocument();
		expect( within( list ).getByText( '9 B' ) ).toBeInTheDocument();
		const refusals = screen.getAllByText(
			/logo\.svg was not attached: This type of file cannot be attached\./
		);
		expect(
			refusals.some( ( el ) =>
				el.closest( '.components-notice.is-error' )
			)
		).toBe( true );
		const upload = mockedFetch.mock.calls
			.map( ( [ o ] ) => o as Options & { body?: FormData } )
			.find( ( o ) => o.path === '/storedesk/v1/attachments' );
		expect( upload?.body?.get( 'ticket_id' ) ).toBe( '22' );
		await userEvent.type( box(), 'Photo attached.' );
		await userEvent.click( screen.getByRole( 'button', { name: 'Send' } ) );
		await waitFor( () =>
			expect(
				posted().filter( ( o ) => o.path?.endsWith( '/messages' ) )
			).toHaveLength( 1 )
		);
		expect(
			posted().find( ( o ) => o.path?.endsWith( '/messages' ) )?.data
		).toMatchObject( { attachments: [ 41 ] } );
		await waitFor( () =>
			expect(
				screen.queryByRole( 'list', { name: 'Attached files' } )
			).not.toBeInTheDocument()
		);
	} );

	it( 'sends a file alone, but not nothing', async () => {
		serveUploads();
		const { container } = render( <Composer ticketId={ 22 } /> );
		const send = screen.getByRole( 'button', { name: 'Send' } );
		expect( send ).toBeDisabled();
		await userEvent.upload(
			container.querySelector( 'input[type="file"]' ) as HTMLInputElement,
			new File( [ 'png-bytes' ], 'label.png', { type: 'image/png' } )
		);
		await screen.findByRole( 'list', { name: 'Attached files' } );
		expect( send ).toBeEnabled();
		await userEvent.click( send );
		await waitFor( () =>
			expect(
				posted().find( ( o ) => o.path?.endsWith( '/messages' ) )?.data
			).toMatchObject( { kind: 'reply', attachments: [ 41 ] } )
		);
	} );

	it( 'does not suggest mentions in replies', async () => {
		serve( async () => message( 98 ) );
		render( <Composer ticketId={ 20 } /> );
		await userEvent.type( box(), 'Thanks @b' );
		await act( async () => undefined );
		expect( screen.queryByRole( 'listbox' ) ).not.toBeInTheDocument();
	} );

	it( 'says where a reply goes, and that a customer without an address gets nothing', async () => {
		serve( async () => message( 99 ) );
		const { rerender } = render(
			<Composer
				ticketId={ 23 }
				replyVia={ {
					via: 'email',
					to: 'priya.sharma@example.in',
					reason: null,
				} }
			/>
		);
		expect( box() ).toHaveAccessibleDescription(
			'Reply by email to priya.sharma@example.in'
		);
		await userEvent.click( screen.getByRole( 'radio', { name: 'Note' } ) );
		expect(
			screen.queryByText( /Reply by email/ )
		).not.toBeInTheDocument();
		await userEvent.click( screen.getByRole( 'radio', { name: 'Reply' } ) );
		rerender(
			<Composer
				ticketId={ 23 }
				replyVia={ { via: null, to: null, reason: 'no_address' } }
			/>
		);
		expect( box() ).toHaveAccessibleDescription(
			/has no email address, so the reply is kept here and not sent/
		);
	} );

	describe( 'reply channel', () => {
		const EMAIL: ReplyOption = {
			via: 'email',
			to: 'priya.sharma@example.in',
			open: true,
			closes_at: null,
		};
		const SMS: ReplyOption = {
			via: 'sms',
			to: '+447700900123',
			open: true,
			closes_at: null,
		};
		const WHATSAPP: ReplyOption = {
			via: 'whatsapp',
			to: '+447700900123',
			open: true,
			closes_at: '2026-11-23T10:00:00Z',
		};
		const byEmail = {
			via: 'email',
			to: 'priya.sharma@example.in',
			reason: null,
		};
		const picker = () =>
			screen.queryByRole( 'combobox', { name: 'Reply by' } );

		it( 'shows no choice without options or with one open, and sends as before', async () => {
			serve( async () => message( 99 ) );
			const { rerender } = render(
				<Composer ticketId={ 30 } replyVia={ byEmail } />
			);
			expect( picker() ).not.toBeInTheDocument();
			rerender(
				<Composer
					ticketId={ 30 }
					channel="email"
					replyVia={ byEmail }
					replyOptions={ [
						EMAIL,
						{ ...SMS, open: false, closes_at: null },
					] }
				/>
			);
			expect( picker() ).not.toBeInTheDocument();
			expect( box() ).toHaveAccessibleDescription(
				'Reply by email to priya.sharma@example.in'
			);
			expect(
				screen.queryByText( /reply window/ )
			).not.toBeInTheDocument();
			await userEvent.type( box(), 'Hello' );
			await userEvent.click(
				screen.getByRole( 'button', { name: 'Send' } )
			);
			await waitFor( () => expect( posted() ).toHaveLength( 1 ) );
			expect( posted()[ 0 ].data ).toEqual( {
				kind: 'reply',
				body: '<p>Hello</p>',
				last_seen_message: 0,
			} );
		} );

		it( 'offers each open channel with its address, and sends by the one chosen', async () => {
			serve( async () => message( 99 ) );
			render(
				<Composer
					ticketId={ 31 }
					channel="email"
					replyVia={ byEmail }
					replyOptions={ [ EMAIL, SMS ] }
				/>
			);
			const select = picker() as HTMLSelectElement;
			expect(
				within( select )
					.getAllByRole( 'option' )
					.map( ( o ) => o.textContent )
			).toEqual( [
				'Email · priya.sharma@example.in',
				'SMS · +447700900123',
			] );
			expect( select ).toHaveValue( 'email' );
			expect( box() ).toHaveAccessibleDescription(
				'Reply by email to priya.sharma@example.in'
			);
			await userEvent.selectOptions( select, 'sms' );
			expect( select ).toHaveValue( 'sms' );
			expect( box() ).toHaveAccessibleDescription(
				'Reply by SMS to +447700900123'
			);
			await userEvent.type( box(), 'Your parcel is here.' );
			await userEvent.click(
				screen.getByRole( 'button', { name: 'Send' } )
			);
			await waitFor( () => expect( posted() ).toHaveLength( 1 ) );
			expect( posted()[ 0 ].data ).toEqual( {
				kind: 'reply',
				body: '<p>Your parcel is here.</p>',
				via: 'sms',
				last_seen_message: 0,
			} );
			// The choice holds for the next reply; a note goes nowhere.
			expect( picker() ).toHaveValue( 'sms' );
			await userEvent.click(
				screen.getByRole( 'radio', { name: 'Note' } )
			);
			expect( picker() ).not.toBeInTheDocument();
			const note = box( 'Internal note (only agents see it)' );
			await waitFor( () => expect( note ).toHaveTextContent( '' ) );
			await userEvent.type( note, 'Sent by text.' );
			await userEvent.click(
				screen.getByRole( 'button', { name: 'Add note' } )
			);
			await waitFor( () => expect( posted() ).toHaveLength( 2 ) );
			expect( posted()[ 1 ].data ).toMatchObject( {
				kind: 'note',
				body: '<p>Sent by text.</p>',
			} );
			expect( posted()[ 1 ].data ).not.toHaveProperty( 'via' );
		} );

		it( 'goes back to the default on another ticket', async () => {
			serve( async () => message( 99 ) );
			const { rerender } = render(
				<Composer
					ticketId={ 32 }
					channel="email"
					replyVia={ byEmail }
					replyOptions={ [ EMAIL, SMS ] }
				/>
			);
			await userEvent.selectOptions(
				picker() as HTMLSelectElement,
				'sms'
			);
			rerender(
				<Composer
					ticketId={ 33 }
					channel="sms"
					replyVia={ {
						via: 'sms',
						to: '+447700900999',
						reason: null,
					} }
					replyOptions={ [
						{ ...SMS, to: '+447700900999' },
						{ ...EMAIL, to: 'other@example.test' },
					] }
				/>
			);
			expect( picker() ).toHaveValue( 'sms' );
			rerender(
				<Composer
					ticketId={ 32 }
					channel="email"
					replyVia={ byEmail }
					replyOptions={ [ EMAIL, SMS ] }
				/>
			);
			expect( picker() ).toHaveValue( 'email' );
		} );

		it( 'does not offer the conversation’s channel once its window closed, and says when it closed', async () => {
			serve( async () => message( 99 ) );
			const closedAt = '2026-11-22T09:30:00Z';
			render(
				<Composer
					ticketId={ 34 }
					channel="whatsapp"
					replyVia={ {
						via: 'sms',
						to: '+447700900123',
						reason: null,
					} }
					replyOptions={ [
						{ ...WHATSAPP, open: false, closes_at: closedAt },
						SMS,
						EMAIL,
					] }
				/>
			);
			const select = picker() as HTMLSelectElement;
			expect(
				within( select )
					.getAllByRole( 'option' )
					.map( ( o ) => ( o as HTMLOptionElement ).value )
			).toEqual( [ 'sms', 'email' ] );
			expect( select ).toHaveValue( 'sms' );
			const line = `WhatsApp's reply window closed on ${ dateI18n(
				getSettings().formats.datetime,
				closedAt,
				undefined
			) }; it reopens when the customer writes again.`;
			expect( screen.getByText( line ) ).toBeInTheDocument();
			expect( box() ).toHaveAccessibleDescription(
				`Reply by SMS to +447700900123 ${ line }`
			);
		} );

		it( 'says when every channel the customer has is closed', async () => {
			serve( async () => message( 99 ) );
			render(
				<Composer
					ticketId={ 35 }
					channel="whatsapp"
					replyVia={ {
						via: null,
						to: null,
						reason: 'window_closed',
					} }
					replyOptions={ [
						{
							...WHATSAPP,
							open: false,
							closes_at: '2026-11-22T09:30:00Z',
						},
					] }
				/>
			);
			expect( picker() ).not.toBeInTheDocument();
			expect(
				screen.getByText(
					'The customer can only be reached on channels whose reply window has closed, so the reply is kept here and not sent. It can be sent once they write again.'
				)
			).toHaveClass( 'is-unsent' );
			expect(
				screen.getByText( /WhatsApp's reply window closed on/ )
			).toBeInTheDocument();
		} );

		it( 'shows the refusal of a channel that closed meanwhile, and keeps the text', async () => {
			serve( async () =>
				Promise.reject( {
					code: 'storedesk_reply_channel',
					message: 'That channel cannot take a reply now.',
					data: { status: 400 },
				} )
			);
			render(
				<Composer
					ticketId={ 36 }
					channel="whatsapp"
					replyVia={ {
						via: 'whatsapp',
						to: '+447700900123',
						reason: null,
					} }
					replyOptions={ [ WHATSAPP, EMAIL ] }
				/>
			);
			await userEvent.type( box(), 'On my way.' );
			await userEvent.click(
				screen.getByRole( 'button', { name: 'Send' } )
			);
			const errors = await screen.findAllByText(
				/That channel cannot take a reply now\./
			);
			expect(
				errors.some( ( el ) =>
					el.closest( '.components-notice.is-error' )
				)
			).toBe( true );
			expect( posted()[ 0 ].data ).toMatchObject( { via: 'whatsapp' } );
			expect( box() ).toHaveTextContent( 'On my way.' );
			// The options are read again, to show what is open now.
			await waitFor( () =>
				expect(
					mockedFetch.mock.calls.some(
						( [ o ] ) =>
							( o as Options ).path === '/storedesk/v1/tickets/36'
					)
				).toBe( true )
			);
		} );
	} );

	it( 'opens in the mode the route asks for, focused', async () => {
		serve( async () => message( 99 ) );
		render( <Composer ticketId={ 21 } mode="note" /> );
		expect( screen.getByRole( 'radio', { name: 'Note' } ) ).toBeChecked();
		expect( box( 'Internal note (only agents see it)' ) ).toHaveFocus();
	} );
} );
