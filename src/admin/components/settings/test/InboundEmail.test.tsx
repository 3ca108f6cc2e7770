/**
 * Other ways email comes in: a manager makes the inbound key (sent once,
 * shown once, in every address that carries it), turns it off after
 * saying yes, copies the addresses for a mail server or provider, and
 * saves the Mailgun key, the SES topic and the never-spam list in one
 * request holding only what changed; a refusal is said beside its field.
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch } from '@wordpress/data';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { storefrontSettings } from '../../../test-utils/fixtures';
import { store } from '../../../store/settings';
import { restRoot } from '../InboundAddresses';
import { InboundEmail, problemsOf, toAllowlist } from '../InboundEmail';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const ROOT = 'https://shop.test/wp-json/';
const INBOUND = `${ ROOT }storedesk/v1/channels/email/`;
const ARN = 'arn:aws:sns:eu-west-1:123456789012:desk-inbound';

type Secrets = Record<
	string,
	{ section: string; label: string; set: boolean }
>;
type Saved = ReturnType< typeof storefrontSettings > & {
	channel_email: { allowlist: string[]; ses_topic_arn: string };
	secrets: Secrets;
};

/**
 * GET /settings as the server gives it.
 *
 * @param keySet     Whether the inbound key is set.
 * @param signingSet Whether the Mailgun signing key is set.
 */
const saved = ( keySet: boolean, signingSet = false ): Saved => ( {
	...storefrontSettings(),
	channel_email: {
		allowlist: [ 'vip@example.com', 'partner.example' ],
		ses_topic_arn: '',
	},
	secrets: {
		email_inbound_key: {
			section: 'channel_email',
			label: 'Inbound email key',
			set: keySet,
		},
		mailgun_signing_key: {
			section: 'channel_email',
			label: 'Mailgun webhook signing key',
			set: signingSet,
		},
	},
} );

type Body = {
	channel_email?: Partial< Saved[ 'channel_email' ] >;
	secrets?: Record< string, string | null >;
};
type Call = { path: string; method?: string; data?: Body };
const patches = () =>
	mockedFetch.mock.calls
		.map( ( [ c ] ) => c as Call )
		.filter( ( c ) => c.method === 'PATCH' )
		.map( ( c ) => c.data );

/**
 * Answers GET /settings with `start`, and each PATCH as the server would
 * (a channel's section merged, each secret sent set or unset), unless
 * `refuse` gives what it throws.
 *
 * @param start  The settings first read.
 * @param refuse What a PATCH throws, if it fails.
 */
function serve( start: Saved, refuse?: unknown ) {
	let now = start;
	mockedFetch.mockImplementation( ( ( c: Call ) => {
		if ( c.method !== 'PATCH' ) {
			return Promise.resolve( now );
		}
		if ( refuse ) {
			return Promise.reject( refuse );
		}
		const secrets = { ...now.secrets };
		for ( const [ name, value ] of Object.entries(
			c.data?.secrets ?? {}
		) ) {
			secrets[ name ] = { ...secrets[ name ], set: Boolean( value ) };
		}
		now = {
			...now,
			channel_email: { ...now.channel_email, ...c.data?.channel_email },
			secrets,
		};
		return Promise.resolve( now );
	} ) as typeof apiFetch );
}

const NOTICE = '.components-notice__content';
const address = ( name: string ) =>
	screen.getByRole( 'textbox', { name } ) as HTMLInputElement;

