/**
 * The storefront settings as the screen edits them (numbers and lists as the
 * text typed), checked before saving with the rules of the server's schema
 * so a mistake is shown beside its field instead of as a refused request.
 */
import { __, sprintf } from '@wordpress/i18n';

import type {
	FormField,
	FormTopic,
	StorefrontSettings,
} from '../../store/settings';

export type FieldDraft = {
	/** Stable React key; the stored key never changes once saved. */
	uid: string;
	key: string;
	label: string;
	type: FormField[ 'type' ];
	required: boolean;
	/** One option per line. */
	options: string;
};

export const NUMBERS = {
	form_min_seconds: [ 0, 120 ],
	attachment_max_files: [ 0, 20 ],
	rate_limit_ip: [ 1, 1000 ],
	rate_limit_email: [ 1, 1000 ],
	rate_limit_window: [ 1, 86400 ],
} as const;
type NumberKey = keyof typeof NUMBERS;

export type Draft = Omit<
	StorefrontSettings,
	'form_fields' | 'spam_blocklist' | 'rate_limit_trusted_proxies' | NumberKey
> & {
	form_fields: FieldDraft[];
	form_topics: FormTopic[];
	/** One address or domain per line. */
	spam_blocklist: string;
	/** One address or CIDR range per line. */
	rate_limit_trusted_proxies: string;
} & Record< NumberKey, string >;

/** Problems by field path: `form_fields.2.label`, `widget_color`, … */
export type Problems = Record< string, string >;

let uids = 0;
export const newUid = () => `field-${ ++uids }`;

const KEYS: Array< keyof StorefrontSettings > = [
	'form_fields',
	'form_topics',
	'form_min_seconds',
	'attachment_max_files',
	'spam_blocklist',
	'spam_akismet',
	'rate_limit_ip',
	'rate_limit_email',
	'rate_limit_window',
	'rate_limit_proxy',
	'rate_limit_trusted_proxies',
	'widget_enabled',
	'widget_position',
	'widget_color',
	'widget_label',
];

/**
 * The editable copy of the storefront's part of the settings.
 * @param all Every setting, as GET /settings answers.
 */
export function toDraft( all: StorefrontSettings ): Draft {
	const s = Object.fromEntries(
		KEYS.map( ( k ) => [ k, all[ k ] ] )
	) as StorefrontSettings;
	const numbers = Object.fromEntries(
		( Object.keys( NUMBERS ) as NumberKey[] ).map( ( k ) => [
			k,
			String( s[ k ] ),
		] )
	) as Record< NumberKey, string >;
	return {
		...s,
		...numbers,
		form_fields: s.form_fields.map( ( f ) => ( {
			uid: newUid(),
			key: f.key,
			label: f.label,
			type: f.type,
			required: Boolean( f.required ),
			options: ( f.options ?? [] ).join( '\n' ),
		} ) ),
		form_topics: s.form_topics.map( ( t ) => ( { ...t } ) ),
		spam_blocklist: s.spam_blocklist.join( '\n' ),
		rate_limit_trusted_proxies: s.rate_limit_trusted_proxies.join( '\n' ),
	};
}

// Options may hold commas; addresses are also accepted comma-separated, as pasted.
const lines = ( text: string, separators = /\n+/ ) =>
	text
		.split( separators )
		.map( ( l ) => l.trim() )
		.filter( Boolean );
const addresses = ( text: string ) => lines( text, /[\n,;]+/ );

/**
 * A key for a new field: the label in lower-case ASCII, unique among the others.
 * @param label Field label.
 * @param taken Keys already used.
 */
export function keyFor( label: string, taken: string[] ): string {
	const base =
		label
			.normalize( 'NFKD' )
			.replace( /[\u0300-\u036f]/g, '' )
			.toLowerCase()
			.replace( /ß/g, 'ss' )
			.replace( /[^a-z0-9]+/g, '_' )
			.replace( /^[^a-z]+|_+$/g, '' )
			.slice( 0, 34 ) || 'field';
	let key = base;
	for ( let n = 2; taken.includes( key ); n++ ) {
		key = `${ base }_${ n }`;
	}
	return key;
}

/**
 * What the server is sent, with keys given to fields added since the last save.
 * @param d The edited settings.
 */
