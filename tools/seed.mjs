// npm run seed -- --tickets 100000 [--messages N] [--contacts N] [--site dev|dev-mariadb]
// Appends bulk data to a site `npm start` created.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startMariaDB } from './lib/mariadb.mjs';
import { SITES, siteDir } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

const { values } = parseArgs( {
	options: {
		tickets: { type: 'string', default: '1000' },
		messages: { type: 'string' },
		contacts: { type: 'string' },
		site: { type: 'string', default: 'dev' },
	},
} );
const dir = siteDir( values.site );
if ( ! existsSync( join( dir, '.storedesk-installed' ) ) ) {
	console.error(
		`No site in ${ dir }. Run npm start first${ values.site === 'dev-mariadb' ? ' -- --db=mariadb' : '' }.`
	);
	process.exit( 2 );
}
const usesMariaDB = readFileSync(
	join( dir, 'wp-config.php' ),
	'utf8'
).includes( 'mysqld.sock' );
const mariadb = usesMariaDB
	? await startMariaDB( join( SITES, 'db', 'dev' ) )
	: null;
try {
	const args = [
		'-d',
		'memory_limit=2G',
		'tools/php/seed-bulk.php',
		`--tickets=${ values.tickets }`,
	];
	if ( values.messages ) {
		args.push( `--messages=${ values.messages }` );
	}
	if ( values.contacts ) {
		args.push( `--contacts=${ values.contacts }` );
	}
	run( 'php', args, { env: { ...process.env, STOREDESK_SITE: dir } } );
} finally {
	await mariadb?.stop();
}
