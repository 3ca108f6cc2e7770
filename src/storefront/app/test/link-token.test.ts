/**
 * The magic link's token leaves the address bar once read, and a reload in
 * the same tab still finds it.
 */
import { takeToken } from '../link-token';

describe( 'takeToken', () => {
	beforeEach( () => window.sessionStorage.clear() );

	it( 'takes the token out of the URL and keeps it for this tab', () => {
		window.history.replaceState(
			{ kept: true },
			'',
			'/support/?storedesk_ticket=5&storedesk_token=5.9.0.abc#reply'
		);
		expect( takeToken( 5 ) ).toBe( '5.9.0.abc' );
		expect( window.location.search ).toBe( '?storedesk_ticket=5' );
		expect( window.location.hash ).toBe( '#reply' );
		expect( window.history.state ).toEqual( { kept: true } );
		// The reload: no token in the URL any more.
		expect( takeToken( 5 ) ).toBe( '5.9.0.abc' );
		expect( takeToken( 6 ) ).toBe( '' );
	} );

	it( 'a newer link replaces the one kept', () => {
		window.sessionStorage.setItem( 'storedesk_token_7', 'old' );
		window.history.replaceState(
			null,
			'',
			'/support/?storedesk_ticket=7&storedesk_token=new'
		);
		expect( takeToken( 7 ) ).toBe( 'new' );
		expect( window.sessionStorage.getItem( 'storedesk_token_7' ) ).toBe(
			'new'
		);
	} );

	it( 'works without storage, for this page only', () => {
		const spy = jest
			.spyOn( Storage.prototype, 'setItem' )
			.mockImplementation( () => {
				throw new Error( 'SecurityError' );
			} );
		window.history.replaceState(
			null,
			'',
			'/support/?storedesk_ticket=8&storedesk_token=t8'
		);
		expect( takeToken( 8 ) ).toBe( 't8' );
		expect( window.location.search ).toBe( '?storedesk_ticket=8' );
		spy.mockRestore();
	} );
} );
