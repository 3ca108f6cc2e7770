// The front-end half of `npm run bench` (shared/docs/BENCHMARKS.md): how many
// gzipped bytes of our own JavaScript each surface loads, and how long the
// inbox takes to show its first conversations in Debian's Chromium.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './paths.mjs';

const BUILD = join( ROOT, 'build' );
const gz = ( file ) =>
	gzipSync( readFileSync( join( BUILD, file ) ), { level: 9 } ).length;

// Our own JavaScript only: WordPress-provided scripts are externals and never land in build/.
export function bundleSizes() {
	const js = existsSync( BUILD )
		? readdirSync( BUILD ).filter( ( f ) => f.endsWith( '.js' ) )
		: [];
	const group = ( test ) =>
		js.filter( test ).reduce( ( sum, f ) => sum + gz( f ), 0 );
	return {
		files: Object.fromEntries( js.map( ( f ) => [ f, gz( f ) ] ) ),
		admin_gzip_bytes: group( ( f ) => f.startsWith( 'admin' ) ),
		storefront_loader_gzip_bytes: js.includes( 'storefront.js' )
			? gz( 'storefront.js' )
			: null,
		// The widget's "Search help" tab, a chunk the loader imports when the tab first opens.
		help_tab_gzip_bytes: js.includes( 'storefront-help.js' )
			? gz( 'storefront-help.js' )
			: null,
	};
}

const median = ( a ) => {
	const s = [ ...a ].sort( ( x, y ) => x - y );
	return s.length % 2
		? s[ ( s.length - 1 ) / 2 ]
		: ( s[ s.length / 2 - 1 ] + s[ s.length / 2 ] ) / 2;
};

/**
 * Time from navigation start to the moment the app marks its first page of
 * conversations as painted (performance mark "storedesk:inbox-rendered", set
 * by the list), as an agent in a warm browser: scripts revalidated, not
 * downloaded again (tools/php/router.php sends validators like a stock web
 * server), the server already warm.
 * @param base
 * @param root0
 * @param root0.user
 * @param root0.password
 * @param root0.runs
 */
export async function firstInboxRender( base, { user, password, runs = 10 } ) {
	// Imported late: npm run bench installs the npm packages after loading this module.
	const { chromium } = await import( 'playwright-core' );
	const browser = await chromium.launch( {
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	} );
	try {
		const page = await ( await browser.newContext() ).newPage();
		await page.goto( `${ base }/wp-login.php` );
		await page.fill( '#user_login', user );
		await page.fill( '#user_pass', password );
		await Promise.all( [
			page.waitForURL( /wp-admin/ ),
			page.click( '#wp-submit' ),
		] );
		const times = [];
		for ( let i = 0; i < runs + 2; i++ ) {
			// A new query string each time: the same URL with a hash would only scroll, not load.
			await page.goto(
				`${ base }/wp-admin/admin.php?page=storedesk&bench=${ i }#/inbox/mine`,
				{ waitUntil: 'commit' }
			);
			const ms = await page
				.waitForFunction(
					() =>
						performance.getEntriesByName(
							'storedesk:inbox-rendered'
						)[ 0 ]?.startTime,
					null,
					{ timeout: 60000 }
				)
				.then( ( h ) => h.jsonValue() );
			if ( i >= 2 ) {
				times.push( ms );
			} // the first two warm the HTTP and OPcache caches
			// The next load starts on a quiet network, as an agent's does: requests
			// the inbox makes after painting would otherwise hold php -S's two workers.
			await page.waitForLoadState( 'networkidle' );
		}
		return {
			median_ms: +median( times ).toFixed( 1 ),
			max_ms: +Math.max( ...times ).toFixed( 1 ),
			runs: times.length,
		};
	} finally {
		await browser.close();
	}
}