export function fromDraft( d: Draft ): StorefrontSettings {
	const taken = d.form_fields.map( ( f ) => f.key ).filter( Boolean );
	const fields = d.form_fields.map( ( f ) => {
		const key = f.key || keyFor( f.label, taken );
		taken.push( key );
		const field: FormField = {
			key,
			label: f.label.trim(),
			type: f.type,
			required: f.required,
		};
		if ( f.type === 'select' ) {
			field.options = lines( f.options );
		}
		return field;
	} );
	const numbers = Object.fromEntries(
		( Object.keys( NUMBERS ) as NumberKey[] ).map( ( k ) => [
			k,
			Number( d[ k ] ),
		] )
	) as Record< NumberKey, number >;
	return {
		...d,
		...numbers,
		form_fields: fields,
		form_topics: d.form_topics.map( ( t ) => ( {
			label: t.label.trim(),
			team: t.team,
		} ) ),
		spam_blocklist: addresses( d.spam_blocklist ).map( ( l ) =>
			l.toLowerCase()
		),
		rate_limit_trusted_proxies: addresses( d.rate_limit_trusted_proxies ),
		widget_label: d.widget_label.trim(),
	};
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(
	`^${ OCTET }(\\.${ OCTET }){3}(/([0-9]|[12][0-9]|3[0-2]))?$`
);
// The server checks IPv6 in full (inet_pton); this catches what is plainly not one.
const IPV6 =
	/^[0-9a-f]*:[0-9a-f:]*(:[0-9.]+)?(\/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))?$/i;

/**
 * Whether a line is an IP address or a CIDR range.
 * @param line Typed line.
 */
export const isIpRange = ( line: string ) =>
	IPV4.test( line ) || IPV6.test( line );

export function validate( d: Draft ): Problems {
	const problems: Problems = {};
	d.form_fields.forEach( ( f, i ) => {
		if ( ! f.label.trim() ) {
			problems[ `form_fields.${ i }.label` ] = __(
				'Give the field a label.',
				'storedesk'
			);
		} else if ( f.label.trim().length > 100 ) {
			problems[ `form_fields.${ i }.label` ] = __(
				'Use at most 100 characters.',
				'storedesk'
			);
		}
		if ( f.type === 'select' ) {
			const options = lines( f.options );
			if ( ! options.length ) {
				problems[ `form_fields.${ i }.options` ] = __(
					'A list needs at least one option.',
					'storedesk'
				);
			} else if ( options.some( ( o ) => o.length > 100 ) ) {
				problems[ `form_fields.${ i }.options` ] = __(
					'Each option can have at most 100 characters.',
					'storedesk'
				);
			}
		}
	} );
	d.form_topics.forEach( ( t, i ) => {
		if ( ! t.label.trim() ) {
			problems[ `form_topics.${ i }.label` ] = __(
				'Give the topic a name.',
				'storedesk'
			);
		}
	} );
	for ( const [ k, [ min, max ] ] of Object.entries( NUMBERS ) ) {
		const raw = d[ k as NumberKey ].trim();
		const n = Number( raw );
		if ( ! /^\d+$/.test( raw ) || n < min || n > max ) {
			problems[ k ] = sprintf(
				/* translators: 1: smallest allowed number, 2: largest allowed number */
				__( 'Enter a whole number from %1$d to %2$d.', 'storedesk' ),
				min,
				max
			);
		}
	}
	const bad = addresses( d.spam_blocklist ).find(
		( l ) => l.length < 3 || l.length > 191 || /[\s<>]/.test( l )
	);
	if ( bad || addresses( d.spam_blocklist ).length > 1000 ) {
		problems.spam_blocklist = __(
			'Put one email address or domain on each line, such as someone@example.com or example.com.',
			'storedesk'
		);
	}
	const proxies = addresses( d.rate_limit_trusted_proxies );
	const notIp = proxies.find( ( l ) => ! isIpRange( l ) );
	if ( notIp || proxies.length > 100 ) {
		problems.rate_limit_trusted_proxies = notIp
			? sprintf(
					/* translators: %s: what was typed */
					__(
						'"%s" is not an IP address or a range such as 10.0.0.0/8 or 2001:db8::/32.',
						'storedesk'
					),
					notIp
				)
			: __( 'List at most 100 proxies.', 'storedesk' );
	}
	if ( ! /^#[0-9a-f]{6}$/i.test( d.widget_color ) ) {
		problems.widget_color = __(
			'Use a colour such as #1e1e1e.',
			'storedesk'
		);
	}
	if ( d.widget_label.trim().length > 40 ) {
		problems.widget_label = __( 'Use at most 40 characters.', 'storedesk' );
	}
	return problems;
}
