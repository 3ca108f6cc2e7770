// npm test: installs what is missing, builds, runs every suite and ends with
// one line "N passed, N failed, N skipped". Options: --suite js|php|sqlite|rest|e2e (repeatable);
// --without-woocommerce runs everything on sites without WooCommerce, as a store without it is.
//
// WooCommerce's two order storages, compatibility mode (sync) off on both
// (tools/php/order-storage.php): the PHP suite on MariaDB, REST and end-to-end
// run on HPOS; the PHP suite on SQLite on posts (legacy), so every WooCommerce
// PHP test runs both ways; and the specs tagged @woocommerce run a second time
// on a site of their own on posts. The two PHP suites run side by side (own
// sites and databases), each into .wp/results/phpunit-<db>.log.
/* eslint-disable no-console -- a command-line report. */
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
} from 'node:fs';
import { join, relative } from 'node:path';
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
import { run, runAsync } from './lib/run.mjs';
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
// Order storage per PHP suite's database (tools/php/order-storage.php).
const ORDER_STORAGE = { mariadb: 'hpos', sqlite: 'posts' };
const STORAGE_LABEL = { hpos: 'HPOS', posts: 'posts, legacy' };
// The specs that run again on legacy order storage have this in their title.
const WOOCOMMERCE_TAG = '@woocommerce';
const LEGACY_SUITE = 'End-to-end, WooCommerce on legacy order storage';
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

// Puts a site with WooCommerce on one order storage, sync off; returns the
// storage, or '' when WooCommerce is not on the site (nothing to switch).
function setOrderStorage( site, storage ) {
	if ( ! site.woocommerce ) {
		return '';
	}
	const res = php( site, 'order-storage.php', [ storage ], {
		capture: true,
	} );
	console.log( `${ site.name }: ${ res.stdout.trim() }` );
	return storage;
}

// The heading of a suite, with the order storage it ran on.
const titled = ( name, storage ) =>
	`${ name } (${ storage ? `orders: ${ STORAGE_LABEL[ storage ] }` : 'without WooCommerce' })`;

// The last lines of a log, for a run that ended without saying why in its report.
function tail( file, lines = 40 ) {
	if ( ! existsSync( file ) ) {
		return '';
	}
	return readFileSync( file, 'utf8' )
		.trimEnd()
		.split( '\n' )
		.slice( -lines )
		.join( '\n' );
}

// One PHPUnit suite on its own site (and, on MariaDB, its own mariadbd).
// Returns what to record; its output goes to .wp/results/phpunit-<db>.log.
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
	const storage = setOrderStorage( site, ORDER_STORAGE[ db ] );
	const title = titled( name, storage );
	const junit = join( OUT, `phpunit-${ db }.xml` );
	// TeamCity's log is the one that keeps why a test was skipped.
	const teamcity = join( OUT, `phpunit-${ db }.teamcity` );
	const log = join( OUT, `phpunit-${ db }.log` );
	console.log(
		`${ title }: PHPUnit running, output in ${ relative( ROOT, log ) }`
	);
	const started = Date.now();
	const res = await runAsync(
		join( ROOT, 'vendor', 'bin', 'phpunit' ),
		[ '--verbose', '--log-junit', junit, '--log-teamcity', teamcity ],
		{
			cwd: ROOT,
			log,
			env: {
				...process.env,
				STOREDESK_SITE: site.dir,
				STOREDESK_URL: site.url,
				STOREDESK_CORPUS: CORPUS ?? '',
				// The storage the suite runs on, '' without WooCommerce (OrderStorageTest).
				STOREDESK_ORDER_STORAGE: storage,
				...IMAP,
			},
		}
	);
	const seconds = Math.round( ( Date.now() - started ) / 1000 );
	console.log( `${ title }: PHPUnit done in ${ seconds } s` );
	return {
		name: title,
		result: fromJunit( junit, teamcity ),
		reason: `phpunit exited with ${ res.status ?? res.signal }`,
		// PHPUnit stopped with an error or failed without a failing test (a
		// warning, a crash): its own words, since its output went to the log.
		log: res.status === 0 ? '' : tail( log ),
	};
}

// Runs the PHP suites side by side and records them in the order asked.
async function phpSuites( list ) {
	const done = await Promise.allSettled(
		list.map( ( [ name, db ] ) => phpSuite( name, db ) )
	);
	done.forEach( ( d, i ) => {
		if ( d.status === 'rejected' ) {
			record(
				list[ i ][ 0 ],
				null,
				d.reason?.message || String( d.reason )
			);
			return;
		}
		const { name, result, reason, log } = d.value;
		record( name, result, reason );
		if ( log && ( ! result || result.failed === 0 ) ) {
			console.log( `\n${ reason }; the end of its output:\n${ log }` );
		}
	} );
}

// A site for Playwright: its own database in the e2e mariadbd, mail sink,
// order storage and server. Null when the legacy pass finds no WooCommerce.
async function e2eSite( name, port, mariadb, storage ) {
	const sink = await startSmtpSink(
		join( OUT, name === 'e2e' ? 'mail' : `mail-${ name }` )
	);
	cleanups.push( () => sink.stop() );
	const site = ensureSite( {
		name,
		url: `http://127.0.0.1:${ port }`,
		db: 'mariadb',
		mariadb,
		reset: true,
		mailSink: sink.port,
		woocommerce: WOOCOMMERCE,
	} );
	if ( storage === 'posts' && ! site.woocommerce ) {
		return null;
	}
	const set = setOrderStorage( site, storage );
	if ( existsSync( join( ROOT, 'tools', 'php', 'seed-e2e.php' ) ) ) {
		php( site, 'seed-e2e.php' );
	}
	const server = await startServer( site.dir, port, { workers: 4 } );
	cleanups.push( () => server.stop() );
	return { site, sink, server, storage: set };
}

