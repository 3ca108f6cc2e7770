// npm test: installs what is missing, builds, runs every suite and ends with
// one line "N passed, N failed, N skipped". Options: --suite js|php|sqlite|rest|e2e (repeatable);
// --without-woocommerce runs everything on sites without WooCommerce, as a store without it is.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
	ensureComposer,
	ensureCorpus,
	ensurePrefixedVendor,
	ensureNodeModules,
	ensureSystemPackages,
} from './lib/env.mjs';
import { imapEnv, startDovecot } from './lib/dovecot.mjs';
import { startMariaDB } from './lib/mariadb.mjs';
import { ROOT, SITES } from './lib/paths.mjs';
import { fromJest, fromJunit, fromPlaywright } from './lib/results.mjs';
import { run } from './lib/run.mjs';
import { freePort, startServer } from './lib/server.mjs';
import { ensureSite, php } from './lib/site.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';
import { ensureWooCommerce } from './lib/wordpress.mjs';

const ALL = [ 'js', 'php', 'sqlite', 'rest', 'e2e' ];
// --grep PATTERN runs only the Playwright specs whose title matches (while working on one).
const { values } = parseArgs( {
	options: {
		suite: { type: 'string', multiple: true },
		grep: { type: 'string' },
		'without-woocommerce': { type: 'boolean' },
	},
} );
const WOOCOMMERCE = ! values[ 'without-woocommerce' ];
const suites = values.suite?.length ? values.suite : ALL;
const OUT = join( SITES, 'results' );
// STOREDESK_E2E_PORT: another preferred port, for runs side by side on one machine.
const E2E_PORT = Number( process.env.STOREDESK_E2E_PORT ) || 8890;
const results = [];
const cleanups = [];
// The email corpus the PHP suites read (STOREDESK_CORPUS), when there is one.
let CORPUS = null;
// The real IMAP server the PHP and Playwright suites read mail from
// (STOREDESK_IMAP, JSON: host, port, tls_port, user, password); without one
// their IMAP tests skip (undefined drops one this shell may have set).
let IMAP = { STOREDESK_IMAP: undefined };

function record( name, result, reason ) {
	const r = result || {
		passed: 0,
		failed: 1,
		skipped: 0,
		failures: [
			`${ name } crashed before writing its report${ reason ? `: ${ reason }` : '' }`,
		],
		skips: [],
	};
	results.push( { name, ...r } );
	console.log(
		`\n== ${ name }: ${ r.passed } passed, ${ r.failed } failed, ${ r.skipped } skipped`
	);
	for ( const s of r.skips || [] ) {
		console.log( `  ○ skipped: ${ s }` );
	}
	for ( const f of r.failures ) {
		console.log( `\n✗ ${ f }` );
	}
}

function hasFiles( dir, pattern ) {
	if ( ! existsSync( dir ) ) {
		return false;
	}
	return readdirSync( dir, { recursive: true } ).some(
		( f ) =>
			pattern.test( String( f ) ) &&
			! String( f ).includes( 'node_modules' )
	);
}

async function phpSuite( name, db ) {
	let mariadb = null;
	if ( db === 'mariadb' ) {
		mariadb = await startMariaDB( join( SITES, 'db', 'phpunit' ), {
			fresh: true,
			fast: true,
		} );
		cleanups.push( () => mariadb.stop() );
	}
	const site = ensureSite( {
		name: `phpunit-${ db }`,
		url: 'http://127.0.0.1',
		db,
		mariadb,
		reset: true,
		woocommerce: WOOCOMMERCE,
	} );
	const junit = join( OUT, `phpunit-${ db }.xml` );
	// TeamCity's log is the one that keeps why a test was skipped.
	const teamcity = join( OUT, `phpunit-${ db }.teamcity` );
	const res = run(
		join( ROOT, 'vendor', 'bin', 'phpunit' ),
		[ '--verbose', '--log-junit', junit, '--log-teamcity', teamcity ],
		{
			cwd: ROOT,
			allowFail: true,
			env: {
				...process.env,
				STOREDESK_SITE: site.dir,
				STOREDESK_URL: site.url,
				STOREDESK_CORPUS: CORPUS ?? '',
				...IMAP,
			},
		}
	);
	record(
		name,
		fromJunit( junit, teamcity ),
		`phpunit exited with ${ res.status }`
	);
}

