// WordPress core from Debian's unstable suite (bookworm ships 6.1), unpacked
// into a self-contained tree in the machine cache, plus the SQLite
// integration from the npm registry. See shared/docs/ENVIRONMENT.md.
import {
	cpSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	readlinkSync,
	renameSync,
	rmSync,
	writeFileSync,
	copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { CACHE, ROOT } from './paths.mjs';
import { output, run } from './run.mjs';

const PACKAGES = [
	'wordpress',
	'wordpress-theme-twentytwentyfive',
	'libphp-phpmailer',
	'libjs-jquery-ui',
	'libjs-lodash',
	'libjs-underscore',
	'libjs-cropper',
	'php-getid3',
];

export const coreDir = () => join( CACHE, 'wordpress' );

// The machine's own archive, with only the suite swapped: no host name lives in the project.
function archiveUri() {
	const sources = readFileSync(
		'/etc/apt/sources.list.d/debian.sources',
		'utf8'
	);
	const uri = sources.split( '\n' ).find( ( l ) => l.startsWith( 'URIs:' ) );
	if ( ! uri ) {
		throw new Error(
			'No URIs: line in /etc/apt/sources.list.d/debian.sources'
		);
	}
	return uri.replace( 'URIs:', '' ).trim().split( /\s+/ )[ 0 ];
}

// Follows links inside the staging root, where absolute targets mean the root.
function resolveIn( root, path ) {
	for ( let i = 0; i < 40 && existsSyncLink( path ); i++ ) {
		const target = readlinkSync( path );
		path = isAbsolute( target )
			? join( root, target )
			: normalize( join( dirname( path ), target ) );
	}
	return path;
}
const existsSyncLink = ( p ) => {
	try {
		return lstatSync( p ).isSymbolicLink();
	} catch {
		return false;
	}
};

function copyResolved( root, from, to ) {
	const src = resolveIn( root, from );
	if ( ! existsSync( src ) ) {
		return;
	}
	if ( lstatSync( src ).isDirectory() ) {
		mkdirSync( to, { recursive: true } );
		for ( const name of readdirSync( src ) ) {
			copyResolved( root, join( src, name ), join( to, name ) );
		}
	} else {
		copyFileSync( src, to );
	}
}

// Downloads packages of a Debian suite through a private apt configuration (the
// machine's sources stay as they are) and unpacks them all into one root.
function unpackFromDebian( suite, packages, prefix ) {
	const work = mkdtempSync( join( tmpdir(), prefix ) );
	for ( const d of [
		'lists/partial',
		'cache/archives/partial',
		'debs',
		'root',
	] ) {
		mkdirSync( join( work, d ), { recursive: true } );
	}
	writeFileSync(
		join( work, 'sources.list' ),
		`deb [trusted=yes] ${ archiveUri() } ${ suite } main\n`
	);
	const opts = [
		`-o`,
		`Dir::Etc::SourceList=${ join( work, 'sources.list' ) }`,
		'-o',
		'Dir::Etc::SourceParts=/dev/null',
		'-o',
		`Dir::State::Lists=${ join( work, 'lists' ) }`,
		'-o',
		`Dir::Cache=${ join( work, 'cache' ) }`,
		'-o',
		'Acquire::Check-Valid-Until=false',
		'-o',
		'APT::Sandbox::User=root',
	];
	run( 'apt-get', [ ...opts, 'update', '-qq' ] );
	run( 'apt-get', [ ...opts, 'download', ...packages ], {
		cwd: join( work, 'debs' ),
		capture: true,
	} );
	for ( const deb of readdirSync( join( work, 'debs' ) ) ) {
		run( 'dpkg-deb', [
			'-x',
			join( work, 'debs', deb ),
			join( work, 'root' ),
		] );
	}
	return work;
}

// A classic (PHP template) theme for the storefront specs, beside the block
// theme core comes with: Twenty Twenty-One, which unstable no longer ships
// (bookworm's 1.7 runs on WordPress 7.1), kept apart from the core tree so a
// cached core stays valid.
export function ensureClassicTheme() {
	const dir = join( CACHE, 'themes', 'twentytwentyone' );
	if ( existsSync( join( dir, 'style.css' ) ) ) {
		return dir;
	}
	console.log( 'Fetching the Twenty Twenty-One theme from Debian bookworm…' );
	const work = unpackFromDebian(
		'bookworm',
		[ 'wordpress-theme-twentytwentyone' ],
		'storedesk-theme-'
	);
	const staging = `${ dir }.partial`;
	rmSync( staging, { recursive: true, force: true } );
	copyResolved(
		join( work, 'root' ),
		join(
			work,
			'root',
			'usr/share/wordpress/wp-content/themes/twentytwentyone'
		),
		staging
	);
	renameSync( staging, dir );
	rmSync( work, { recursive: true, force: true } );
	return dir;
}

export function ensureWordPressCore() {
	const dir = coreDir();
	if ( existsSync( join( dir, 'wp-includes', 'version.php' ) ) ) {
		return dir;
	}
	console.log( 'Fetching WordPress core from Debian unstable…' );
	const work = unpackFromDebian( 'sid', PACKAGES, 'storedesk-wp-' );
	const staging = `${ dir }.partial`;
	rmSync( staging, { recursive: true, force: true } );
	copyResolved(
		join( work, 'root' ),
		join( work, 'root', 'usr/share/wordpress' ),
		staging
	);
	copyFileSync(
		'/etc/ssl/certs/ca-certificates.crt',
		join( staging, 'wp-includes/certificates/ca-bundle.crt' )
	);
	rmSync( join( staging, 'wp-config.php' ), { force: true } );
	rmSync( join( staging, '.htaccess' ), { force: true } );
	renameSync( staging, dir );
	rmSync( work, { recursive: true, force: true } );
	console.log( `WordPress ${ wordpressVersion() } ready in ${ dir }` );
	return dir;
}

export function wordpressVersion() {
	const m = readFileSync(
		join( coreDir(), 'wp-includes/version.php' ),
		'utf8'
	).match( /\$wp_version = '([^']+)'/ );
	return m ? m[ 1 ] : 'unknown';
}

