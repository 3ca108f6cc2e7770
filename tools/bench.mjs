// npm run bench: speed as ratios against a bare WordPress REST request timed
// in the same run (shared/docs/BENCHMARKS.md). Seeds a small then a large data
// set on MariaDB, times each scenario interleaved with the baseline, checks
// the query plans, writes bench/results/latest.json and prints a table.
// Options: --small-only, --skip-seed, --fresh, --runs N.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureComposer, ensureNodeModules, ensureSystemPackages } from './lib/env.mjs';
import { startMariaDB } from './lib/mariadb.mjs';
import { ROOT, SITES } from './lib/paths.mjs';
import { output, run } from './lib/run.mjs';
import { freePort, startServer } from './lib/server.mjs';
import { ensureSite } from './lib/site.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';
import { bundleSizes, firstInboxRender } from './lib/frontend-bench.mjs';
import { wordpressVersion } from './lib/wordpress.mjs';

const { values: opt } = parseArgs( { options: { 'small-only': { type: 'boolean' }, 'skip-seed': { type: 'boolean' }, fresh: { type: 'boolean' }, runs: { type: 'string', default: '30' } } } );
const RUNS = Math.max( 30, Number( opt.runs ) );
const PORT = await freePort( 8893 );
const SIZES = [
	{ name: 'small', tickets: 10000, messages: 100000, contacts: 2000 },
	{ name: 'large', tickets: 100000, messages: 1000000, contacts: 20000 },
];
const TARGETS = { 'inbox list': 1.5, 'inbox filtered': 2.0, 'ticket view': 2.0, 'inbox poll': 1.5, 'thread poll': 1.5, 'agent reply': 2.0, 'storefront ticket': 2.5 };
const FRONT_TARGETS = { admin_gzip_bytes: 250 * 1024, storefront_loader_gzip_bytes: 10 * 1024, first_inbox_render_ms: 1000 };

const median = ( a ) => {
	const s = [ ...a ].sort( ( x, y ) => x - y );
	return s.length % 2 ? s[ ( s.length - 1 ) / 2 ] : ( s[ s.length / 2 - 1 ] + s[ s.length / 2 ] ) / 2;
};
const p95 = ( a ) => [ ...a ].sort( ( x, y ) => x - y )[ Math.ceil( a.length * 0.95 ) - 1 ];

async function timed( url, init ) {
	const t = performance.now();
	const res = await fetch( url, init );
	await res.arrayBuffer();
	const ms = performance.now() - t;
	if ( res.status >= 400 ) throw new Error( `${ init?.method || 'GET' } ${ url } answered ${ res.status }` );
	return ms;
}

