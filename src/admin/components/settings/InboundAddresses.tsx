/**
 * The addresses a mail server or a provider delivers email to, for the
 * "Other ways email comes in" panel: each in a read-only box with a Copy
 * button. The pipe, Postmark and SendGrid addresses carry the inbound key;
 * when it is not known in this session they show KEY in its place and
 * cannot be copied. Mailgun and Amazon SES sign their posts instead.
 */
import { Button, TextControl } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/** Stands for the inbound key in an address while the key is not known. */
export const KEY_PLACEHOLDER = 'KEY';

/** The command a host without curl pipes each message to. */
export const PHP_PIPE =
	'"|/usr/bin/php /path/to/wp-content/plugins/storedesk/php/Channels/Email/pipe.php"';

/**
 * The site's REST root, ending in a slash: wpApiSettings when a script set
 * it, else the root WordPress gives api-fetch on this page (its inline
 * script), else /wp-json/ beside wp-admin/.
 */
export function restRoot(): string {
	const given = ( window as { wpApiSettings?: { root?: string } } )
		.wpApiSettings?.root;
	const inline = document.getElementById( 'wp-api-fetch-js-after' );
	const found = /createRootURLMiddleware\(\s*"([^"]+)"/.exec(
		inline?.textContent ?? ''
	);
	const { href, origin } = window.location;
	const admin = href.indexOf( '/wp-admin/' );
	const root =
		given ||
		found?.[ 1 ] ||
		`${ admin > 0 ? href.slice( 0, admin ) : origin }/wp-json/`;
	return root.endsWith( '/' ) ? root : `${ root }/`;
}

export type Address = {
	label: string;
	value: string;
	help: string;
	/** Whether it holds KEY instead of the key. */
	incomplete: boolean;
};

/**
 * Where each way of delivering posts its mail.
 *
 * @param root REST root, ending in a slash.
 * @param key  The inbound key, when known in this session.
 */
export function addresses( root: string, key?: string ): Address[] {
	const at = ( route: string ) =>
		`${ root }storedesk/v1/channels/email/${ route }`;
	const keyed = ( route: string ) =>
		`${ at( route ) }${ root.includes( '?' ) ? '&' : '?' }key=${
			key ?? KEY_PLACEHOLDER
		}`;
	const incomplete = ! key;
	return [
		{
			label: __( 'Mail server pipe (curl)', 'storedesk' ),
			value: `| curl -s --data-binary @- -H 'Content-Type: message/rfc822' '${ keyed(
				'webhook'
			) }'`,
			help: __(
				'The program an alias pipes each message to: in /etc/aliases, as support: "…" with this inside the quotes, or in your host\'s "pipe to a program" forwarder.',
				'storedesk'
			),
			incomplete,
		},
		{
			label: __( 'Postmark inbound webhook', 'storedesk' ),
			value: keyed( 'inbound/postmark' ),
			help: __(
				"In Postmark, the inbound stream's Settings → Inbound webhook. Include the raw email content when it is offered.",
				'storedesk'
			),
			incomplete,
		},
		{
			label: __( 'SendGrid Inbound Parse', 'storedesk' ),
			value: keyed( 'inbound/sendgrid' ),
			help: __(
				'Turn on "POST the raw, full MIME message".',
				'storedesk'
			),
			incomplete,
		},
		{
			label: __( 'Mailgun route (forward to)', 'storedesk' ),
			value: at( 'inbound/mailgun/mime' ),
			help: __(
				'No key: Mailgun signs each post with the webhook signing key below.',
				'storedesk'
			),
			incomplete: false,
		},
		{
			label: __( 'Amazon SES (SNS HTTPS subscription)', 'storedesk' ),
			value: at( 'inbound/ses' ),
			help: __(
				'No key: only signed notices of the SNS topic below are taken.',
				'storedesk'
			),
			incomplete: false,
		},
	];
}

/**
 * One address or key, read-only, with its Copy button. Where the browser
 * may not write to the clipboard (a site without HTTPS), the text is
 * selected for the manager to copy.
 *
 * @param props          The address.
 * @param props.label    What it is.
 * @param props.value    The text copied.
 * @param props.help     Where it goes.
 * @param props.copyable Whether it is complete enough to copy.
 */
export function CopyAddress( {
	label,
	value,
	help,
	copyable = true,
}: {
	label: string;
	value: string;
	help?: string;
	copyable?: boolean;
} ) {
	const [ said, setSaid ] = useState( '' );
	const input = useRef< HTMLInputElement >( null );
	const timer = useRef< ReturnType< typeof setTimeout > >();
	useEffect( () => () => clearTimeout( timer.current ), [] );
	const say = ( text: string ) => {
		setSaid( text );
		clearTimeout( timer.current );
		timer.current = setTimeout( () => setSaid( '' ), 4000 );
	};
	const copy = async () => {
		try {
			await window.navigator.clipboard.writeText( value );
			say( __( 'Copied', 'storedesk' ) );
		} catch {
			input.current?.select();
			say(
				__(
					'Selected: press Ctrl+C (⌘C on a Mac) to copy it.',
					'storedesk'
				)
			);
		}
	};
	return (
		<div className="storedesk-inbound__address">
			<TextControl
				ref={ input }
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				readOnly
				label={ label }
				help={ help }
				value={ value }
				onChange={ () => undefined }
				onFocus={ ( e ) => e.target.select() }
			/>
			{ copyable && (
				<div className="storedesk-inbound__copy">
					<Button
						variant="secondary"
						label={ sprintf(
							/* translators: %s: what is copied, such as "Postmark inbound webhook" */
							__( 'Copy %s', 'storedesk' ),
							label
						) }
						onClick={ copy }
						__next40pxDefaultSize
					>
						{ __( 'Copy', 'storedesk' ) }
					</Button>
					<span role="status">{ said }</span>
				</div>
			) }
		</div>
	);
}

/**
 * Every address, and how a host without curl pipes its mail.
 *
 * @param props            The key.
 * @param props.inboundKey The inbound key, when known in this session.
 */
export function InboundAddresses( { inboundKey }: { inboundKey?: string } ) {
	const hint = __(
		'Generate a new key to see the full address.',
		'storedesk'
	);
	return (
		<>
			{ addresses( restRoot(), inboundKey ).map( ( address ) => (
				<CopyAddress
					key={ address.label }
					label={ address.label }
					value={ address.value }
					help={
						address.incomplete
							? `${ address.help } ${ hint }`
							: address.help
					}
					copyable={ ! address.incomplete }
				/>
			) ) }
			<p className="storedesk-inbound__pipe">
				<strong>{ __( 'Hosts without curl', 'storedesk' ) }</strong>
				<br />
				<code>{ PHP_PIPE }</code>
				<br />
				{ __(
					'Goes in /etc/aliases after the address (support: "|/usr/bin/php …"), with /path/to replaced by the directory WordPress is in. It needs no key: it runs on the server itself.',
					'storedesk'
				) }
			</p>
		</>
	);
}