// The official SQLite Database Integration ships inside @wp-playground/cli;
// only that zip is taken, the package is not installed.
export function ensureSqlitePlugin() {
	const dir = join( CACHE, 'sqlite-database-integration' );
	if ( existsSync( join( dir, 'load.php' ) ) ) {
		return dir;
	}
	console.log( 'Fetching the SQLite Database Integration…' );
	const work = mkdtempSync( join( tmpdir(), 'storedesk-sqlite-' ) );
	const tgz = output( 'npm', [ 'pack', '@wp-playground/cli', '--silent' ], {
		cwd: work,
	} )
		.split( '\n' )
		.pop();
	run( 'tar', [ 'xzf', tgz, 'package/sqlite-database-integration.zip' ], {
		cwd: work,
	} );
	run(
		'unzip',
		[ '-q', 'package/sqlite-database-integration.zip', '-d', 'unzipped' ],
		{ cwd: work }
	);
	const inner = readdirSync( join( work, 'unzipped' ) )[ 0 ];
	cpSync( join( work, 'unzipped', inner ), dir, { recursive: true } );
	rmSync( work, { recursive: true, force: true } );
	return dir;
}

export function wooCommerceDir() {
	const dir =
		process.env.STOREDESK_WOOCOMMERCE_DIR || join( CACHE, 'woocommerce' );
	return existsSync( join( dir, 'woocommerce.php' ) ) ? dir : null;
}

// The released WooCommerce that shared/vendor (beside the repo) holds, newest first.
export function vendoredWooCommerce(
	vendor = join( ROOT, '..', 'shared', 'vendor' )
) {
	if ( ! existsSync( vendor ) ) {
		return null;
	}
	const found = readdirSync( vendor )
		.filter( ( f ) => /^woocommerce-\d+(\.\d+)*\.tar\.xz$/.test( f ) )
		.sort( ( a, b ) => b.localeCompare( a, 'en', { numeric: true } ) );
	return found.length ? join( vendor, found[ 0 ] ) : null;
}

// A built WooCommerce, unpacked from shared/vendor into the cache the first
// time, so every machine with shared/ tests against the real plugin. Null
// where there is none: WooCommerce tests are then skipped, not failed.
export function ensureWooCommerce() {
	const present = wooCommerceDir();
	if ( present || process.env.STOREDESK_WOOCOMMERCE_DIR ) {
		return present;
	}
	const tarball = vendoredWooCommerce();
	if ( ! tarball ) {
		return null;
	}
	console.log( `Unpacking ${ tarball } into ${ CACHE }…` );
	mkdirSync( CACHE, { recursive: true } );
	// Unpacked beside its final place and renamed, so an interrupted run leaves no half plugin.
	const staging = mkdtempSync( join( CACHE, 'woocommerce-' ) );
	try {
		run( 'tar', [ '-xJf', tarball, '-C', staging ] );
		renameSync(
			join( staging, 'woocommerce' ),
			join( CACHE, 'woocommerce' )
		);
	} finally {
		rmSync( staging, { recursive: true, force: true } );
	}
	return wooCommerceDir();
}
