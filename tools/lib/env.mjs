// Installs what a fresh machine lacks: Debian packages, npm and Composer
// dependencies. Each step checks first, so a second run costs nothing.
import { cpSync, existsSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ROOT } from './paths.mjs';
import { has, output, run } from './run.mjs';

const PHP_EXTENSIONS = {
	pdo_sqlite: 'php-sqlite3',
	mysqli: 'php-mysql',
	dom: 'php-xml',
	mbstring: 'php-mbstring',
	curl: 'php-curl',
	gd: 'php-gd',
	intl: 'php-intl',
	zip: 'php-zip',
};
const COMMANDS = {
	mariadbd: 'mariadb-server',
	chromium: 'chromium',
	dovecot: 'dovecot-imapd',
	unzip: 'unzip',
};

export function ensureSystemPackages() {
	const loaded = output( 'php', [ '-m' ] ).toLowerCase().split( '\n' );
	const missing = new Set();
	for ( const [ ext, pkg ] of Object.entries( PHP_EXTENSIONS ) ) {
		if ( ! loaded.includes( ext ) ) {
			missing.add( pkg );
		}
	}
	for ( const [ cmd, pkg ] of Object.entries( COMMANDS ) ) {
		if ( ! has( cmd ) && ! existsSync( `/usr/sbin/${ cmd }` ) ) {
			missing.add( pkg );
		}
	}
	if ( ! missing.size ) {
		return;
	}
	console.log(
		`Installing Debian packages: ${ [ ...missing ].join( ' ' ) }`
	);
	run( 'apt-get', [ 'update', '-qq' ] );
	run( 'apt-get', [ 'install', '-y', '-qq', ...missing ], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	} );
}

const newer = ( a, b ) =>
	! existsSync( b ) || statSync( a ).mtimeMs > statSync( b ).mtimeMs;

export function ensureNodeModules() {
	if (
		newer(
			join( ROOT, 'package.json' ),
			join( ROOT, 'node_modules', '.package-lock.json' )
		)
	) {
		console.log( 'Installing npm packages…' );
		run( 'npm', [ 'install', '--no-audit', '--no-fund' ], { cwd: ROOT } );
	}
}

export function ensureComposer() {
	if (
		newer(
			join( ROOT, 'composer.json' ),
			join( ROOT, 'vendor', 'autoload.php' )
		)
	) {
		console.log( 'Installing Composer dev packages…' );
		run(
			'composer',
			[ 'install', '--no-interaction', '--no-progress', '-q' ],
			{ cwd: ROOT }
		);
		// Composer leaves an unchanged autoload.php as it was; without this every run would install again.
		const now = new Date();
		utimesSync( join( ROOT, 'vendor', 'autoload.php' ), now, now );
	}
}

// The plugin's run-time Composer packages, prefixed under Storedesk\Vendor\ in
// build/php-vendor/ (tools/php/prefix-vendor.php), whenever Composer installed
// something newer or the prefixer changed.
export function ensurePrefixedVendor( { force = false } = {} ) {
	const stamp = join( ROOT, 'build', 'php-vendor', 'packages.json' );
	const inputs = [
		join( ROOT, 'vendor', 'composer', 'installed.json' ),
		join( ROOT, 'tools', 'php', 'prefix-vendor.php' ),
		join( ROOT, 'tools', 'php', 'prefixer', 'Prefixer.php' ),
	];
	if ( force || inputs.some( ( input ) => newer( input, stamp ) ) ) {
		console.log( 'Prefixing the run-time PHP packages…' );
		run( 'php', [ join( ROOT, 'tools', 'php', 'prefix-vendor.php' ) ], {
			cwd: ROOT,
		} );
	}
}

// The real-world email corpus beside the repo (../shared/corpus), kept in the
// cache too, so a clone made elsewhere tests against it as well. Null where
// there is none: the corpus tests are then skipped, not failed.
export function ensureCorpus() {
	const shared = join( ROOT, '..', 'shared', 'corpus' );
	const cached = join( CACHE, 'corpus' );
	if ( existsSync( shared ) ) {
		cpSync( shared, cached, { recursive: true } );
		return shared;
	}
	return existsSync( cached ) ? cached : null;
}
