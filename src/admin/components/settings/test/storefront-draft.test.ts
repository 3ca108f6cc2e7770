/**
 * The storefront settings' editable copy: keys for new fields, lists typed as
 * lines, and the same limits the server's schema enforces.
 */
import { fromDraft, keyFor, toDraft, validate } from '../storefront-draft';
import { storefrontSettings } from '../../../test-utils/fixtures';

const SAVED = storefrontSettings( {
	form_fields: [
		{
			key: 'order_number',
			label: 'Order number',
			type: 'text',
			required: true,
		},
	],
	form_topics: [ { label: 'Returns', team: 3 } ],
	spam_blocklist: [ 'spam.example' ],
} );

describe( 'storefront draft', () => {
	it( 'round-trips only the storefront settings', () => {
		const { agent_scope: _scope, ...storefront } = SAVED;
		const out = fromDraft( toDraft( SAVED ) );
		expect( out ).not.toHaveProperty( 'agent_scope' );
		expect( out ).toStrictEqual( storefront );
	} );

	it( 'gives new fields unique keys from their labels and keeps saved keys', () => {
		const d = toDraft( SAVED );
		d.form_fields[ 0 ].label = 'Renamed';
		d.form_fields.push(
			{ ...d.form_fields[ 0 ], uid: 'a', key: '', label: 'Order number' },
			{ ...d.form_fields[ 0 ], uid: 'b', key: '', label: '2. Größe?' },
			{ ...d.form_fields[ 0 ], uid: 'c', key: '', label: '尺寸' }
		);
		expect( fromDraft( d ).form_fields.map( ( f ) => f.key ) ).toEqual( [
			'order_number',
			'order_number_2',
			'grosse',
			'field',
		] );
		expect( keyFor( 'x'.repeat( 80 ), [] ) ).toMatch(
			/^[a-z][a-z0-9_]{0,39}$/
		);
	} );

	it( 'reads options by line and addresses by line or comma, lower-cased', () => {
		const d = toDraft( SAVED );
		d.form_fields[ 0 ].type = 'select';
		d.form_fields[ 0 ].options = 'Small, please\n\n  Large  ';
		d.spam_blocklist = 'Bad@Example.com, @junk.test\nspam.example';
		const out = fromDraft( d );
		expect( out.form_fields[ 0 ].options ).toEqual( [
			'Small, please',
			'Large',
		] );
		expect( out.spam_blocklist ).toEqual( [
			'bad@example.com',
			'@junk.test',
			'spam.example',
		] );
		expect( out.rate_limit_window ).toBe( 600 );
	} );

	it( 'finds what the server would refuse, by field', () => {
		const d = toDraft( SAVED );
		d.form_fields[ 0 ].label = '  ';
		d.form_fields[ 0 ].type = 'select';
		d.form_topics[ 0 ].label = '';
		d.rate_limit_ip = '0';
		d.form_min_seconds = '2.5';
		d.attachment_max_files = '21';
		d.spam_blocklist = 'bad address.com';
		d.widget_color = 'red';
		expect( Object.keys( validate( d ) ).sort() ).toEqual( [
			'attachment_max_files',
			'form_fields.0.label',
			'form_fields.0.options',
			'form_min_seconds',
			'form_topics.0.label',
			'rate_limit_ip',
			'spam_blocklist',
			'widget_color',
		] );
		expect( validate( toDraft( SAVED ) ) ).toEqual( {} );
	} );

	it( 'checks each trusted proxy as an address or a CIDR range', () => {
		const d = toDraft( SAVED );
		d.rate_limit_trusted_proxies =
			'10.0.0.0/8\n 203.0.113.9 \n2001:db8::/32,::1';
		expect( validate( d ) ).toEqual( {} );
		expect( fromDraft( d ).rate_limit_trusted_proxies ).toEqual( [
			'10.0.0.0/8',
			'203.0.113.9',
			'2001:db8::/32',
			'::1',
		] );
		for ( const bad of [
			'10.0.0.0/33',
			'300.1.1.1',
			'proxy.example',
			'10.0.0/8',
		] ) {
			d.rate_limit_trusted_proxies = `10.0.0.0/8\n${ bad }`;
			expect( validate( d ).rate_limit_trusted_proxies ).toContain(
				`"${ bad }" is not an IP address`
			);
		}
	} );
} );