// Runs Playwright against a site made by e2eSite(), its report in `report`.
function playwright( args, { site, sink, server, storage }, report ) {
	return run( 'npx', [ 'playwright', 'test', ...args ], {
		cwd: ROOT,
		allowFail: true,
		// STOREDESK_E2E_WOOCOMMERCE: specs that need WooCommerce skip, with the reason, when it is 0.
		env: {
			...process.env,
			STOREDESK_E2E_WOOCOMMERCE: site.woocommerce ? '1' : '0',
			// hpos or posts ('' without WooCommerce), for specs that care.
			STOREDESK_E2E_ORDER_STORAGE: storage,
			STOREDESK_E2E_URL: server.url,
			STOREDESK_E2E_SITE: site.dir,
			STOREDESK_E2E_USER: 'admin',
			STOREDESK_E2E_PASSWORD: 'password',
			PLAYWRIGHT_JSON_OUTPUT_NAME: report,
			STOREDESK_E2E_MAILBOX: sink.dir,
			...IMAP,
		},
	} );
}

async function playwrightSuites( projects ) {
	const mariadb = await startMariaDB( join( SITES, 'db', 'e2e' ), {
		fresh: true,
		fast: true,
	} );
	cleanups.push( () => mariadb.stop() );
	const e2e = await e2eSite(
		'e2e',
		await freePort( E2E_PORT ),
		mariadb,
		'hpos'
	);
	const report = join( OUT, 'playwright.json' );
	const res = playwright(
		[
			...projects.map( ( p ) => `--project=${ p }` ),
			...( values.grep ? [ '--grep', values.grep ] : [] ),
		],
		e2e,
		report
	);
	for ( const p of projects ) {
		record(
			titled(
				p === 'rest' ? 'REST integration' : 'End-to-end (Chromium)',
				e2e.storage
			),
			fromPlaywright( report, p ),
			`playwright exited with ${ res.status }`
		);
	}
	await legacyStoragePass( projects, mariadb );
}

// Sums the projects' results in one report into one.
function sumPlaywright( report, projects ) {
	const parts = projects.map( ( p ) => fromPlaywright( report, p ) );
	if ( parts.some( ( r ) => ! r ) ) {
		return null;
	}
	return parts.reduce(
		( a, r ) => ( {
			passed: a.passed + r.passed,
			failed: a.failed + r.failed,
			skipped: a.skipped + r.skipped,
			failures: [ ...a.failures, ...r.failures ],
			skips: [ ...a.skips, ...r.skips ],
		} ),
		{ passed: 0, failed: 0, skipped: 0, failures: [], skips: [] }
	);
}

const none = () => ( {
	passed: 0,
	failed: 0,
	skipped: 0,
	failures: [],
	skips: [],
} );

// The specs tagged @woocommerce (and matching --grep), again, on a site of
// their own with WooCommerce on posts storage (legacy), sync off: its own
// database in the e2e mariadbd, its own server, mail sink and report. Nothing
// tagged, or no WooCommerce: recorded as 0 without making the site.
async function legacyStoragePass( projects, mariadb ) {
	const grep = values.grep
		? `^(?=.*${ WOOCOMMERCE_TAG })(?=.*(?:${ values.grep }))`
		: WOOCOMMERCE_TAG;
	const selection = [
		...projects.map( ( p ) => `--project=${ p }` ),
		'--grep',
		grep,
		'--pass-with-no-tests',
	];
	if ( ! WOOCOMMERCE ) {
		console.log( `\n${ LEGACY_SUITE }: not run (--without-woocommerce).` );
		record( LEGACY_SUITE, none() );
		return;
	}
	const listed = run(
		'npx',
		[ 'playwright', 'test', '--list', '--reporter=list', ...selection ],
		{ cwd: ROOT, capture: true, allowFail: true }
	);
	const count = listed.stdout.match( /^Total: (\d+) tests? in/m );
	if ( listed.status === 0 && count && Number( count[ 1 ] ) === 0 ) {
		console.log(
			`\n${ LEGACY_SUITE }: no ${ projects.join( ' or ' ) } spec has ${ WOOCOMMERCE_TAG } in its title${ values.grep ? ' and matches --grep' : '' }.`
		);
		record( LEGACY_SUITE, none() );
		return;
	}
	const legacy = await e2eSite(
		'e2e-legacy',
		await freePort( E2E_PORT + 10 ),
		mariadb,
		'posts'
	);
	if ( ! legacy ) {
		console.log(
			`\n${ LEGACY_SUITE }: not run, WooCommerce is not on the site.`
		);
		record( LEGACY_SUITE, none() );
		return;
	}
	const report = join( OUT, 'playwright-legacy.json' );
	const res = playwright(
		[
			...selection,
			'--output',
			join( OUT, 'playwright-artifacts-legacy' ),
		],
		legacy,
		report
	);
	// An empty selection that wrote no report is still a clean 0.
	const result =
		sumPlaywright( report, projects ) ??
		( res.status === 0 ? none() : null );
	record( LEGACY_SUITE, result, `playwright exited with ${ res.status }` );
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
	await phpSuites(
		[
			[ 'PHP on MariaDB', 'mariadb' ],
			[ 'PHP on SQLite', 'sqlite' ],
		].filter( ( [ , db ] ) =>
			suites.includes( db === 'mariadb' ? 'php' : db )
		)
	);
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