describe( 'InboundEmail', () => {
	let inline: HTMLScriptElement;
	beforeEach( () => {
		dispatch( store ).receive( undefined as never );
		dispatch( store ).invalidateResolutionForStore();
		// What WordPress prints after api-fetch (not run here: not JavaScript).
		inline = document.createElement( 'script' );
		inline.id = 'wp-api-fetch-js-after';
		inline.type = 'text/x-inline';
		inline.textContent = `wp.apiFetch.use( wp.apiFetch.createRootURLMiddleware( "${ ROOT }" ) );`;
		document.head.appendChild( inline );
	} );
	afterEach( () => {
		inline.remove();
		mockedFetch.mockReset();
	} );

	it( 'shows what is saved, and KEY in the addresses while the key is not known', async () => {
		serve( {
			...saved( true ),
			channel_email: {
				allowlist: [ 'vip@example.com', 'partner.example' ],
				ses_topic_arn: ARN,
			},
		} );
		render( <InboundEmail /> );
		const panel = await screen.findByRole( 'region', {
			name: 'Other ways email comes in',
		} );
		expect( within( panel ).getByText( 'Set' ) ).toBeInTheDocument();
		expect(
			within( panel ).getByRole( 'button', { name: 'Turn off' } )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'textbox', { name: 'SNS topic ARN' } )
		).toHaveValue( ARN );
		expect(
			screen.getByRole( 'textbox', { name: 'Never treat as spam' } )
		).toHaveValue( 'vip@example.com\npartner.example' );
		expect(
			screen.getByLabelText( 'Mailgun webhook signing key' )
		).toHaveAccessibleDescription(
			'Mailgun → Sending → Webhooks → HTTP webhook signing key.'
		);

		expect( address( 'Postmark inbound webhook' ) ).toHaveValue(
			`${ INBOUND }inbound/postmark?key=KEY`
		);
		expect( address( 'Postmark inbound webhook' ) ).toHaveAttribute(
			'readonly'
		);
		expect(
			address( 'SendGrid Inbound Parse' )
		).toHaveAccessibleDescription(
			expect.stringContaining(
				'Generate a new key to see the full address.'
			)
		);
		// An address without its key is not offered to copy.
		expect(
			screen.queryByRole( 'button', {
				name: 'Copy Postmark inbound webhook',
			} )
		).not.toBeInTheDocument();
		expect( address( 'Mailgun route (forward to)' ) ).toHaveValue(
			`${ INBOUND }inbound/mailgun/mime`
		);
		expect( address( 'Amazon SES (SNS HTTPS subscription)' ) ).toHaveValue(
			`${ INBOUND }inbound/ses`
		);
		expect(
			screen.getByText(
				'"|/usr/bin/php /path/to/wp-content/plugins/storedesk/php/Channels/Email/pipe.php"'
			)
		).toBeInTheDocument();
		expect( patches() ).toHaveLength( 0 );
	} );

	it( 'makes a key in the browser, sends it once and shows the addresses with it', async () => {
		serve( saved( false ) );
		render( <InboundEmail /> );
		expect(
			await screen.findByText( 'Not set: these addresses take no mail' )
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Turn off' } )
		).not.toBeInTheDocument();

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Generate a new key' } )
		);
		await screen.findByText( 'Set' );
		expect( patches() ).toHaveLength( 1 );
		const sent = patches()[ 0 ];
		expect( Object.keys( sent ?? {} ) ).toEqual( [ 'secrets' ] );
		const key = sent?.secrets?.email_inbound_key as string;
		expect( key ).toMatch( /^[A-Za-z0-9_-]{32,}$/ );

		expect( address( 'New inbound key' ) ).toHaveValue( key );
		expect( address( 'Mail server pipe (curl)' ) ).toHaveValue(
			`| curl -s --data-binary @- -H 'Content-Type: message/rfc822' '${ INBOUND }webhook?key=${ key }'`
		);
		expect( address( 'Postmark inbound webhook' ) ).toHaveValue(
			`${ INBOUND }inbound/postmark?key=${ key }`
		);
		expect( address( 'SendGrid Inbound Parse' ) ).toHaveValue(
			`${ INBOUND }inbound/sendgrid?key=${ key }`
		);
		expect(
			screen.getByRole( 'button', {
				name: 'Copy Postmark inbound webhook',
			} )
		).toBeInTheDocument();
		expect(
			screen.getByText( /It is shown only now/, {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
	} );

	it( 'asks before replacing a key that is set, and sends a different one', async () => {
		serve( saved( true ) );
		render( <InboundEmail /> );
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Generate a new key' } )
		);
		expect(
			screen.getByText( /^Replace the key\? Pipes and providers/ )
		).toBeInTheDocument();
		expect( patches() ).toHaveLength( 0 );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Replace the key' } )
		);
		await waitFor( () => expect( patches() ).toHaveLength( 1 ) );
		const first = patches()[ 0 ]?.secrets?.email_inbound_key as string;
		expect(
			await screen.findByRole( 'textbox', { name: 'New inbound key' } )
		).toHaveValue( first );

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Generate a new key' } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Replace the key' } )
		);
		await waitFor( () => expect( patches() ).toHaveLength( 2 ) );
		const second = patches()[ 1 ]?.secrets?.email_inbound_key as string;
		expect( second ).toMatch( /^[A-Za-z0-9_-]{32,}$/ );
		expect( second ).not.toBe( first );
		await waitFor( () =>
			expect( address( 'Postmark inbound webhook' ) ).toHaveValue(
				`${ INBOUND }inbound/postmark?key=${ second }`
			)
		);
	} );

	it( 'asks before turning the key off, and then sends null', async () => {
		serve( saved( true ) );
		render( <InboundEmail /> );
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Turn off' } )
		);
		const question =
			'Turn off? Pipes and providers using the key stop delivering.';
		expect( screen.getByText( question ) ).toBeInTheDocument();
		expect(
			screen.getByRole( 'button', { name: 'Cancel' } )
		).toHaveFocus();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Cancel' } )
		);
		expect( screen.queryByText( question ) ).not.toBeInTheDocument();
		expect(
			screen.getByRole( 'button', { name: 'Generate a new key' } )
		).toHaveFocus();
		expect( patches() ).toHaveLength( 0 );

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Turn off' } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Turn off' } )
		);
		expect(
			await screen.findByText( 'Not set: these addresses take no mail' )
		).toBeInTheDocument();
		expect( patches() ).toEqual( [
			{ secrets: { email_inbound_key: null } },
		] );
		expect(
			screen.queryByRole( 'button', { name: 'Turn off' } )
		).not.toBeInTheDocument();
	} );

	it( 'saves only what changed, in one request', async () => {
		serve( saved( true ) );
		render( <InboundEmail /> );
		const allowlist = await screen.findByRole( 'textbox', {
			name: 'Never treat as spam',
		} );
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		expect(
			screen.getByText( 'Nothing has changed.', { selector: NOTICE } )
		).toBeInTheDocument();
		expect( patches() ).toHaveLength( 0 );

		await userEvent.type( allowlist, '\n\n   friend@shop.test  \n\n' );
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		expect(
			await screen.findByText( 'Saved.', { selector: NOTICE } )
		).toBeInTheDocument();
		expect( patches() ).toEqual( [
			{
				channel_email: {
					allowlist: [
						'vip@example.com',
						'partner.example',
						'friend@shop.test',
					],
				},
			},
		] );
		expect( allowlist ).toHaveValue(
			'vip@example.com\npartner.example\nfriend@shop.test'
		);

		const signing = screen.getByLabelText( 'Mailgun webhook signing key' );
		expect( signing ).toHaveAttribute( 'type', 'password' );
		await userEvent.type( signing, 'key-mailgun-123' );
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'SNS topic ARN' } ),
			` ${ ARN } `
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		await waitFor( () => expect( patches() ).toHaveLength( 2 ) );
		expect( patches()[ 1 ] ).toEqual( {
			channel_email: { ses_topic_arn: ARN },
			secrets: { mailgun_signing_key: 'key-mailgun-123' },
		} );
		// The key is kept, never shown again.
		await waitFor( () =>
			expect( signing ).toHaveAccessibleDescription(
				'Saved. Leave blank to keep it. Mailgun → Sending → Webhooks → HTTP webhook signing key.'
			)
		);
		expect( signing ).toHaveValue( '' );
	} );

	it( 'says a refusal beside its field and keeps what was typed', async () => {
		const said =
			'channel_email[ses_topic_arn] does not match pattern ^(arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256})?$.';
		serve( saved( true ), {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): channel_email',
			data: { status: 400, params: { channel_email: said } },
		} );
		render( <InboundEmail /> );
		const arn = await screen.findByRole( 'textbox', {
			name: 'SNS topic ARN',
		} );
		await userEvent.type( arn, 'arn:aws:sqs:nope' );
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		await waitFor( () =>
			expect( arn ).toHaveAccessibleDescription( said )
		);
		expect( arn ).toHaveAttribute( 'aria-invalid', 'true' );
		expect( arn ).toHaveValue( 'arn:aws:sqs:nope' );
		expect(
			screen.getByText(
				'Some settings need fixing; see the marked fields.',
				{ selector: '.components-notice__content' }
			)
		).toBeInTheDocument();
		expect( screen.queryByText( 'Saved.' ) ).not.toBeInTheDocument();
		// Editing the field takes its refusal away.
		await userEvent.type( arn, 'x' );
		expect( arn ).not.toHaveAttribute( 'aria-invalid' );
	} );

	it( "shows the server's message when a refusal names no field", async () => {
		serve( saved( false ), {
			code: 'storedesk_invalid_setting',
			message: 'The never-spam list holds at most 1000 entries.',
			data: { status: 400 },
		} );
		render( <InboundEmail /> );
		await userEvent.type(
			await screen.findByRole( 'textbox', {
				name: 'Never treat as spam',
			} ),
			'\nmore.example'
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		expect(
			await screen.findByText(
				'The never-spam list holds at most 1000 entries.',
				{ selector: '.components-notice__content' }
			)
		).toBeInTheDocument();

		// A key the server refuses is not shown as if it were saved.
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Generate a new key' } )
		);
		expect(
			await screen.findAllByText(
				'The never-spam list holds at most 1000 entries.',
				{ selector: '.components-notice__content' }
			)
		).toHaveLength( 2 );
		expect(
			screen.queryByRole( 'textbox', { name: 'New inbound key' } )
		).not.toBeInTheDocument();
		expect(
			screen.getByText( 'Not set: these addresses take no mail' )
		).toBeInTheDocument();
	} );

	it( 'copies an address and says so, or selects it when the browser may not', async () => {
		serve( saved( true ) );
		const user = userEvent.setup();
		render( <InboundEmail /> );
		const writeText = jest.spyOn( window.navigator.clipboard, 'writeText' );
		await user.click(
			await screen.findByRole( 'button', {
				name: 'Copy Mailgun route (forward to)',
			} )
		);
		expect( writeText ).toHaveBeenCalledWith(
			`${ INBOUND }inbound/mailgun/mime`
		);
		const mailgun = address( 'Mailgun route (forward to)' ).closest(
			'.storedesk-inbound__address'
		) as HTMLElement;
		expect( within( mailgun ).getByRole( 'status' ) ).toHaveTextContent(
			'Copied'
		);

		writeText.mockRejectedValueOnce( new Error( 'Not allowed' ) );
		await user.click(
			screen.getByRole( 'button', {
				name: 'Copy Amazon SES (SNS HTTPS subscription)',
			} )
		);
		const ses = address( 'Amazon SES (SNS HTTPS subscription)' );
		expect(
			within(
				ses.closest( '.storedesk-inbound__address' ) as HTMLElement
			).getByRole( 'status' )
		).toHaveTextContent(
			'Selected: press Ctrl+C (⌘C on a Mac) to copy it.'
		);
		expect( ses.selectionStart ).toBe( 0 );
		expect( ses.selectionEnd ).toBe( ses.value.length );
	} );
} );

