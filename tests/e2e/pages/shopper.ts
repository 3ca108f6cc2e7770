/**
 * Shopper-side helpers: PHP run on the site under test (to build magic
 * links the way the notification emails do, and to read what was stored),
 * an accessibility check of a storefront region, and the XSS probe.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs PHP on the site under test (STOREDESK_E2E_SITE) as its administrator
 * and returns what it echoed.
 *
 * @param code PHP statements, run after WordPress loaded.
 */
export function sitePhp( code: string ): string {
	const site = process.env.STOREDESK_E2E_SITE;
	if ( ! site ) {
		throw new Error(
			'STOREDESK_E2E_SITE is not set; run the specs through npm test.'
		);
	}
	const loader = join(
		__dirname,
		'..',
		'..',
		'..',
		'tools',
		'php',
		'load-wp.php'
	);
	const out = execFileSync(
		'php',
		[ '-r', `require ${ JSON.stringify( loader ) };\n${ code }` ],
		{
			env: {
				...process.env,
				STOREDESK_SITE: site,
				STOREDESK_URL: process.env.STOREDESK_E2E_URL || '',
			},
			encoding: 'utf8',
		}
	);
	return out.trim();
}

/**
 * The magic link the acknowledgement email carries (TicketLink), optionally
 * with a token that expired a minute ago.
 *
 * @param ticket  Ticket number.
 * @param expired Whether the token is already expired.
 */
export function magicLink( ticket: number, expired = false ): string {
	const url = sitePhp( `
$c = \\Storedesk\\Plugin::container();
$links = $c->get( \\Storedesk\\Storefront\\TicketLink::class );
if ( ${ expired ? 'true' : 'false' } ) {
	$token = $c->get( \\Storedesk\\Storefront\\GuestTokens::class )->issue( ${ ticket }, time() - \\Storedesk\\Storefront\\GuestTokens::LIFETIME - 60 );
	echo add_query_arg( array( 'storedesk_ticket' => ${ ticket }, 'storedesk_token' => $token ), $links->portal_url() );
} else {
	echo $links->for_ticket( ${ ticket } );
}` );
	expect( url ).toMatch( /storedesk_token=/ );
	return url;
}

/**
 * Serious and critical axe-core violations inside a storefront region fail.
 *
 * @param page     Page.
 * @param selector Region to check.
 * @param label    What is checked, for the message.
 */
export async function expectAccessibleRegion(
	page: Page,
	selector: string,
	label: string
): Promise< void > {
	const results = await new AxeBuilder( { page } )
		.include( selector )
		.analyze();
	const serious = results.violations.filter(
		( v ) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(
		serious.map(
			( v ) =>
				`${ v.id } (${ v.impact }): ${ v.help } at ${ v.nodes.map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) }`
		),
		`${ label }: serious or critical accessibility violations`
	).toEqual( [] );
}

/**
 * A script payload that, if it ever ran, would raise a flag and a dialog.
 * @param tag
 */
export function xssPayload( tag: string ): string {
	return `<img src=x onerror="window.__storedeskXss='${ tag }';alert('${ tag }')"><script>window.__storedeskXss='${ tag }'</script>`;
}

/**
 * Records dialogs; expects none and no raised flag when asked.
 *
 * @param page Page.
 */
export function watchForScripts( page: Page ): {
	expectNoneRan: ( where: string ) => Promise< void >;
} {
	const dialogs: string[] = [];
	page.on( 'dialog', async ( dialog ) => {
		dialogs.push( dialog.message() );
		await dialog.dismiss();
	} );
	return {
		expectNoneRan: async ( where ) => {
			expect(
				await page.evaluate(
					() =>
						( window as unknown as { __storedeskXss?: string } )
							.__storedeskXss
				),
				`a payload ran in ${ where }`
			).toBeUndefined();
			expect( dialogs, `dialogs opened in ${ where }` ).toEqual( [] );
		},
	};
}

/**
 * Chromium logs every 4xx answer as a console error. Where a spec expects
 * the server to refuse a request, it takes exactly those entries out of the
 * fixture's list (and checks they are there); any other error still fails.
 *
 * @param errors The consoleErrors fixture.
 * @param status The expected HTTP status.
 */
export function expectRefusalLogged( errors: string[], status: number ): void {
	const line = `Failed to load resource: the server responded with a status of ${ status }`;
	const before = errors.length;
	for ( let i = errors.length - 1; i >= 0; i-- ) {
		if ( errors[ i ].startsWith( line ) ) {
			errors.splice( i, 1 );
		}
	}
	expect(
		before - errors.length,
		`the ${ status } answer the spec expected`
	).toBeGreaterThan( 0 );
}

/**
 * A client address of its own for a spec file (sent as X-Forwarded-For,
 * which the e2e site trusts like a store behind a proxy), so rate limits
 * of one spec or one run never spill into another.
 */
export function shopperIp(): string {
	const octet = () => 1 + Math.floor( Math.random() * 250 );
	return `10.${ octet() }.${ octet() }.${ octet() }`;
}
