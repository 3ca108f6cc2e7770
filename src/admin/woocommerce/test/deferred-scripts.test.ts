/**
 * The scripts the page held back load once, styles at once, scripts
 * fetched together and run in the page's order, each inline script after
 * the file before it.
 */
import { loadDeferredScripts, resetDeferredScripts } from '../deferred-scripts';

const ran: string[] = [];

function page() {
	document.head.innerHTML = '';
	document.body.innerHTML = `
		<template class="storedesk-deferred-scripts">
			<link rel="stylesheet" id="wc-components-css" href="http://shop.test/wc-components.css">
			<script id="wc-settings-js-before">window.ran.push( 'settings data' );</script>
			<script src="http://shop.test/wc-components.js" id="wc-components-js"></script>
			<script id="storedesk-woocommerce-js-translations">window.ran.push( 'translations' );</script>
			<script src="http://shop.test/woocommerce.js" id="storedesk-woocommerce-js"></script>
		</template>`;
}

/**
 * Fires `load` on the script with this id once it is on the page.
 * @param id
 */
const loaded = ( id: string ) => {
	const script = document.body.querySelector( `script#${ id }` );
	expect( script ).not.toBeNull();
	ran.push( id );
	script!.dispatchEvent( new Event( 'load' ) );
};

const flush = () => new Promise( ( r ) => setTimeout( r, 0 ) );

beforeEach( () => {
	ran.length = 0;
	( window as unknown as { ran: string[] } ).ran = ran;
	resetDeferredScripts();
	page();
} );

describe( 'loadDeferredScripts', () => {
	it( 'runs the held-back scripts in order, once', async () => {
		const done = jest.fn();
		loadDeferredScripts().then( done );
		await flush();
		expect(
			document.head.querySelector( 'link#wc-components-css' )
		).toHaveAttribute( 'href', 'http://shop.test/wc-components.css' );
		// Both files are fetched at once…
		expect(
			Array.from(
				document.head.querySelectorAll( 'link[rel="preload"]' ),
				( l ) => l.getAttribute( 'href' )
			)
		).toEqual( [
			'http://shop.test/wc-components.js',
			'http://shop.test/woocommerce.js',
		] );
		// …but run one after the other.
		expect( ran ).toEqual( [ 'settings data' ] );
		expect(
			document.body.querySelector( 'script#storedesk-woocommerce-js' )
		).toBeNull();
		loaded( 'wc-components-js' );
		await flush();
		expect( ran ).toEqual( [
			'settings data',
			'wc-components-js',
			'translations',
		] );
		expect( done ).not.toHaveBeenCalled();
		loaded( 'storedesk-woocommerce-js' );
		await flush();
		expect( done ).toHaveBeenCalled();

		// Asked again (another ticket opened), nothing is added twice.
		await loadDeferredScripts();
		expect( document.body.querySelectorAll( 'script' ) ).toHaveLength( 4 );
	} );

	it( 'goes on past a file that failed', async () => {
		const done = jest.fn();
		loadDeferredScripts().then( done );
		await flush();
		document.body
			.querySelector( 'script#wc-components-js' )!
			.dispatchEvent( new Event( 'error' ) );
		await flush();
		loaded( 'storedesk-woocommerce-js' );
		await flush();
		expect( done ).toHaveBeenCalled();
	} );

	it( 'has nothing to do on a page that held nothing back', async () => {
		document.body.innerHTML = '';
		await expect( loadDeferredScripts() ).resolves.toBeUndefined();
	} );
} );