describe( 'the helpers', () => {
	it( 'reads the REST root WordPress gives api-fetch, with or without pretty links', () => {
		const inline = document.createElement( 'script' );
		inline.id = 'wp-api-fetch-js-after';
		inline.type = 'text/x-inline';
		inline.textContent =
			'wp.apiFetch.use( wp.apiFetch.createRootURLMiddleware( "https://shop.test/index.php?rest_route=/" ) );';
		document.head.appendChild( inline );
		expect( restRoot() ).toBe( 'https://shop.test/index.php?rest_route=/' );
		inline.remove();
		// Without it: /wp-json/ beside wp-admin/ (here, at the origin).
		expect( restRoot() ).toBe( 'http://localhost/wp-json/' );
	} );

	it( 'splits the never-spam list by lines', () => {
		expect( toAllowlist( ' a@b.test \n\n\tc.test\n' ) ).toEqual( [
			'a@b.test',
			'c.test',
		] );
	} );

	it( 'tells a field refusal from a general one', () => {
		expect(
			problemsOf(
				{
					message: 'Invalid parameter(s): channel_email',
					data: {
						params: {
							channel_email:
								'channel_email[allowlist][2] must be at least 3 characters long.',
						},
					},
				},
				'fallback'
			)
		).toEqual( {
			allowlist:
				'channel_email[allowlist][2] must be at least 3 characters long.',
			general: 'Some settings need fixing; see the marked fields.',
		} );
		expect( problemsOf( null, 'fallback' ) ).toEqual( {
			general: 'fallback',
		} );
	} );
} );
