/**
 * REST calls from the logged-in browser session, for arranging and
 * checking what the specs do through the screen.
 */
import type { Page } from '@playwright/test';

export async function restNonce( page: Page ): Promise< string > {
	return (
		await (
			await page.request.get(
				'/wp-admin/admin-ajax.php?action=rest-nonce'
			)
		).text()
	).trim();
}

export async function api< T = Record< string, unknown > >(
	page: Page,
	method: string,
	path: string,
	data?: unknown
): Promise< T > {
	const res = await page.request.fetch( `/wp-json/storedesk/v1${ path }`, {
		method,
		headers: { 'X-WP-Nonce': await restNonce( page ) },
		data,
	} );
	if ( res.status() >= 400 ) {
		throw new Error(
			`${ method } ${ path }: ${ res.status() } ${ await res.text() }`
		);
	}
	return ( await res.json() ) as T;
}