async function playwrightSuites( projects ) {
	const mariadb = await startMariaDB( join( SITES, 'db', 'e2e' ), {
		fresh: true,
		fast: true,
	} );
	cleanups.push( () => mariadb.stop() );
	const port = await freePort( E2E_PORT );
	// Every email the site sends lands here, as JSON files the specs read (tests/e2e/pages/mailbox.ts).
	const sink = await startSmtpSink( join( OUT, 'mail' ) );
	cleanups.push( () => sink.stop() );
	const site = ensureSite( {
		name: 'e2e',
		url: `http://127.0.0.1:${ port }`,
		db: 'mariadb',
		mariadb,
		reset: true,
		mailSink: sink.port,
		woocommerce: WOOCOMMERCE,
	} );
	if ( existsSync( join( ROOT, 'tools', 'php', 'seed-e2e.php' ) ) ) {
		php( site, 'seed-e2e.php' );
	}
	const server = await startServer( site.dir, port, { workers: 4 } );
	cleanups.push( () => server.stop() );
	const report = join( OUT, 'playwright.json' );
	const res = run(
		'npx',
		[
			'playwright',
			'test',
			...projects.map( ( p ) => `--project=${ p }` ),
			...( values.grep ? [ '--grep', values.grep ] : [] ),
		],
		{
			cwd: ROOT,
			allowFail: true,
			// STOREDESK_E2E_WOOCOMMERCE: specs that need WooCommerce skip, with the reason, when it is 0.
			env: {
				...process.env,
				STOREDESK_E2E_WOOCOMMERCE: site.woocommerce ? '1' : '0',
				STOREDESK_E2E_URL: server.url,
				STOREDESK_E2E_SITE: site.dir,
				STOREDESK_E2E_USER: 'admin',
				STOREDESK_E2E_PASSWORD: 'password',
				PLAYWRIGHT_JSON_OUTPUT_NAME: report,
				STOREDESK_E2E_MAILBOX: sink.dir,
				...IMAP,
			},
		}
	);
	for ( const p of projects ) {
		record(
			p === 'rest' ? 'REST integration' : 'End-to-end (Chromium)',
			fromPlaywright( report, p ),
			`playwright exited with ${ res.status }`
		);
	}
}

// One Dovecot for every suite that reads mail, empty at each run.
async function startImap() {
	try {
		const dovecot = await startDovecot( join( SITES, 'dovecot' ) );
		cleanups.push( () => dovecot.stop() );
		IMAP = { STOREDESK_IMAP: imapEnv( dovecot ) };
		console.log(
			`IMAP: Dovecot on 127.0.0.1:${ dovecot.port } (STARTTLS) and :${ dovecot.tlsPort } (TLS), user ${ dovecot.user }.`
		);
	} catch ( e ) {
		if ( e.code === 'ENODOVECOT' ) {
			console.log(
				`IMAP: ${ e.message } STOREDESK_IMAP is unset and the IMAP tests are skipped.`
			);
			return;
		}
		// Installed but broken: the IMAP tests still skip, and the run fails.
		record( 'Dovecot (IMAP test server)', {
			passed: 0,
			failed: 1,
			skipped: 0,
			failures: [ e.message ],
		} );
	}
}

let code = 0;
try {
	ensureSystemPackages();
	ensureNodeModules();
	ensureComposer();
	ensurePrefixedVendor();
	CORPUS = ensureCorpus();
	rmSync( OUT, { recursive: true, force: true } );
	mkdirSync( OUT, { recursive: true } );
	if ( ! WOOCOMMERCE ) {
		console.log(
			'WooCommerce: hidden (--without-woocommerce); every site runs without it and WooCommerce tests are skipped.'
		);
	} else if ( ! ensureWooCommerce() ) {
		console.log(
			'WooCommerce: no built copy in $STOREDESK_WOOCOMMERCE_DIR, ~/.cache/storedesk/woocommerce or ../shared/vendor; WooCommerce tests are skipped.'
		);
	}
	if (
		suites.some( ( s ) => [ 'rest', 'e2e' ].includes( s ) ) &&
		existsSync( join( ROOT, 'webpack.config.js' ) )
	) {
		run( 'npx', [ 'wp-scripts', 'build' ], { cwd: ROOT } );
	}
	if ( suites.includes( 'js' ) ) {
		if ( hasFiles( join( ROOT, 'src' ), /\/test\/.*\.test\.[jt]sx?$/ ) ) {
			const report = join( OUT, 'jest.json' );
			const res = run(
				'npx',
				[
					'wp-scripts',
					'test-unit-js',
					'--json',
					`--outputFile=${ report }`,
				],
				{ cwd: ROOT, allowFail: true }
			);
			record(
				'TypeScript (Jest)',
				fromJest( report ),
				`jest exited with ${ res.status }`
			);
		} else {
			record( 'TypeScript (Jest)', {
				passed: 0,
				failed: 0,
				skipped: 0,
				failures: [],
			} );
		}
	}
	if (
		suites.some( ( s ) => [ 'php', 'sqlite', 'rest', 'e2e' ].includes( s ) )
	) {
		await startImap();
	}
	if ( suites.includes( 'php' ) ) {
		await phpSuite( 'PHP on MariaDB', 'mariadb' );
	}
	if ( suites.includes( 'sqlite' ) ) {
		await phpSuite( 'PHP on SQLite', 'sqlite' );
	}
	const projects = [ 'rest', 'e2e' ].filter(
		( p ) =>
			suites.includes( p ) &&
			hasFiles(
				join( ROOT, 'tests', p === 'rest' ? 'rest' : 'e2e' ),
				/\.spec\.ts$/
			)
	);
	if ( projects.length ) {
		await playwrightSuites( projects );
	}
} catch ( e ) {
	console.error( `\nnpm test could not finish: ${ e.stack || e.message }` );
	results.push( {
		name: 'setup',
		passed: 0,
		failed: 1,
		skipped: 0,
		failures: [],
	} );
} finally {
	for ( const stop of cleanups.reverse() ) {
		await stop();
	}
}
const sum = ( k ) => results.reduce( ( n, r ) => n + r[ k ], 0 );
if ( sum( 'failed' ) > 0 ) {
	code = 1;
}
if ( ! WOOCOMMERCE ) {
	console.log( '\n(run without WooCommerce)' );
}
console.log(
	`\n${ sum( 'passed' ) } passed, ${ sum( 'failed' ) } failed, ${ sum( 'skipped' ) } skipped`
);
process.exit( code );
