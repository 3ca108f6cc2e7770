/**
 * Our domain first, then WordPress's own translation of the same string,
 * then English.
 */
/* eslint-disable @wordpress/i18n-translator-comments, @wordpress/i18n-text-domain -- test strings, looked up in two domains on purpose. */
import { __, _n, _nx, _x, setLocaleData } from '@wordpress/i18n';

import { fallBackToCoreTranslations } from '../i18n-fallback';

const FRENCH = {
	domain: '',
	lang: 'fr',
	plural_forms: 'nplurals=2; plural=n > 1;',
};

describe( 'i18n fallback to core translations', () => {
	beforeAll( () => {
		setLocaleData(
			{
				'': { ...FRENCH, domain: 'default' },
				Cancel: [ 'Annuler' ],
				Reset: [ 'Réinitialiser' ],
				'noun\u0004Post': [ 'Article' ],
				'%d item': [ '%d élément', '%d éléments' ],
				'table\u0004%d row': [ '%d ligne', '%d lignes' ],
			},
			'default'
		);
		setLocaleData(
			{
				'': { ...FRENCH, domain: 'storedesk' },
				Reset: [ 'Remettre à zéro' ],
			},
			'storedesk'
		);
		fallBackToCoreTranslations();
	} );

	it( 'uses WordPress’s translation when ours has none', () => {
		expect( __( 'Cancel', 'storedesk' ) ).toBe( 'Annuler' );
		expect( _x( 'Post', 'noun', 'storedesk' ) ).toBe( 'Article' );
		expect( _n( '%d item', '%d items', 2, 'storedesk' ) ).toBe(
			'%d éléments'
		);
		expect( _n( '%d item', '%d items', 1, 'storedesk' ) ).toBe(
			'%d élément'
		);
		expect( _nx( '%d row', '%d rows', 3, 'table', 'storedesk' ) ).toBe(
			'%d lignes'
		);
	} );

	it( 'keeps our own translation over WordPress’s', () => {
		expect( __( 'Reset', 'storedesk' ) ).toBe( 'Remettre à zéro' );
	} );

	it( 'stays English where nobody translated the string', () => {
		expect( __( 'Waiting since', 'storedesk' ) ).toBe( 'Waiting since' );
		expect( _n( '%d ticket', '%d tickets', 2, 'storedesk' ) ).toBe(
			'%d tickets'
		);
	} );

	it( 'leaves other domains alone', () => {
		expect( __( 'Reset', 'default' ) ).toBe( 'Réinitialiser' );
	} );
} );
