// npm start: everything a newcomer needs, then a running demo site.
// Options: --port N, --reset, --db=mariadb.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
	ensureComposer,
	ensurePrefixedVendor,
	ensureNodeModules,
	ensureSystemPackages,
} from './lib/env.mjs';
import { startMariaDB } from './lib/mariadb.mjs';
import { ROOT, SITES } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { startServer } from './lib/server.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';
import { ensureSite, php } from './lib/site.mjs';
import { wordpressVersion } from './lib/wordpress.mjs';

const { values: opts } = parseArgs( {
	options: {
		port: { type: 'string', default: '8888' },
		reset: { type: 'boolean', default: false },
		db: { type: 'string', default: 'sqlite' },
	},
} );
if ( ! [ 'sqlite', 'mariadb' ].includes( opts.db ) ) {
	console.error( `--db must be sqlite or mariadb, not ${ opts.db }` );
	process.exit( 2 );
}

// Whether anything the bundle is built from changed since the last build.
function buildIsStale() {
	const built = join( ROOT, 'build', 'admin.asset.php' );
	if ( ! existsSync( built ) ) {
		return true;
	}
	const since = statSync( built ).mtimeMs;
	const inputs = [
		'package.json',
		'webpack.config.js',
		...readdirSync( join( ROOT, 'src' ), { recursive: true } ).map( ( f ) =>
			join( 'src', String( f ) )
		),
	];
	return inputs.some( ( f ) => statSync( join( ROOT, f ) ).mtimeMs > since );
}

const stops = [];
async function shutdown( code = 0 ) {
	for ( const stop of stops.reverse() ) {
		await stop();
	}
	process.exit( code );
}
process.on( 'SIGINT', () => shutdown( 0 ) );
process.on( 'SIGTERM', () => shutdown( 0 ) );

try {
	ensureSystemPackages();
	ensureNodeModules();
	ensureComposer();
	ensurePrefixedVendor();
	if (
		existsSync( join( ROOT, 'webpack.config.js' ) ) &&
		( opts.reset || buildIsStale() )
	) {
		console.log( 'Building assets…' );
		run( 'npx', [ 'wp-scripts', 'build' ], { cwd: ROOT } );
	}
	const url = `http://127.0.0.1:${ opts.port }`;
	let mariadb = null;
	if ( opts.db === 'mariadb' ) {
		mariadb = await startMariaDB( join( SITES, 'db', 'dev' ) );
		stops.push( () => mariadb.stop() );
	}
	// The store's emails land here instead of an MTA this machine lacks.
	const mailbox = join( SITES, 'mail-dev' );
	const sink = await startSmtpSink( mailbox );
	stops.push( () => sink.stop() );
	const site = ensureSite( {
		name: opts.db === 'mariadb' ? 'dev-mariadb' : 'dev',
		url,
		db: opts.db,
		mariadb,
		reset: opts.reset,
		mailSink: sink.port,
	} );
	if ( site.fresh ) {
		console.log( 'Seeding demo data…' );
		php( site, 'seed-demo.php' );
	}
	// Also on a site seeded before WooCommerce was there: its demo customers
	// and conversations are already in place, and get orders now.
	let store = site.store;
	if ( store && ! store.seeded ) {
		console.log( 'Seeding the demo store…' );
		const out = php( site, 'seed-store.php', [], { capture: true } ).stdout;
		process.stdout.write(
			out.replace( /^Store: .*$/m, '' ).replace( /\n+$/, '\n' )
		);
		store = JSON.parse( out.match( /^Store: (.*)$/m )[ 1 ] );
	}
	// The help centre's articles (the search's labelled set: English, Thai,
	// Turkish), also on a site made before the knowledge base was there.
	const help = JSON.parse(
		php( site, 'seed-articles.php', [ '--count=40' ], { capture: true } )
			.stdout
	);
	if ( help.added ) {
		console.log( `Seeded ${ help.added } help articles.` );
	}
	const server = await startServer( site.dir, opts.port );
	stops.push( () => server.stop() );
	// The sites turn WP-Cron's page-load trigger off (nothing may wait on the
	// closed network), so background jobs (emails sent later, Action
	// Scheduler, clean-ups) run from this tick instead, as a server cron would.
	const cron = setInterval(
		() => fetch( `${ url }/wp-cron.php?doing_wp_cron` ).catch( () => {} ),
		30000
	);
	stops.push( () => clearInterval( cron ) );
	const shop = store
		? `\n  Shop:      ${ store.shop }   (customers: ${ store.customers.join( ', ' ) }; same password)`
		: '';
	console.log( `
Storedesk is running on WordPress ${ wordpressVersion() } (${ opts.db === 'mariadb' ? 'MariaDB' : 'SQLite' }${ store ? `, WooCommerce ${ store.version } active: ${ store.products } products, ${ store.orders } orders` : ', without WooCommerce' }).

  Helpdesk:  ${ url }/wp-admin/admin.php?page=storedesk
  wp-admin:  ${ url }/wp-admin/
  Storefront: ${ url }/${ shop }
  Help:      ${ url }/help/   (${ help.after } articles in English, Thai and Turkish)
  Login:     admin / password   (agents: agent.ana, agent.ben; manager: manager.mia; same password)
  Emails:    caught by a local SMTP sink, one JSON file each in ${ mailbox }

Press Ctrl-C to stop.` );
	await new Promise( () => {} );
} catch ( e ) {
	console.error( `\nnpm start failed: ${ e.message }` );
	await shutdown( 1 );
}
