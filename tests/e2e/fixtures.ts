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
