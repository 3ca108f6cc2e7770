/**
 * The events the reports read: a visit id kept for the tab, the last
 * search of a typing burst, each article opened, "deflected" when an
 * article was read and the page or panel closed with nothing written, and
 * the visit added to a contact form sent after articles were shown.
 */
import type { StoreConfig } from '../../types';
import { SETTLE_MS, flush, opened, searched, session, wrote } from '../events';

const CONFIG: StoreConfig = {
	publicPath: '/build/',
	api: '/wp-json/storedesk/store/v1/',
	nonce: '',
	css: '',
	portal: '/support/',
	loggedIn: false,
	widget: null,
};

const beacon = jest.fn< boolean, [ string, string ] >( () => true );

/** The events sent so far, as the server reads them. */
function sent(): Array< Record< string, unknown > > {
	return beacon.mock.calls.map( ( [ url, body ] ) => {
		expect( url ).toBe( '/wp-json/storedesk/store/v1/help/events' );
		return JSON.parse( body );
	} );
}

beforeAll( () => {
	Object.defineProperty( navigator, 'sendBeacon', {
		value: beacon,
		configurable: true,
	} );
} );

beforeEach( () => {
	jest.useFakeTimers();
	// Whatever an earlier test left waiting is sent and forgotten.
	flush();
	wrote();
	beacon.mockClear();
} );

afterEach( () => {
	jest.useRealTimers();
} );

describe( 'help events', () => {
	it( 'keeps one random 32-hex visit id for the tab', () => {
		const id = session();
		expect( id ).toMatch( /^[0-9a-f]{32}$/ );
		expect( session() ).toBe( id );
		expect( sessionStorage.getItem( 'storedesk-help-session' ) ).toBe( id );
	} );

	it( 'records only the search a typing burst ends on, with its count', () => {
		searched( CONFIG, 'widget', 'ret', 4 );
		jest.advanceTimersByTime( SETTLE_MS - 1 );
		searched( CONFIG, 'widget', 'return parcel', 2 );
		jest.advanceTimersByTime( SETTLE_MS - 1 );
		expect( beacon ).not.toHaveBeenCalled();
		jest.advanceTimersByTime( 1 );
		expect( sent() ).toEqual( [
			{
				kind: 'search',
				source: 'widget',
				query: 'return parcel',
				results: 2,
				session: session(),
			},
		] );
	} );

	it( 'sends the waiting search before a click, and "deflected" when the page goes', () => {
		searched( CONFIG, 'form', 'lamp flickers', 3 );
		opened( CONFIG, 'form', 'lamp flickers', 42 );
		expect( sent().map( ( e ) => e.kind ) ).toEqual( [
			'search',
			'click',
		] );
		expect( sent()[ 1 ] ).toMatchObject( { article_id: 42 } );
		window.dispatchEvent( new Event( 'pagehide' ) );
		expect( sent()[ 2 ] ).toEqual( {
			kind: 'deflected',
			source: 'form',
			query: 'lamp flickers',
			article_id: 42,
			session: session(),
		} );
		window.dispatchEvent( new Event( 'pagehide' ) );
		expect( beacon ).toHaveBeenCalledTimes( 3 );
	} );

	it( 'counts closing the panel as leaving, and a sent form as no deflection', () => {
		opened( CONFIG, 'widget', '', 7 );
		document.dispatchEvent( new Event( 'storedesk-closed' ) );
		expect( sent().map( ( e ) => e.kind ) ).toEqual( [
			'click',
			'deflected',
		] );

		beacon.mockClear();
		opened( CONFIG, 'widget', 'size', 8 );
		document.body.dispatchEvent(
			new Event( 'storedesk-sent', { bubbles: true } )
		);
		window.dispatchEvent( new Event( 'pagehide' ) );
		expect( sent().map( ( e ) => e.kind ) ).toEqual( [ 'click' ] );
	} );

	it( 'adds the visit to a contact form sent after articles were shown, before its handler reads it', () => {
		searched( CONFIG, 'widget', 'gift', 2 );
		const form = document.createElement( 'form' );
		form.className = 'storedesk-form';
		const panel = document.createElement( 'div' );
		panel.className = 'storedesk-panel';
		panel.append( form );
		document.body.replaceChildren( panel );
		let seen: Record< string, string > = {};
		form.addEventListener( 'submit', ( event ) => {
			event.preventDefault();
			seen = Object.fromEntries(
				new FormData( form ).entries()
			) as Record< string, string >;
		} );
		form.requestSubmit();
		expect( seen ).toEqual( {
			help_session: session(),
			help_source: 'widget',
		} );
		form.requestSubmit();
		expect( form.querySelectorAll( '[name=help_session]' ) ).toHaveLength(
			1
		);
	} );
} );
