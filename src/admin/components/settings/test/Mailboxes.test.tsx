/**
 * Mailboxes: a manager adds a support address with its IMAP settings,
 * tests them, edits them without retyping the password, asks for a check
 * and watches it finish, and removes a mailbox after saying yes. Each
 * mailbox says how its mail comes in and how the last fetch went.
 */
import apiFetch from '@wordpress/api-fetch';
import { dateI18n, getSettings } from '@wordpress/date';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { Mailboxes } from '../Mailboxes';
import type { LastFetch, Mailbox } from '../mailbox-types';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const NEVER: LastFetch = {
	fetched_at: null,
	count: 0,
	total: 0,
	waiting: 0,
	error: null,
	error_at: null,
	note: null,
	note_at: null,
};

const mailbox = ( extra: Partial< Mailbox > = {} ): Mailbox => ( {
	id: 'mb_0a1b2c3d',
	address: 'support@shop.test',
	name: 'Shop support',
	reply_tokens: true,
	imap: {
		host: 'imap.shop.test',
		port: 993,
		security: 'ssl',
		verify: true,
		auth: 'login',
		username: 'support@shop.test',
		folder: 'INBOX',
		after: 'seen',
		processed: '',
		batch: 50,
		timeout: 30,
	},
	password_set: true,
	last_fetch: NEVER,
	...extra,
} );

const when = ( date: string ) =>
	dateI18n( getSettings().formats.datetime, date, undefined );

type Call = { path: string; method?: string; data?: Record< string, unknown > };
type Answer = ( data: Record< string, unknown > ) => Promise< unknown >;

/**
 * Answers each "METHOD /path" (below /storedesk/v1) with its handler;
 * anything else is refused.
 *
 * @param answers Handlers by method and path.
 */
const serve = ( answers: Record< string, Answer > ) =>
	mockedFetch.mockImplementation( ( ( c: Call ) => {
		const key = `${ c.method ?? 'GET' } ${ c.path.replace(
			'/storedesk/v1',
			''
		) }`;
		return answers[ key ]
			? answers[ key ]( c.data ?? {} )
			: Promise.reject( new Error( `unexpected ${ key }` ) );
	} ) as typeof apiFetch );

const ok =
	( value: unknown ): Answer =>
	() =>
		Promise.resolve( value );
const refuse =
	( code: string, message: string, status = 400 ): Answer =>
	() =>
		Promise.reject( { code, message, data: { status } } );
const sent = ( method: string, path?: string ) =>
	mockedFetch.mock.calls
		.map( ( [ c ] ) => c as Call )
		.filter(
			( c ) =>
				( c.method ?? 'GET' ) === method &&
				( ! path || c.path === `/storedesk/v1${ path }` )
		);

const panel = () => screen.getByRole( 'region', { name: 'Email mailboxes' } );
const rowOf = async ( address: string ) =>
	( await within( panel() ).findByRole( 'heading', { name: address } ) )
		.parentElement as HTMLElement;
const form = ( name = 'New mailbox' ) => screen.getByRole( 'form', { name } );

/**
 * Fills in the fields a new IMAP mailbox needs.
 *
 * @param user A user-event instance.
 */
async function fillIn( user: ReturnType< typeof userEvent.setup > ) {
	await user.type(
		screen.getByRole( 'textbox', { name: 'Support address' } ),
		'help@shop.test'
	);
	await user.type(
		screen.getByRole( 'textbox', { name: 'Sender name' } ),
		'Shop help'
	);
	await user.type(
		screen.getByRole( 'textbox', { name: 'IMAP server' } ),
		'imap.shop.test'
	);
	await user.type(
		screen.getByRole( 'textbox', { name: 'User name' } ),
		'help@shop.test'
	);
}

