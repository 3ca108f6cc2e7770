// npm run lint: every static check, each reported; exits non-zero if any fails.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	ensureComposer,
	ensureNodeModules,
	ensurePrefixedVendor,
} from './lib/env.mjs';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

ensureNodeModules();
ensureComposer();
ensurePrefixedVendor();

const phpFiles = ( dir ) =>
	readdirSync( join( ROOT, dir ), { recursive: true } )
		.filter( ( f ) => String( f ).endsWith( '.php' ) )
		.map( ( f ) => join( dir, String( f ) ) );
const checks = [
	[
		'ESLint',
		'npx',
		[
			'wp-scripts',
			'lint-js',
			'src',
			'tests/e2e',
			'tests/rest',
			'playwright.config.ts',
		],
	],
	[ 'stylelint', 'npx', [ 'wp-scripts', 'lint-style', 'src/**/*.scss' ] ],
	[ 'TypeScript', 'npx', [ 'tsc', '--noEmit', '-p', 'tsconfig.json' ] ],
	[
		'php -l',
		'sh',
		[
			'-c',
			[
				'plugin.php',
				...phpFiles( 'php' ),
				...phpFiles( 'tests/php' ),
				...phpFiles( 'tools/php' ),
			]
				.map( ( f ) => `php -l ${ f } >/dev/null || exit 1` )
				.join( '; ' ),
		],
	],
	[ 'PHP_CodeSniffer', 'vendor/bin/phpcs', [ '-q' ] ],
	[
		'PHPStan',
		'vendor/bin/phpstan',
		[ 'analyse', '--no-progress', '--memory-limit=2G' ],
	],
];
const failed = [];
for ( const [ name, cmd, args ] of checks ) {
	if ( cmd.startsWith( 'vendor/' ) && ! existsSync( join( ROOT, cmd ) ) ) {
		console.log( `skipped: ${ name } (not installed)` );
		continue;
	}
	console.log( `\n== ${ name }` );
	const res = run( cmd, args, { cwd: ROOT, allowFail: true } );
	if ( res.status !== 0 ) {
		failed.push( name );
	}
	console.log( res.status === 0 ? `ok: ${ name }` : `FAILED: ${ name }` );
}
console.log(
	failed.length
		? `\nLint failed: ${ failed.join( ', ' ) }`
		: '\nAll checks passed.'
);
process.exit( failed.length ? 1 : 0 );