async function measure( base, auth, p ) {
	const headers = { Authorization: `Basic ${ Buffer.from( `${ p.user }:${ p.password }` ).toString( 'base64' ) }` };
	const api = `${ base }/wp-json/storedesk/v1`;
	const baseline = () => timed( `${ base }/wp-json/wp/v2/types/post`, { headers } );
	// Shoppers are anonymous, so their scenario is timed against an anonymous baseline.
	const anonymousBaseline = () => timed( `${ base }/wp-json/wp/v2/types/post` );
	const form = await ( await fetch( `${ base }/wp-json/storedesk/store/v1/form` ) ).json();
	const topic = form.fields?.find( ( f ) => f.name === 'topic' || f.key === 'topic' )?.options?.[ 0 ]?.value;
	await new Promise( ( r ) => setTimeout( r, 1100 ) ); // the form's minimum fill time on the bench site
	let shopper = 0;
	const scenarios = {
		'inbox list': () => timed( `${ api }/tickets?assignee=me&status=open&per_page=25&orderby=last_activity&order=desc`, { headers } ),
		'inbox filtered': () => timed( `${ api }/tickets?channel=email&tag=${ p.tag }&search=${ p.search }&status=open&per_page=25`, { headers } ),
		// No target: the FULLTEXT path alone, for a word in about one ticket in twelve.
		'search only': () => timed( `${ api }/tickets?search=${ p.search }&per_page=25`, { headers } ),
		'ticket view': () => timed( `${ api }/tickets/${ p.ticket }?with=messages`, { headers } ),
		// What every open inbox tab asks every 10 s: tickets changed in the last poll interval.
		'inbox poll': () => timed( `${ api }/tickets?orderby=updated&order=desc&per_page=100&updated_since=${ new Date( Date.now() - 10000 ).toISOString().replace( /\.\d+Z$/, 'Z' ) }`, { headers } ),
		// What an open ticket tab asks every 10 s: messages after the newest one it holds.
		'thread poll': () => timed( `${ api }/tickets/${ p.ticket }/messages?after=${ p.latest_message }`, { headers } ),
		'agent reply': () => timed( `${ api }/tickets/${ p.ticket }/messages`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify( { kind: 'reply', body: '<p>Thanks for waiting, the replacement ships today.</p>' } ) } ),
		// Validated, spam-checked, stored and acknowledged by email (to the local SMTP sink).
		// Each shopper writes from their own address, so no rate limit is reached.
		'storefront ticket': Object.assign(
			() => {
				shopper++;
				return timed( `${ base }/wp-json/storedesk/store/v1/tickets`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.${ Math.floor( shopper / 250 ) % 250 }.${ shopper % 250 }` },
					body: JSON.stringify( { name: `Bench Shopper ${ shopper }`, email: `shopper${ Date.now() }${ shopper }@example.test`, subject: 'Where is my order?', message: 'I ordered a velvet armchair last week and have heard nothing since. Could you check where it is?', topic, stamp: form.stamp, [ form.honeypot || 'website' ]: '' } ),
				} );
			},
			{ baseline: anonymousBaseline }
		),
	};
	const out = {};
	for ( const [ name, fn ] of Object.entries( scenarios ) ) {
		const base0 = fn.baseline || baseline;
		for ( let i = 0; i < 5; i++ ) {
			await base0();
			await fn();
		}
		const b = [];
		const s = [];
		// Interleaved so that machine noise lands on both series alike.
		for ( let i = 0; i < RUNS; i++ ) {
			b.push( await base0() );
			s.push( await fn() );
		}
		out[ name ] = { median_ms: +median( s ).toFixed( 2 ), p95_ms: +p95( s ).toFixed( 2 ), baseline_median_ms: +median( b ).toFixed( 2 ), ratio: +( median( s ) / median( b ) ).toFixed( 2 ) };
	}
	return out;
}

const php = ( site, script, args = [] ) => output( 'php', [ '-d', 'memory_limit=2G', join( ROOT, 'tools', 'php', script ), ...args ], { env: { ...process.env, STOREDESK_SITE: site.dir, STOREDESK_URL: site.url } } );

ensureSystemPackages();
ensureNodeModules();
ensureComposer();
run( 'npx', [ 'wp-scripts', 'build' ], { cwd: ROOT, capture: true } );
const mariadb = await startMariaDB( join( SITES, 'db', 'bench' ), { fresh: opt.fresh, fast: true } );
const cleanups = [];
const result = { date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[ 0 ]?.model, memory_gb: Math.round( totalmem() / 2 ** 30 ), php: output( 'php', [ '-r', 'echo PHP_VERSION;' ] ), wordpress: wordpressVersion() }, runs: RUNS, sizes: {}, targets: TARGETS };
try {
	const sink = await startSmtpSink( join( SITES, 'mail-bench' ) );
	cleanups.push( () => sink.stop() );
	const site = ensureSite( { name: 'bench', url: `http://127.0.0.1:${ PORT }`, db: 'mariadb', mariadb, reset: opt.fresh, mailSink: sink.port } );
	result.machine.woocommerce = site.woocommerce;
	for ( const size of opt[ 'small-only' ] ? SIZES.slice( 0, 1 ) : SIZES ) {
		let params = JSON.parse( php( site, 'bench-setup.php' ) );
		let seedSeconds = null;
		if ( ! opt[ 'skip-seed' ] && params.tickets < size.tickets ) {
			const t = Date.now();
			run( 'php', [ '-d', 'memory_limit=2G', 'tools/php/seed-bulk.php', `--tickets=${ size.tickets - params.tickets }`, `--messages=${ size.messages - params.messages }`, `--contacts=${ Math.max( 1, size.contacts - params.contacts ) }` ], { cwd: ROOT, env: { ...process.env, STOREDESK_SITE: site.dir, STOREDESK_URL: site.url } } );
			seedSeconds = +( ( Date.now() - t ) / 1000 ).toFixed( 1 );
			params = JSON.parse( php( site, 'bench-setup.php' ) );
		}
		console.log( `\n${ size.name }: ${ params.tickets } tickets, ${ params.messages } messages, ${ params.contacts } contacts; agent ${ params.user } has ${ params.open_mine } open tickets` );
		const server = await startServer( site.dir, PORT, { workers: 2 } );
		try {
			result.sizes[ size.name ] = { counts: { tickets: params.tickets, messages: params.messages, contacts: params.contacts }, seed_seconds: seedSeconds, scenarios: await measure( server.url, null, params ), explain: JSON.parse( php( site, 'bench-explain.php', [ String( params.agent ), params.tag, params.search ] ) ) };
			result.sizes[ size.name ].first_inbox_render = await firstInboxRender( server.url, { user: params.user, password: params.login_pass } );
		} finally {
			server.stop();
		}
	}
} finally {
	for ( const stop of cleanups ) await stop();
	await mariadb.stop();
}

const largest = result.sizes.large || result.sizes.small;
result.checks = Object.entries( TARGETS ).map( ( [ name, target ] ) => ( { check: `${ name } ≤ ${ target }× (${ result.sizes.large ? 'large' : 'small' })`, value: largest.scenarios[ name ].ratio, pass: largest.scenarios[ name ].ratio <= target } ) );
if ( result.sizes.large ) {
	const growth = +( result.sizes.large.scenarios[ 'inbox list' ].ratio / result.sizes.small.scenarios[ 'inbox list' ].ratio ).toFixed( 2 );
	result.checks.push( { check: 'inbox list large/small ≤ 1.2', value: growth, pass: growth <= 1.2 } );
	if ( result.sizes.large.seed_seconds !== null ) result.checks.push( { check: 'seeding the large set ≤ 600 s', value: result.sizes.large.seed_seconds, pass: result.sizes.large.seed_seconds <= 600 } );
}
result.frontend = bundleSizes();
result.checks.push( { check: `our admin JavaScript ≤ ${ FRONT_TARGETS.admin_gzip_bytes / 1024 } KB gzipped`, value: `${ ( result.frontend.admin_gzip_bytes / 1024 ).toFixed( 1 ) } KB`, pass: result.frontend.admin_gzip_bytes <= FRONT_TARGETS.admin_gzip_bytes } );
if ( result.frontend.storefront_loader_gzip_bytes !== null ) {
	result.checks.push( { check: `storefront loader ≤ ${ FRONT_TARGETS.storefront_loader_gzip_bytes / 1024 } KB gzipped`, value: `${ ( result.frontend.storefront_loader_gzip_bytes / 1024 ).toFixed( 1 ) } KB`, pass: result.frontend.storefront_loader_gzip_bytes <= FRONT_TARGETS.storefront_loader_gzip_bytes } );
}
const render = largest.first_inbox_render;
result.checks.push( { check: `first inbox render ≤ ${ FRONT_TARGETS.first_inbox_render_ms } ms in Chromium (${ result.sizes.large ? 'large' : 'small' })`, value: `${ render.median_ms } ms median, ${ render.max_ms } ms max of ${ render.runs }`, pass: render.median_ms <= FRONT_TARGETS.first_inbox_render_ms } );
const scans = Object.values( result.sizes ).flatMap( ( s ) => s.explain.flatMap( ( e ) => e.full_scans.map( ( t ) => `${ e.query }: ${ t }` ) ) );
result.checks.push( { check: 'no full scan in inbox query plans', value: scans.length ? scans.join( '; ' ) : 'none', pass: ! scans.length } );

mkdirSync( join( ROOT, 'bench', 'results' ), { recursive: true } );
writeFileSync( join( ROOT, 'bench', 'results', 'latest.json' ), JSON.stringify( result, null, 2 ) );
console.log( '\nscenario          size    median ms   p95 ms   baseline ms   ratio' );
for ( const [ sizeName, size ] of Object.entries( result.sizes ) ) {
	for ( const [ name, s ] of Object.entries( size.scenarios ) ) {
		console.log( `${ name.padEnd( 17 ) } ${ sizeName.padEnd( 7 ) } ${ String( s.median_ms ).padStart( 9 ) } ${ String( s.p95_ms ).padStart( 8 ) } ${ String( s.baseline_median_ms ).padStart( 13 ) } ${ String( s.ratio ).padStart( 7 ) }` );
	}
}
console.log( '' );
for ( const c of result.checks ) console.log( `${ c.pass ? 'PASS' : 'FAIL' }  ${ c.check }: ${ c.value }` );
console.log( `\nWritten to bench/results/latest.json` );
