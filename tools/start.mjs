// npm start: everything a newcomer needs, then a running demo site.
// Options: --port N, --reset, --db=mariadb.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureComposer, ensureNodeModules, ensureSystemPackages } from './lib/env.mjs';
import { startMariaDB } from './lib/mariadb.mjs';
import { ROOT, SITES } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { startServer } from './lib/server.mjs';
import { ensureSite, php } from './lib/site.mjs';
import { wordpressVersion } from './lib/wordpress.mjs';

const { values: opts } = parseArgs( { options: { port: { type: 'string', default: '8888' }, reset: { type: 'boolean', default: false }, db: { type: 'string', default: 'sqlite' } } } );
if ( ! [ 'sqlite', 'mariadb' ].includes( opts.db ) ) {
	console.error( `--db must be sqlite or mariadb, not ${ opts.db }` );
	process.exit( 2 );
}

const stops = [];
async function shutdown( code = 0 ) {
	for ( const stop of stops.reverse() ) await stop();
	process.exit( code );
}
process.on( 'SIGINT', () => shutdown( 0 ) );
process.on( 'SIGTERM', () => shutdown( 0 ) );

try {
	ensureSystemPackages();
	ensureNodeModules();
	if ( existsSync( join( ROOT, 'webpack.config.js' ) ) && ( ! existsSync( join( ROOT, 'build', 'admin.asset.php' ) ) || opts.reset ) ) {
		console.log( 'Building assets…' );
		run( 'npx', [ 'wp-scripts', 'build' ], { cwd: ROOT } );
	}
	const url = `http://127.0.0.1:${ opts.port }`;
	let mariadb = null;
	if ( opts.db === 'mariadb' ) {
		mariadb = await startMariaDB( join( SITES, 'db', 'dev' ) );
		stops.push( () => mariadb.stop() );
	}
	const site = ensureSite( { name: opts.db === 'mariadb' ? 'dev-mariadb' : 'dev', url, db: opts.db, mariadb, reset: opts.reset } );
	if ( site.fresh ) {
		console.log( 'Seeding demo data…' );
		php( site, 'seed-demo.php' );
	}
	const server = await startServer( site.dir, opts.port );
	stops.push( () => server.stop() );
	console.log( `
Storedesk is running on WordPress ${ wordpressVersion() } (${ opts.db === 'mariadb' ? 'MariaDB' : 'SQLite' }${ site.woocommerce ? ', WooCommerce active' : ', without WooCommerce' }).

  Helpdesk:  ${ url }/wp-admin/admin.php?page=storedesk
  wp-admin:  ${ url }/wp-admin/
  Storefront: ${ url }/
  Login:     admin / password   (agents: agent.ana, agent.ben; manager: manager.mia; same password)

Press Ctrl-C to stop.` );
	await new Promise( () => {} );
} catch ( e ) {
	console.error( `\nnpm start failed: ${ e.message }` );
	await shutdown( 1 );
}
