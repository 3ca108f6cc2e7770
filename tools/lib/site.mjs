// A WordPress site in SITE_HOME/<name> (linked from .wp/<name>): a hard-linked copy of the cached core, our
// own wp-config.php, Storedesk linked from the repo, WooCommerce when a copy
// exists, and an install done by tools/php/install-site.php.
import {
	existsSync,
	lstatSync,
	mkdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
	cpSync,
	readFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { ROOT, siteDir, siteLink } from './paths.mjs';
import { run } from './run.mjs';
import {
	ensureClassicTheme,
	ensureSqlitePlugin,
	ensureWooCommerce,
	ensureWordPressCore,
} from './wordpress.mjs';

export const php = ( site, script, args = [], opts = {} ) =>
	run(
		'php',
		[
			'-d',
			'memory_limit=1G',
			join( ROOT, 'tools', 'php', script ),
			...args,
		],
		{
			...opts,
			env: {
				...process.env,
				STOREDESK_SITE: site.dir,
				STOREDESK_URL: site.url,
				...( opts.env || {} ),
			},
		}
	);

function config( { db, dbName, dbHost, debugLog, url } ) {
	const dbLines =
		db === 'sqlite'
			? `define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', '' );\ndefine( 'DB_PASSWORD', '' );\ndefine( 'DB_HOST', '' );\ndefine( 'DB_DIR', __DIR__ . '/wp-content/database/' );\ndefine( 'DB_FILE', '.ht.sqlite' );`
			: `define( 'DB_NAME', '${ dbName }' );\ndefine( 'DB_USER', 'root' );\ndefine( 'DB_PASSWORD', '' );\ndefine( 'DB_HOST', '${ dbHost }' );`;
	return `<?php
// Written by tools/lib/site.mjs; rewritten on every start.
${ dbLines }
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
${ [ 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ].map( ( k ) => `define( '${ k }', '${ k.toLowerCase() }-${ dbName }-local-only' );` ).join( '\n' ) }
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${ debugLog }' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// The address follows the run (npm start --port N on a site first started on another port).
define( 'WP_HOME', '${ url }' );
define( 'WP_SITEURL', '${ url }' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

// Test sites only: a must-use plugin that sends every email to the local SMTP
// sink (tools/lib/smtp-sink.mjs) on the given port. Never part of the plugin.
function writeMailSink( dir, port ) {
	const file = join(
		dir,
		'wp-content',
		'mu-plugins',
		'storedesk-mail-sink.php'
	);
	if ( ! port ) {
		rmSync( file, { force: true } );
		return;
	}
	mkdirSync( join( dir, 'wp-content', 'mu-plugins' ), { recursive: true } );
	writeFileSync(
		file,
		`<?php
/**
 * Plugin Name: Storedesk test mail sink
 * Description: Written by tools/lib/site.mjs on test sites: every email goes to the SMTP sink of npm test.
 */
add_action(
	'phpmailer_init',
	static function ( $phpmailer ) {
		$phpmailer->isSMTP();
		$phpmailer->Host        = '127.0.0.1';
		$phpmailer->Port        = ${ Number( port ) };
		$phpmailer->SMTPAuth    = false;
		$phpmailer->SMTPAutoTLS = false;
		$phpmailer->SMTPSecure  = '';
		$phpmailer->Timeout     = 10;
		// PHPMailer waits up to 300 s for an answer by default; a stuck sink must fail a spec, not hang it.
		$phpmailer->getSMTPInstance()->Timelimit = 10;
	},
	PHP_INT_MAX
);
`
	);
}

// .wp/<name> points at the site. A site folder still there from before sites
// moved out of the repo moves to its new place, keeping a dev site's data.
function linkSite( name, dir ) {
	const link = siteLink( name );
	let stat = null;
	try {
		stat = lstatSync( link );
	} catch {}
	if ( stat && stat.isSymbolicLink() ) {
		return;
	}
	mkdirSync( join( dir, '..' ), { recursive: true } );
	if ( stat && ! existsSync( dir ) ) {
		if (
			run( 'mv', [ link, dir ], { capture: true, allowFail: true } )
				.status !== 0
		) {
			rmSync( dir, { recursive: true, force: true } );
		}
	}
	rmSync( link, { recursive: true, force: true } );
	mkdirSync( join( link, '..' ), { recursive: true } );
	symlinkSync( dir, link );
}

// What install-site.php's activate step printed: the active plugins, and the
// store at a glance when WooCommerce was asked for.
function activation( out ) {
	const line = ( name ) =>
		out
			.split( '\n' )
			.find( ( l ) => l.startsWith( `${ name }: ` ) )
			?.slice( name.length + 2 );
	const store = line( 'Store' );
	return {
		active: ( line( 'Active' ) || '' ).split( ', ' ).filter( Boolean ),
		store: store ? JSON.parse( store ) : null,
	};
}

// Creates or reuses a site. Returns { dir, url, fresh, woocommerce, store }: fresh says it
// was just installed, woocommerce whether WooCommerce is active on it now, and store
// (with WooCommerce) its products, orders, when the demo store was seeded ('' if not)
// and the shop's address.
// mailSink: port of the SMTP sink the site's mail goes to (test sites only).
export function ensureSite( {
	name,
	url,
	db = 'sqlite',
	mariadb = null,
	reset = false,
	woocommerce = true,
	mailSink = 0,
} ) {
	const dir = siteDir( name );
	const site = { name, dir, url, db };
	const marker = join( dir, '.storedesk-installed' );
	linkSite( name, dir );
	if ( reset ) {
		rmSync( dir, { recursive: true, force: true } );
	}
	const core = ensureWordPressCore();
	if ( ! existsSync( join( dir, 'wp-load.php' ) ) ) {
		mkdirSync( dir, { recursive: true } );
		// Hard links are instant; a site on another file system gets a copy.
		const linked = run( 'cp', [ '-al', `${ core }/.`, dir ], {
			capture: true,
			allowFail: true,
		} );
		if ( linked.status !== 0 ) {
			run( 'cp', [ '-a', `${ core }/.`, dir ] );
		}
	}
	// A classic theme beside core's block theme, so the storefront is tried on both.
	const classic = join( dir, 'wp-content', 'themes', 'twentytwentyone' );
	if ( ! existsSync( classic ) ) {
		symlinkSync( ensureClassicTheme(), classic );
	}
	const plugins = join( dir, 'wp-content', 'plugins' );
	if ( ! existsSync( join( plugins, 'storedesk' ) ) ) {
		symlinkSync( ROOT, join( plugins, 'storedesk' ) );
	}
	const wc = woocommerce ? ensureWooCommerce() : null;
	// A reused site follows the run: WooCommerce is there exactly when asked for and available.
	rmSync( join( plugins, 'woocommerce' ), { force: true } );
	if ( wc ) {
		symlinkSync( wc, join( plugins, 'woocommerce' ) );
	}
	if ( db === 'sqlite' ) {
		const sqlite = ensureSqlitePlugin();
		const target = join( plugins, 'sqlite-database-integration' );
		if ( ! existsSync( target ) ) {
			cpSync( sqlite, target, { recursive: true } );
		}
		const dropin = readFileSync( join( target, 'db.copy' ), 'utf8' )
			.replace( '{SQLITE_IMPLEMENTATION_FOLDER_PATH}', target )
			.replace(
				'{SQLITE_PLUGIN}',
				'sqlite-database-integration/load.php'
			);
		writeFileSync( join( dir, 'wp-content', 'db.php' ), dropin );
	} else {
		rmSync( join( dir, 'wp-content', 'db.php' ), { force: true } );
	}
	writeMailSink( dir, mailSink );
	const dbName = `storedesk_${ name.replace( /\W/g, '_' ) }`;
	writeFileSync(
		join( dir, 'wp-config.php' ),
		config( {
			db,
			dbName,
			dbHost: mariadb ? mariadb.host : '',
			debugLog: join( dir, 'wp-content', 'debug.log' ),
			url,
		} )
	);
	const fresh = ! existsSync( marker );
	if ( fresh ) {
		if ( mariadb ) {
			mariadb.query(
				`DROP DATABASE IF EXISTS ${ dbName }; CREATE DATABASE ${ dbName } CHARACTER SET utf8mb4;`
			);
		}
		php( site, 'install-site.php', [ 'install' ], { capture: true } );
	}
	// Also on a reused site, which may predate the WooCommerce copy or have
	// had it activated without its install: one PHP run that changes only
	// what differs and says what is active.
	const { active, store } = activation(
		php(
			site,
			'install-site.php',
			[ 'activate', ...( wc ? [ 'woocommerce' ] : [] ) ],
			{ capture: true }
		).stdout
	);
	if ( fresh ) {
		writeFileSync( marker, new Date().toISOString() );
	}
	const withStore = active.includes( 'woocommerce/woocommerce.php' );
	return {
		...site,
		fresh,
		woocommerce: withStore,
		store: withStore ? store : null,
	};
}
