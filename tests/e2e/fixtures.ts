/**
 * Every end-to-end spec fails on a console error or an uncaught exception
 * in the page, so a broken script never passes unnoticed.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend< { consoleErrors: string[] } >( {
	consoleErrors: [
		async ( { page }, use ) => {
			const errors: string[] = [];
			page.on( 'console', ( msg ) => {
				if ( msg.type() === 'error' ) {
					errors.push( msg.text() );
				}
			} );
			page.on( 'pageerror', ( err ) => errors.push( err.message ) );
			await use( errors );
			expect( errors, 'console errors on the page' ).toEqual( [] );
		},
		{ auto: true },
	],
} );

export { expect };

/**
 * Whether the site under test runs WooCommerce: npm test says so in
 * STOREDESK_E2E_WOOCOMMERCE (0 with --without-woocommerce, or with no copy
 * of WooCommerce on the machine). Specs that need it skip with this reason:
 * `test.skip( ! hasWooCommerce, NEEDS_WOOCOMMERCE )`.
 */
export const hasWooCommerce = process.env.STOREDESK_E2E_WOOCOMMERCE !== '0';
export const NEEDS_WOOCOMMERCE =
	'needs WooCommerce, which is not active on the test site';
