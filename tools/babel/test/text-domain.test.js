/**
 * The text-domain plugin gives bundled packages' i18n calls our domain and
 * leaves every other call alone.
 */
const { transformSync } = require( '@babel/core' );
const textDomain = require( '../text-domain.cjs' );

const compile = ( code, sourceType = 'module' ) =>
	transformSync( code, {
		babelrc: false,
		configFile: false,
		sourceType,
		plugins: [ [ textDomain, { domain: 'storedesk' } ] ],
	} ).code;

describe( 'text-domain Babel plugin', () => {
	it( 'adds the domain to each i18n function imported from @wordpress/i18n', () => {
		const out = compile( `
			import { __, _x, _n, _nx as plural, sprintf } from '@wordpress/i18n';
			__( 'Filter' );
			_x( 'Post', 'noun' );
			_n( '%d item', '%d items', n );
			plural( '%d row', '%d rows', n, 'table' );
			sprintf( '%s', x );
		` );
		expect( out ).toContain( `__('Filter', "storedesk")` );
		expect( out ).toContain( `_x('Post', 'noun', "storedesk")` );
		expect( out ).toContain( `_n('%d item', '%d items', n, "storedesk")` );
		expect( out ).toContain(
			`plural('%d row', '%d rows', n, 'table', "storedesk")`
		);
		expect( out ).toContain( `sprintf('%s', x)` );
	} );

	it( 'replaces an explicit "default" domain and keeps any other', () => {
		const out = compile( `
			import { __ } from '@wordpress/i18n';
			__( 'Reset', 'default' );
			__( 'Theirs', 'woocommerce' );
		` );
		expect( out ).toContain( `__('Reset', "storedesk")` );
		expect( out ).toContain( `__('Theirs', 'woocommerce')` );
	} );

	it( 'leaves functions of the same name from elsewhere alone', () => {
		const out = compile( `
			import { __ } from './local';
			const _x = ( a, b ) => a + b;
			__( 'Mine' );
			_x( 1, 2 );
		` );
		expect( out ).toContain( `__('Mine')` );
		expect( out ).toContain( `_x(1, 2)` );
	} );

	it( 'handles CommonJS builds, with and without an interop helper', () => {
		const out = compile(
			`
			var _i18n = require( '@wordpress/i18n' );
			var _other = _interop( require( '@wordpress/i18n' ) );
			var _lodash = require( 'lodash' );
			( 0, _i18n.__ )( 'Search' );
			_other._n( 'one', 'many', n );
			_lodash.__( 'not i18n' );
		`,
			'script'
		);
		expect( out ).toContain( `(0, _i18n.__)('Search', "storedesk")` );
		expect( out ).toContain( `_other._n('one', 'many', n, "storedesk")` );
		expect( out ).toContain( `_lodash.__('not i18n')` );
	} );
} );