describe( 'Mailboxes', () => {
	afterEach( () => {
		mockedFetch.mockReset();
		jest.useRealTimers();
	} );

	it( 'starts empty, and adds a mailbox with its IMAP settings and password', async () => {
		const user = userEvent.setup();
		serve( {
			'GET /mailboxes': ok( [] ),
			'POST /mailboxes': ( data ) =>
				Promise.resolve( {
					...mailbox(),
					id: 'mb_11111111',
					address: data.address,
					name: data.name,
				} ),
		} );
		render( <Mailboxes /> );
		expect(
			await within( panel() ).findByText(
				'No mailbox yet. Add the address your customers write to.'
			)
		).toBeVisible();
		await user.click(
			within( panel() ).getByRole( 'button', { name: 'Add mailbox' } )
		);
		expect( form() ).toBeVisible();
		expect(
			screen.queryByRole( 'button', { name: 'Add mailbox' } )
		).not.toBeInTheDocument();
		// What a new mailbox starts with.
		expect(
			screen.getByRole( 'checkbox', {
				name: 'Send replies to a reply address (support+ticket@…)',
			} )
		).toBeChecked();
		expect(
			screen.getByRole( 'textbox', { name: 'Sender name' } )
		).toHaveAccessibleDescription( "Leave blank to use the site's name." );
		expect(
			screen.getByRole( 'checkbox', { name: 'Fetch mail over IMAP' } )
		).toBeChecked();
		expect(
			screen.getByRole( 'textbox', { name: 'IMAP server' } )
		).toHaveAttribute( 'placeholder', 'imap.example.com' );
		expect(
			screen.getByRole( 'combobox', { name: 'Security' } )
		).toHaveDisplayValue( 'SSL/TLS' );
		expect(
			screen.getByRole( 'spinbutton', { name: 'Port' } )
		).toHaveValue( 993 );
		expect(
			screen.getByRole( 'checkbox', {
				name: "Check the server's certificate",
			} )
		).toBeChecked();
		expect(
			screen.getByRole( 'combobox', { name: 'Log in with' } )
		).toHaveDisplayValue( 'Password' );
		expect( screen.getByLabelText( 'Password' ) ).toHaveAttribute(
			'type',
			'password'
		);
		expect(
			screen.getByLabelText( 'Password' )
		).not.toHaveAccessibleDescription();
		expect( screen.getByRole( 'textbox', { name: 'Folder' } ) ).toHaveValue(
			'INBOX'
		);
		expect(
			screen.getByRole( 'combobox', {
				name: 'After a message becomes a conversation',
			} )
		).toHaveDisplayValue( 'Mark it as read' );
		expect(
			screen.getByRole( 'spinbutton', { name: 'Messages per run' } )
		).toHaveValue( 50 );

		await fillIn( user );
		await user.type( screen.getByLabelText( 'Password' ), 'hunter2' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save mailbox' } )
		);

		expect( sent( 'POST', '/mailboxes' ) ).toHaveLength( 1 );
		expect( sent( 'POST', '/mailboxes' )[ 0 ].data ).toEqual( {
			address: 'help@shop.test',
			name: 'Shop help',
			reply_tokens: true,
			imap: {
				host: 'imap.shop.test',
				port: 993,
				security: 'ssl',
				verify: true,
				auth: 'login',
				username: 'help@shop.test',
				folder: 'INBOX',
				after: 'seen',
				processed: '',
				batch: 50,
				timeout: 30,
			},
			password: 'hunter2',
		} );
		const row = await rowOf( 'help@shop.test' );
		expect(
			within( row ).getByText( 'Sender name: Shop help' )
		).toBeVisible();
		expect(
			within( row ).getByText( 'IMAP: imap.shop.test (SSL/TLS)' )
		).toBeVisible();
		expect( within( row ).getByText( 'Not checked yet' ) ).toBeVisible();
		expect(
			screen.queryByRole( 'form', { name: 'New mailbox' } )
		).not.toBeInTheDocument();
		expect( within( panel() ).getByText( 'Mailbox saved.' ) ).toBeVisible();
		expect(
			within( panel() ).queryByText( /No mailbox yet/ )
		).not.toBeInTheDocument();
	} );

	it( 'adds a mailbox without IMAP: no IMAP settings and no password sent', async () => {
		const user = userEvent.setup();
		serve( {
			'GET /mailboxes': ok( [] ),
			'POST /mailboxes': ( data ) =>
				Promise.resolve( {
					...mailbox( { imap: null, password_set: false } ),
					...data,
				} ),
		} );
		render( <Mailboxes /> );
		await user.click(
			await screen.findByRole( 'button', { name: 'Add mailbox' } )
		);
		await user.type(
			screen.getByRole( 'textbox', { name: 'Support address' } ),
			'orders@shop.test'
		);
		await user.click(
			screen.getByRole( 'checkbox', {
				name: 'Send replies to a reply address (support+ticket@…)',
			} )
		);
		await user.click(
			screen.getByRole( 'checkbox', { name: 'Fetch mail over IMAP' } )
		);
		expect(
			screen.queryByRole( 'textbox', { name: 'IMAP server' } )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Test connection' } )
		).not.toBeInTheDocument();
		await user.click(
			screen.getByRole( 'button', { name: 'Save mailbox' } )
		);
		expect( sent( 'POST', '/mailboxes' )[ 0 ].data ).toEqual( {
			address: 'orders@shop.test',
			name: '',
			reply_tokens: false,
			imap: null,
		} );
		const row = await rowOf( 'orders@shop.test' );
		expect(
			within( row ).getByText(
				"No IMAP: mail comes by a pipe or a provider's webhook"
			)
		).toBeVisible();
		expect(
			within( row ).queryByRole( 'button', {
				name: 'Check for new mail',
			} )
		).not.toBeInTheDocument();
		expect(
			within( row ).queryByText( 'Not checked yet' )
		).not.toBeInTheDocument();
	} );

	it( 'sets the port from the security until one is typed, and follows the login and the folder choice', async () => {
		const user = userEvent.setup();
		serve( { 'GET /mailboxes': ok( [] ) } );
		render( <Mailboxes /> );
		await user.click(
			await screen.findByRole( 'button', { name: 'Add mailbox' } )
		);
		const security = screen.getByRole( 'combobox', { name: 'Security' } );
		const port = screen.getByRole( 'spinbutton', { name: 'Port' } );
		await user.selectOptions( security, 'STARTTLS' );
		expect( port ).toHaveValue( 143 );
		await user.selectOptions( security, 'None' );
		expect( port ).toHaveValue( 143 );
		expect( security ).toHaveAccessibleDescription(
			'The password and the mail cross the network unencrypted.'
		);
		await user.selectOptions( security, 'SSL/TLS' );
		expect( port ).toHaveValue( 993 );
		await user.clear( port );
		await user.type( port, '1993' );
		await user.selectOptions( security, 'STARTTLS' );
		expect( port ).toHaveValue( 1993 );

		await user.selectOptions(
			screen.getByRole( 'combobox', { name: 'Log in with' } ),
			'OAuth access token (XOAUTH2)'
		);
		expect( screen.getByLabelText( 'Access token' ) ).toHaveAttribute(
			'type',
			'password'
		);
		expect( screen.queryByLabelText( 'Password' ) ).not.toBeInTheDocument();

		expect(
			screen.queryByRole( 'textbox', { name: 'Move to folder' } )
		).not.toBeInTheDocument();
		await user.selectOptions(
			screen.getByRole( 'combobox', {
				name: 'After a message becomes a conversation',
			} ),
			'Move it to a folder'
		);
		expect(
			screen.getByRole( 'textbox', { name: 'Move to folder' } )
		).toBeVisible();
		await user.click( screen.getByRole( 'button', { name: 'Cancel' } ) );
		expect(
			screen.queryByRole( 'form', { name: 'New mailbox' } )
		).not.toBeInTheDocument();
		expect( sent( 'POST' ) ).toHaveLength( 0 );
	} );

	it( 'says a refusal beside its field, keeps what was typed, and shows other refusals on top', async () => {
		const user = userEvent.setup();
		let answer = refuse(
			'storedesk_mailbox_host',
			'Enter the IMAP server name, such as imap.example.com.'
		);
		serve( {
			'GET /mailboxes': ok( [ mailbox() ] ),
			'POST /mailboxes': ( data ) => answer( data ),
		} );
		render( <Mailboxes /> );
		await user.click(
			await screen.findByRole( 'button', { name: 'Add mailbox' } )
		);
		await fillIn( user );
		const host = screen.getByRole( 'textbox', { name: 'IMAP server' } );
		await user.clear( host );
		await user.type( host, 'imap shop' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save mailbox' } )
		);
		expect( host ).toHaveAccessibleDescription(
			'Enter the IMAP server name, such as imap.example.com.'
		);
		expect( host ).toHaveAttribute( 'aria-invalid', 'true' );
		expect( host ).toHaveFocus();
		expect( host ).toHaveValue( 'imap shop' );
		expect(
			screen.getByRole( 'textbox', { name: 'Support address' } )
		).toHaveValue( 'help@shop.test' );

		// Fixing the field clears its message.
		await user.clear( host );
		await user.type( host, 'imap.shop.test' );
		expect( host ).not.toHaveAccessibleDescription();

		answer = refuse(
			'storedesk_mailbox_address',
			'Another mailbox has this address.',
			409
		);
		await user.click(
			screen.getByRole( 'button', { name: 'Save mailbox' } )
		);
		const address = screen.getByRole( 'textbox', {
			name: 'Support address',
		} );
		expect( address ).toHaveAccessibleDescription(
			'Another mailbox has this address.'
		);
		expect( address ).toHaveFocus();

		answer = refuse( 'rest_cookie_invalid_nonce', 'Cookie check failed' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save mailbox' } )
		);
		expect(
			within( form() ).getByText( 'Cookie check failed' )
		).toBeVisible();
		expect( address ).not.toHaveAccessibleDescription();
		expect( sent( 'POST', '/mailboxes' ) ).toHaveLength( 3 );
		// The list is as it was.
		expect( await rowOf( 'support@shop.test' ) ).toBeVisible();
	} );

	it( 'tests the connection as typed and says what it found, or why it failed', async () => {
		const user = userEvent.setup();
		let answer: Answer = () => new Promise( () => {} );
		serve( {
			'GET /mailboxes': ok( [] ),
			'POST /mailboxes/test': ( data ) => answer( data ),
		} );
		render( <Mailboxes /> );
		await user.click(
			await screen.findByRole( 'button', { name: 'Add mailbox' } )
		);
		await fillIn( user );
		await user.type( screen.getByLabelText( 'Password' ), 'hunter2' );

		let resolve: ( value: unknown ) => void = () => {};
		answer = () => new Promise( ( r ) => ( resolve = r ) );
		const button = screen.getByRole( 'button', {
			name: 'Test connection',
		} );
		await user.click( button );
		expect( button ).toHaveAttribute( 'aria-disabled', 'true' );
		expect( sent( 'POST', '/mailboxes/test' )[ 0 ].data ).toMatchObject( {
			address: 'help@shop.test',
			imap: {
				host: 'imap.shop.test',
				port: 993,
				username: 'help@shop.test',
			},
			password: 'hunter2',
		} );
		expect(
			sent( 'POST', '/mailboxes/test' )[ 0 ].data
		).not.toHaveProperty( 'id' );
		await act( async () =>
			resolve( { ok: true, messages: 12, unread: 3 } )
		);
		expect(
			within( form() ).getByText(
				'Connected: 12 messages in INBOX, 3 unread.'
			)
		).toBeVisible();
		expect( button ).not.toHaveAttribute( 'aria-disabled' );

		// An edit makes the result stale.
		await user.type( screen.getByLabelText( 'Password' ), 'x' );
		expect(
			within( form() ).queryByText( /^Connected/ )
		).not.toBeInTheDocument();

		// A connection that fails is the test's answer (200), said in the server's words.
		answer = ok( {
			ok: false,
			error: 'Login refused by the mail server: [AUTHENTICATIONFAILED] Authentication failed.',
		} );
		await user.click( button );
		const failure = await within( form() ).findByText(
			'Login refused by the mail server: [AUTHENTICATIONFAILED] Authentication failed.'
		);
		expect( failure.closest( '.components-notice' ) ).toHaveClass(
			'is-error'
		);
		expect( sent( 'POST', '/mailboxes' ) ).toHaveLength( 0 );
	} );

	it( 'edits a saved mailbox without retyping its password', async () => {
		const user = userEvent.setup();
		serve( {
			'GET /mailboxes': ok( [ mailbox() ] ),
			'POST /mailboxes/test': ok( { ok: true, messages: 1, unread: 0 } ),
			'PUT /mailboxes/mb_0a1b2c3d': ( data ) =>
				Promise.resolve( { ...mailbox(), ...data } ),
		} );
		render( <Mailboxes /> );
		const row = await rowOf( 'support@shop.test' );
		await user.click(
			within( row ).getByRole( 'button', { name: 'Edit' } )
		);
		const edit = form( 'Edit mailbox' );
		expect(
			within( edit ).getByRole( 'textbox', { name: 'Support address' } )
		).toHaveValue( 'support@shop.test' );
		const password = within( edit ).getByLabelText( 'Password' );
		expect( password ).toHaveValue( '' );
		expect( password ).toHaveAccessibleDescription(
			'Saved. Leave blank to keep it.'
		);

		// The test uses the saved password: the mailbox's id goes with it.
		await user.click(
			within( edit ).getByRole( 'button', { name: 'Test connection' } )
		);
		expect(
			await within( edit ).findByText(
				'Connected: 1 message in INBOX, 0 unread.'
			)
		).toBeVisible();
		const tested = sent( 'POST', '/mailboxes/test' )[ 0 ].data;
		expect( tested ).toMatchObject( { id: 'mb_0a1b2c3d' } );
		expect( tested ).not.toHaveProperty( 'password' );

		const name = within( edit ).getByRole( 'textbox', {
			name: 'Sender name',
		} );
		await user.clear( name );
		await user.type( name, 'Help desk' );
		await user.click(
			within( edit ).getByRole( 'button', { name: 'Save mailbox' } )
		);
		expect( sent( 'PUT' ) ).toHaveLength( 1 );
		const body = sent( 'PUT' )[ 0 ].data;
		expect( body ).toMatchObject( {
			address: 'support@shop.test',
			name: 'Help desk',
			imap: mailbox().imap,
		} );
		expect( body ).not.toHaveProperty( 'password' );
		expect( sent( 'POST', '/mailboxes' ) ).toHaveLength( 0 );
		const saved = await rowOf( 'support@shop.test' );
		expect(
			within( saved ).getByText( 'Sender name: Help desk' )
		).toBeVisible();
		expect( within( panel() ).getAllByRole( 'listitem' ) ).toHaveLength(
			1
		);
	} );

	it( 'shows the last fetch: when, how many, what waits, its error and its note', async () => {
		serve( {
			'GET /mailboxes': ok( [
				mailbox( {
					last_fetch: {
						...NEVER,
						fetched_at: '2026-11-22T10:00:00+00:00',
						count: 50,
						total: 80,
						waiting: 120,
						note: 'A message was left unread in the mailbox: too big',
						note_at: '2026-11-22T09:58:00+00:00',
					},
				} ),
				mailbox( {
					id: 'mb_22222222',
					address: 'sales@shop.test',
					name: '',
					imap: {
						...mailbox().imap!,
						security: 'starttls',
						port: 143,
					},
					last_fetch: {
						...NEVER,
						error: 'Login refused by the mail server: [AUTHENTICATIONFAILED] Authentication failed.',
						error_at: '2026-11-22T10:04:00+00:00',
					},
				} ),
			] ),
		} );
		render( <Mailboxes /> );
		const first = await rowOf( 'support@shop.test' );
		expect(
			within( first ).getByText(
				`Last checked ${ when(
					'2026-11-22T10:00:00+00:00'
				) }: 50 new messages`
			)
		).toBeVisible();
		expect( within( first ).getByText( '120 more waiting' ) ).toBeVisible();
		const note = within( first ).getByText(
			`${ when(
				'2026-11-22T09:58:00+00:00'
			) }: A message was left unread in the mailbox: too big`
		);
		expect( note.closest( '.components-notice' ) ).toHaveClass(
			'is-warning'
		);
		expect(
			within( first ).queryByText( /Could not fetch mail/ )
		).not.toBeInTheDocument();

		const second = await rowOf( 'sales@shop.test' );
		expect(
			within( second ).getByText( 'IMAP: imap.shop.test (STARTTLS)' )
		).toBeVisible();
		expect( within( second ).getByText( 'Not checked yet' ) ).toBeVisible();
		expect(
			within( second ).queryByText( /Sender name/ )
		).not.toBeInTheDocument();
		const error = within( second ).getByText(
			`Could not fetch mail (${ when(
				'2026-11-22T10:04:00+00:00'
			) }): Login refused by the mail server: [AUTHENTICATIONFAILED] Authentication failed.`
		);
		const notice = error.closest( '.components-notice' ) as HTMLElement;
		expect( notice ).toHaveClass( 'is-error' );
		expect(
			within( notice ).queryByRole( 'button', { name: 'Close' } )
		).not.toBeInTheDocument();
	} );

	it( 'asks for a check, says it is checking, and shows what the fetch brought', async () => {
		jest.useFakeTimers();
		const user = userEvent.setup( {
			advanceTimers: jest.advanceTimersByTime,
		} );
		const before = mailbox();
		const after = mailbox( {
			last_fetch: {
				...NEVER,
				fetched_at: '2026-11-22T10:02:00+00:00',
				count: 3,
				total: 3,
			},
		} );
		let gets = 0;
		serve( {
			// The fetch has run by the second look.
			'GET /mailboxes': () =>
				Promise.resolve( ++gets > 2 ? [ after ] : [ before ] ),
			'POST /mailboxes/mb_0a1b2c3d/fetch': ok( { queued: true } ),
		} );
		render( <Mailboxes /> );
		const row = await rowOf( 'support@shop.test' );
		await user.click(
			within( row ).getByRole( 'button', { name: 'Check for new mail' } )
		);
		expect( sent( 'POST', '/mailboxes/mb_0a1b2c3d/fetch' ) ).toHaveLength(
			1
		);
		expect(
			within( row ).getByRole( 'button', { name: 'Checking…' } )
		).toHaveAttribute( 'aria-disabled', 'true' );

		await act( async () => jest.advanceTimersByTime( 2000 ) );
		expect( gets ).toBe( 2 );
		expect( within( row ).getByText( 'Not checked yet' ) ).toBeVisible();
		expect(
			within( row ).getByRole( 'button', { name: 'Checking…' } )
		).toBeVisible();

		await act( async () => jest.advanceTimersByTime( 2000 ) );
		expect( gets ).toBe( 3 );
		expect(
			within( row ).getByText(
				`Last checked ${ when(
					'2026-11-22T10:02:00+00:00'
				) }: 3 new messages`
			)
		).toBeVisible();
		expect(
			within( row ).getByRole( 'button', { name: 'Check for new mail' } )
		).not.toHaveAttribute( 'aria-disabled' );

		// No more looks once the fetch is seen.
		await act( async () => jest.advanceTimersByTime( 10000 ) );
		expect( gets ).toBe( 3 );
	} );

	it( 'stops looking after 30 seconds and says the check goes on', async () => {
		jest.useFakeTimers();
		const user = userEvent.setup( {
			advanceTimers: jest.advanceTimersByTime,
		} );
		serve( {
			'GET /mailboxes': ok( [ mailbox() ] ),
			'POST /mailboxes/mb_0a1b2c3d/fetch': ok( { queued: true } ),
		} );
		render( <Mailboxes /> );
		const row = await rowOf( 'support@shop.test' );
		await user.click(
			within( row ).getByRole( 'button', { name: 'Check for new mail' } )
		);
		for ( let i = 0; i < 15; i++ ) {
			await act( async () => jest.advanceTimersByTime( 2000 ) );
		}
		expect( sent( 'GET' ) ).toHaveLength( 16 );
		expect( within( row ).getByRole( 'alert' ) ).toHaveTextContent(
			'The check has not finished yet; it goes on in the background. Look again in a minute.'
		);
		expect(
			within( row ).getByRole( 'button', { name: 'Check for new mail' } )
		).not.toHaveAttribute( 'aria-disabled' );
		await act( async () => jest.advanceTimersByTime( 10000 ) );
		expect( sent( 'GET' ) ).toHaveLength( 16 );
	} );

	it( 'removes a mailbox only after the question is answered yes', async () => {
		const user = userEvent.setup();
		serve( {
			'GET /mailboxes': ok( [ mailbox() ] ),
			'DELETE /mailboxes/mb_0a1b2c3d': ok( { deleted: true } ),
		} );
		render( <Mailboxes /> );
		const row = await rowOf( 'support@shop.test' );
		await user.click(
			within( row ).getByRole( 'button', { name: 'Remove' } )
		);
		expect(
			within( row ).getByText(
				'Remove support@shop.test? Mail already received stays.'
			)
		).toBeVisible();
		expect(
			within( row ).getByRole( 'button', { name: 'Cancel' } )
		).toHaveFocus();
		await user.click(
			within( row ).getByRole( 'button', { name: 'Cancel' } )
		);
		expect( sent( 'DELETE' ) ).toHaveLength( 0 );
		expect(
			within( row ).queryByText( /Mail already received stays/ )
		).not.toBeInTheDocument();
		expect(
			within( row ).getByRole( 'button', { name: 'Remove' } )
		).toHaveFocus();

		await user.click(
			within( row ).getByRole( 'button', { name: 'Remove' } )
		);
		await user.click(
			within( row ).getByRole( 'button', { name: 'Remove' } )
		);
		expect( sent( 'DELETE' ) ).toEqual( [
			{ path: '/storedesk/v1/mailboxes/mb_0a1b2c3d', method: 'DELETE' },
		] );
		expect(
			await within( panel() ).findByText(
				'No mailbox yet. Add the address your customers write to.'
			)
		).toBeVisible();
		expect(
			within( panel() ).getByText( 'Mailbox removed.' )
		).toBeVisible();
	} );

	it( 'shows why the list could not be loaded, not an empty list', async () => {
		serve( {
			'GET /mailboxes': refuse(
				'rest_forbidden',
				'Sorry, you are not allowed to do that.',
				403
			),
		} );
		render( <Mailboxes /> );
		expect(
			await within( panel() ).findByText(
				'Could not load the mailboxes: Sorry, you are not allowed to do that.'
			)
		).toBeVisible();
		expect( within( panel() ).queryByText( /No mailbox yet/ ) ).toBeNull();
		expect(
			within( panel() ).queryByRole( 'button', { name: 'Add mailbox' } )
		).toBeNull();
	} );
} );
